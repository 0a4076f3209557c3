namespace IRLearn.Application.Quizzes.Commands.UnpublishQuiz;

/// <summary>Back to Draft: no new attempts start; attempts in progress can still be finished.</summary>
[Authorize(Roles = Roles.Instructor)]
public sealed record UnpublishQuizCommand(Guid Id) : ICommand;

public sealed class UnpublishQuizCommandHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<UnpublishQuizCommand>
{
    public async ValueTask<Unit> Handle(UnpublishQuizCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var quiz = await db.Quizzes.OwnedBy(userId).FirstOrNotFoundAsync(command.Id, cancellationToken);
        quiz.Unpublish(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
