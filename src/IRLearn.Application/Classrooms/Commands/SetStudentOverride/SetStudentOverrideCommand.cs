namespace IRLearn.Application.Classrooms.Commands.SetStudentOverride;

/// <summary>
/// Gives one student extra minutes per attempt, extra attempts and/or a later due date on one
/// assignment. The reason is required and kept with who set it, so the accommodation can be explained later.
/// </summary>
[Authorize(Roles = Roles.Instructor)]
public sealed record SetStudentOverrideCommand(
    Guid ClassroomId,
    Guid AssignmentId,
    string StudentId,
    int ExtraMinutes,
    int ExtraAttempts,
    DateTimeOffset? DueAt,
    string Reason) : ICommand;

public sealed class SetStudentOverrideCommandValidator : AbstractValidator<SetStudentOverrideCommand>
{
    public SetStudentOverrideCommandValidator()
    {
        RuleFor(c => c.StudentId).NotEmpty();
        RuleFor(c => c.ExtraMinutes).InclusiveBetween(0, 24 * 60);
        RuleFor(c => c.ExtraAttempts).InclusiveBetween(0, 100);
        RuleFor(c => c.Reason).NotEmpty().WithMessage("Give a reason for the override.").MaximumLength(500);
        RuleFor(c => c)
            .Must(c => c.ExtraMinutes > 0 || c.ExtraAttempts > 0 || c.DueAt is not null)
            .WithName("Override")
            .WithMessage("An override needs extra time, extra attempts or a later due date.");
    }
}

public sealed class SetStudentOverrideCommandHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<SetStudentOverrideCommand>
{
    public async ValueTask<Unit> Handle(SetStudentOverrideCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var classroom = await db.Classrooms.TaughtBy(userId).FirstOrNotFoundAsync(command.ClassroomId, cancellationToken);
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
