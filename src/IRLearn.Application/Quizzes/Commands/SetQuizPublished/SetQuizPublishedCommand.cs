namespace IRLearn.Application.Quizzes.Commands.SetQuizPublished;

/// <summary>
/// Publishes the quiz, making it assignable (it needs at least one question or draw rule), or takes it back to Draft:
/// no new attempts start, and attempts in progress can still be finished.
/// </summary>
[Authorize(Roles = Roles.Instructor)]
public sealed record SetQuizPublishedCommand(Guid Id, bool Published) : ICommand;

public sealed class SetQuizPublishedCommandHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<SetQuizPublishedCommand>
{
    public async ValueTask<Unit> Handle(SetQuizPublishedCommand command, CancellationToken cancellationToken)
    {
        var quiz = await db.Quizzes.OwnedBy(currentUser.Id).FirstOrNotFoundAsync(command.Id, cancellationToken);
        if (command.Published)
        {
            quiz.Publish(clock.GetUtcNow());
        }
        else
        {
            quiz.Unpublish(clock.GetUtcNow());
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
