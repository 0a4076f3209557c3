namespace IRLearn.Application.Quizzes.Commands.RemoveDrawRule;

[Authorize(Roles = Roles.Instructor)]
public sealed record RemoveDrawRuleCommand(Guid QuizId, Guid RuleId) : ICommand;

public sealed class RemoveDrawRuleCommandHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<RemoveDrawRuleCommand>
{
    public async ValueTask<Unit> Handle(RemoveDrawRuleCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var quiz = await db.Quizzes.OwnedBy(userId).FirstOrNotFoundAsync(command.QuizId, cancellationToken);
        quiz.RemoveDrawRule(command.RuleId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
