namespace IRLearn.Application.Accounts.Commands.RegisterStudent;

/// <summary>Self-registration always creates a student; instructors are created by an admin.</summary>
public sealed record RegisterStudentCommand(string Email, string DisplayName, string Password) : ICommand<string>;

public sealed class RegisterStudentCommandValidator : AbstractValidator<RegisterStudentCommand>
{
    public RegisterStudentCommandValidator()
    {
        RuleFor(c => c.Email).AccountEmail();
        RuleFor(c => c.DisplayName).AccountDisplayName();
        RuleFor(c => c.Password).AccountPassword();
    }
}

public sealed class RegisterStudentCommandHandler(IIdentityService identity) : ICommandHandler<RegisterStudentCommand, string>
{
    public ValueTask<string> Handle(RegisterStudentCommand command, CancellationToken cancellationToken) =>
        identity.CreateAccountAsync(command.Email, command.DisplayName, command.Password, Roles.Student, cancellationToken);
}
