namespace IRLearn.Application.Lessons.Commands.PublishLesson;

/// <summary>Makes the lesson visible to students (it needs at least one section).</summary>
[Authorize(Roles = Roles.Instructor)]
public sealed record PublishLessonCommand(Guid Id) : ICommand;

public sealed class PublishLessonCommandHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<PublishLessonCommand>
{
    public async ValueTask<Unit> Handle(PublishLessonCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var lesson = await db.Lessons.OwnedBy(userId).FirstOrNotFoundAsync(command.Id, cancellationToken);
        lesson.Publish(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
