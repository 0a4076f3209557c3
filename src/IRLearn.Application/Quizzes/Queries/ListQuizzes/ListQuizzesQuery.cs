namespace IRLearn.Application.Quizzes.Queries.ListQuizzes;

[Authorize(Roles = Roles.Instructor)]
public sealed record ListQuizzesQuery : IQuery<IReadOnlyList<QuizSummaryDto>>;

public sealed record QuizSummaryDto(Guid Id, string Title, QuizStatus Status, int QuestionCount, int DrawRuleCount, decimal TotalPoints, DateTimeOffset UpdatedAt);

public sealed class ListQuizzesQueryHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : IQueryHandler<ListQuizzesQuery, IReadOnlyList<QuizSummaryDto>>
{
    public async ValueTask<IReadOnlyList<QuizSummaryDto>> Handle(ListQuizzesQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var quizzes = await db.Quizzes.AsNoTracking().OwnedBy(userId).ToListAsync(cancellationToken);

        // The fixed items' questions, so each total is what an attempt is out of (a later twin is not counted).
        var itemIds = quizzes.SelectMany(q => q.Items).Select(i => i.QuestionId).Distinct().ToList();
        var questions = await db.Questions.AsNoTracking().OwnedBy(userId).Where(q => itemIds.Contains(q.Id)).ToListAsync(cancellationToken);
        return quizzes
            .OrderByDescending(q => q.CreatedAt)
            .Select(q => new QuizSummaryDto(q.Id, q.Title, q.Status, q.Items.Count, q.DrawRules.Count, QuestionSelection.PointsAvailable(q, questions), q.UpdatedAt))
            .ToList();
    }
}
