using FluentValidation;
using IRLearn.Application.Common.Interfaces;
using IRLearn.Application.Common.Security;
using Mediator;

namespace IRLearn.Application.Accounts.Commands.CreateInstructor;

[Authorize(Roles = Roles.Admin)]
public sealed record CreateInstructorCommand(string Email, string DisplayName, string Password) : ICommand<string>;

public sealed class CreateInstructorCommandValidator : AbstractValidator<CreateInstructorCommand>
{
    public CreateInstructorCommandValidator()
    {
        RuleFor(c => c.Email).NotEmpty().MaximumLength(256).EmailAddress();
        RuleFor(c => c.DisplayName).NotEmpty().MaximumLength(100)
            .Must(AccountRules.IsPlainName).WithMessage("Display name may not contain < or >.");
        RuleFor(c => c.Password).NotEmpty().MaximumLength(128);
    }
}

public sealed class CreateInstructorCommandHandler(IIdentityService identity) : ICommandHandler<CreateInstructorCommand, string>
{
    public async ValueTask<string> Handle(CreateInstructorCommand command, CancellationToken cancellationToken)
    {
        var outcome = await identity.CreateUserAsync(command.Email.Trim(), command.DisplayName, command.Password, Roles.Instructor, cancellationToken);
        return outcome.Succeeded ? outcome.UserId! : throw AccountRules.Refused(outcome);
    }
}
