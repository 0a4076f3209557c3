using FluentValidation.Results;
using IRLearn.Application.Accounts;
using IRLearn.Application.Common.Concurrency;

namespace IRLearn.Application.Classrooms.Commands.AddCoInstructor;

/// <summary>Adds another instructor, found by e-mail, to teach the classroom with the caller.</summary>
[Authorize(Roles = Roles.Instructor)]
public sealed record AddCoInstructorCommand(Guid ClassroomId, string Email) : ICommand;

public sealed class AddCoInstructorCommandValidator : AbstractValidator<AddCoInstructorCommand>
{
    public AddCoInstructorCommandValidator() =>
        RuleFor(c => c.Email).AccountEmail();
}

public sealed class AddCoInstructorCommandHandler(IApplicationDbContext db, ICurrentUser currentUser, IIdentityService identity, TimeProvider clock)
    : ICommandHandler<AddCoInstructorCommand>
{
    public async ValueTask<Unit> Handle(AddCoInstructorCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var classroom = await db.Classrooms.TaughtBy(userId).FirstOrNotFoundAsync(command.ClassroomId, cancellationToken);
        var users = await identity.ListUsersAsync(cancellationToken);
        var instructor = users.FirstOrDefault(u =>
            string.Equals(u.Email, command.Email.Trim(), StringComparison.OrdinalIgnoreCase) && u.Roles.Contains(Roles.Instructor))
            ?? throw new ValidationException([new ValidationFailure(nameof(AddCoInstructorCommand.Email), "There is no instructor with that e-mail address.")]);
        classroom.AddInstructor(instructor.Id, clock.GetUtcNow());

        // Adding twice is harmless one after the other, so it is at the same instant too (the unique index keeps one row).
        await db.SaveUnlessDoneMeanwhileAsync(
            ct => db.Classrooms.AsNoTracking().TaughtBy(instructor.Id).AnyAsync(c => c.Id == classroom.Id, ct), cancellationToken);
        return Unit.Value;
    }
}
