namespace IRLearn.Application.Quizzes.Commands.RemoveQuizQuestion;

[Authorize(Roles = Roles.Instructor)]
public sealed record RemoveQuizQuestionCommand(Guid QuizId, Guid QuestionId) : ICommand;

public sealed class RemoveQuizQuestionCommandHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<RemoveQuizQuestionCommand>
{
    public async ValueTask<Unit> Handle(RemoveQuizQuestionCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var quiz = await db.Quizzes.OwnedBy(userId).FirstOrNotFoundAsync(command.QuizId, cancellationToken);
        quiz.RemoveQuestion(command.QuestionId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
