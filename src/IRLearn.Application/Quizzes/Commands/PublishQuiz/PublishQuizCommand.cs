namespace IRLearn.Application.Quizzes.Commands.PublishQuiz;

/// <summary>Makes the quiz assignable; it needs at least one question or draw rule.</summary>
[Authorize(Roles = Roles.Instructor)]
public sealed record PublishQuizCommand(Guid Id) : ICommand;

public sealed class PublishQuizCommandHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<PublishQuizCommand>
{
    public async ValueTask<Unit> Handle(PublishQuizCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var quiz = await db.Quizzes.OwnedBy(userId).FirstOrNotFoundAsync(command.Id, cancellationToken);
        quiz.Publish(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
