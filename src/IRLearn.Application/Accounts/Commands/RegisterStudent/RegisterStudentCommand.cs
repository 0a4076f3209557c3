using FluentValidation;
using FluentValidation.Results;
using IRLearn.Application.Common.Interfaces;
using IRLearn.Application.Common.Security;
using Mediator;

namespace IRLearn.Application.Accounts.Commands.RegisterStudent;

/// <summary>Self-registration always creates a student; instructors are created by an admin.</summary>
public sealed record RegisterStudentCommand(string Email, string DisplayName, string Password) : ICommand<string>;

public sealed class RegisterStudentCommandValidator : AbstractValidator<RegisterStudentCommand>
{
    public RegisterStudentCommandValidator()
    {
        RuleFor(c => c.Email).NotEmpty().MaximumLength(256).EmailAddress();
        RuleFor(c => c.DisplayName).NotEmpty().MaximumLength(100)
            .Must(AccountRules.IsPlainName).WithMessage("Display name may not contain < or >.");
        RuleFor(c => c.Password).NotEmpty().MaximumLength(128);
    }
}

public sealed class RegisterStudentCommandHandler(IIdentityService identity) : ICommandHandler<RegisterStudentCommand, string>
{
    public async ValueTask<string> Handle(RegisterStudentCommand command, CancellationToken cancellationToken)
    {
        var outcome = await identity.CreateUserAsync(command.Email.Trim(), command.DisplayName, command.Password, Roles.Student, cancellationToken);
        return outcome.Succeeded ? outcome.UserId! : throw AccountRules.Refused(outcome);
    }
}
