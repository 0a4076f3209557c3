namespace IRLearn.Application.Lessons.Commands.UnpublishLesson;

/// <summary>Takes the lesson back to Draft, hiding it from students.</summary>
[Authorize(Roles = Roles.Instructor)]
public sealed record UnpublishLessonCommand(Guid Id) : ICommand;

public sealed class UnpublishLessonCommandHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<UnpublishLessonCommand>
{
    public async ValueTask<Unit> Handle(UnpublishLessonCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var lesson = await db.Lessons.OwnedBy(userId).FirstOrNotFoundAsync(command.Id, cancellationToken);
        lesson.Unpublish(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
