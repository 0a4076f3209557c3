namespace IRLearn.Application.Accounts.Commands.CreateInstructor;

[Authorize(Roles = Roles.Admin)]
public sealed record CreateInstructorCommand(string Email, string DisplayName, string Password) : ICommand<string>;

public sealed class CreateInstructorCommandValidator : AbstractValidator<CreateInstructorCommand>
{
    public CreateInstructorCommandValidator()
    {
        RuleFor(c => c.Email).AccountEmail();
        RuleFor(c => c.DisplayName).AccountDisplayName();
        RuleFor(c => c.Password).AccountPassword();
    }
}

public sealed class CreateInstructorCommandHandler(IIdentityService identity) : ICommandHandler<CreateInstructorCommand, string>
{
    public ValueTask<string> Handle(CreateInstructorCommand command, CancellationToken cancellationToken) =>
        identity.CreateAccountAsync(command.Email, command.DisplayName, command.Password, Roles.Instructor, cancellationToken);
}
