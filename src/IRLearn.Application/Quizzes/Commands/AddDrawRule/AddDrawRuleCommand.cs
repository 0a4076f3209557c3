namespace IRLearn.Application.Quizzes.Commands.AddDrawRule;

/// <summary>
/// Draws <see cref="Count"/> approved questions at random when each attempt starts, from one of the
/// caller's lessons (or all the quiz's lessons when <see cref="LessonId"/> is null), by tag and difficulty.
/// </summary>
[Authorize(Roles = Roles.Instructor)]
public sealed record AddDrawRuleCommand(Guid QuizId, Guid? LessonId, string? Tag, Difficulty? Difficulty, int Count, decimal PointsEach = 1) : ICommand<Guid>;

public sealed class AddDrawRuleCommandValidator : AbstractValidator<AddDrawRuleCommand>
{
    public AddDrawRuleCommandValidator()
    {
        RuleFor(c => c.Count).InclusiveBetween(1, Quiz.MaxQuestionsPerRule);
        RuleFor(c => c.PointsEach).GreaterThan(0).LessThanOrEqualTo(1000);
        RuleFor(c => c.Tag).MaximumLength(50);
        RuleFor(c => c.Difficulty).IsInEnum();
    }
}

public sealed class AddDrawRuleCommandHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<AddDrawRuleCommand, Guid>
{
    public async ValueTask<Guid> Handle(AddDrawRuleCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var quiz = await db.Quizzes.OwnedBy(userId).FirstOrNotFoundAsync(command.QuizId, cancellationToken);
        if (command.LessonId is { } lessonId)
        {
            await db.Lessons.OwnedBy(userId).FirstOrNotFoundAsync(lessonId, cancellationToken);
        }

        var rule = quiz.AddDrawRule(command.LessonId, command.Tag, command.Difficulty, command.Count, command.PointsEach, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return rule.Id;
    }
}
