using FluentValidation;
using IRLearn.Application.Common.Interfaces;
using IRLearn.Application.Common.Security;
using IRLearn.Application.Grading.Common;
using Mediator;

namespace IRLearn.Application.Grading.Commands.SetAccommodation;

/// <summary>
/// Gives one student extra time per attempt, extra attempts and/or a later due date on one
/// assignment (replacing any earlier accommodation). A reason is required, as the domain insists.
/// </summary>
[Authorize(Roles = Roles.Instructor)]
public sealed record SetAccommodationCommand(
    Guid ClassroomId,
    Guid AssignmentId,
    string StudentId,
    int ExtraMinutes,
    int ExtraAttempts,
    DateTimeOffset? DueAt,
    string Reason) : ICommand;

public sealed class SetAccommodationCommandValidator : AbstractValidator<SetAccommodationCommand>
{
    public SetAccommodationCommandValidator()
    {
        RuleFor(c => c.StudentId).NotEmpty();
        RuleFor(c => c.ExtraMinutes).InclusiveBetween(0, 7 * 24 * 60).WithMessage("Extra time must be between 0 minutes and 7 days.");
        RuleFor(c => c.ExtraAttempts).InclusiveBetween(0, 100).WithMessage("Extra attempts must be between 0 and 100.");
        RuleFor(c => c.Reason).NotEmpty().WithMessage("Give a reason for the accommodation.").MaximumLength(500);
    }
}

public sealed class SetAccommodationCommandHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<SetAccommodationCommand>
{
    public async ValueTask<Unit> Handle(SetAccommodationCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUser();
        var classroom = await db.TaughtClassroomAsync(command.ClassroomId, userId, cancellationToken, tracked: true);
        classroom.SetOverride(
            command.AssignmentId,
            command.StudentId,
            TimeSpan.FromMinutes(command.ExtraMinutes),
            command.ExtraAttempts,
            command.DueAt,
            command.Reason,
            userId,
            clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
