namespace IRLearn.Application.Lessons.Commands.SetLessonPublished;

/// <summary>
/// Publishes the lesson, making it visible to students (it needs at least one section), or takes it back to Draft,
/// hiding it again. One use case for the lesson's publication state: publishing and unpublishing differ only in the
/// state asked for.
/// </summary>
[Authorize(Roles = Roles.Instructor)]
public sealed record SetLessonPublishedCommand(Guid Id, bool Published) : ICommand;

public sealed class SetLessonPublishedCommandHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<SetLessonPublishedCommand>
{
    public async ValueTask<Unit> Handle(SetLessonPublishedCommand command, CancellationToken cancellationToken)
    {
        var lesson = await db.Lessons.OwnedBy(currentUser.Id).FirstOrNotFoundAsync(command.Id, cancellationToken);
        if (command.Published)
        {
            lesson.Publish(clock.GetUtcNow());
        }
        else
        {
            lesson.Unpublish(clock.GetUtcNow());
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
