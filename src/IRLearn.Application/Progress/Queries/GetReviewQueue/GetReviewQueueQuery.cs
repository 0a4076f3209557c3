using IRLearn.Application.Learning;

namespace IRLearn.Application.Progress.Queries.GetReviewQueue;

/// <summary>
/// The review cards due now (missed questions on their SM-2 schedule), shown as practice questions
/// without their keys. Cards of questions whose feedback the quiz still holds back are not shown yet.
/// </summary>
[Authorize(Roles = Roles.Student)]
public sealed record GetReviewQueueQuery(int Take = 20) : IQuery<ReviewQueueDto>;

public sealed record ReviewQueueDto(int DueCount, int TotalCards, DateTimeOffset? NextDue, IReadOnlyList<ReviewItemDto> Due);

public sealed record ReviewItemDto(
    Guid CardId,
    QuestionType Type,
    string Stem,
    IReadOnlyList<string> Options,
    IReadOnlyList<string> MatchLeft,
    IReadOnlyList<string> MatchRight,
    int Repetitions,
    int Lapses);

public sealed class GetReviewQueueQueryHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : IQueryHandler<GetReviewQueueQuery, ReviewQueueDto>
{
    public async ValueTask<ReviewQueueDto> Handle(GetReviewQueueQuery query, CancellationToken cancellationToken)
    {
        var studentId = currentUser.Id;
        var now = clock.GetUtcNow();
        var revealed = (await StudentRecord.LoadAsync(db, studentId, now, cancellationToken)).RevealedQuestionIds;
        var cards = (await db.ReviewCards.AsNoTracking()
                .Where(c => c.StudentId == studentId)
                .OrderBy(c => c.Due)
                .ToListAsync(cancellationToken))
            .Where(c => revealed.Contains(c.QuestionId))
            .ToList();
        var due = cards.Where(c => c.IsDue(now)).Take(Math.Clamp(query.Take, 1, 100)).ToList();

        var questionIds = due.Select(c => c.QuestionId).ToList();
        var questions = await db.Questions.AsNoTracking().Where(q => questionIds.Contains(q.Id)).ToDictionaryAsync(q => q.Id, cancellationToken);
        var items = due
            .Where(c => questions.ContainsKey(c.QuestionId))
            .Select(c => ToItem(c.Id, c.Repetitions, c.Lapses, questions[c.QuestionId].CurrentVersion.Content))
            .ToList();

        return new ReviewQueueDto(
            cards.Count(c => c.IsDue(now)),
            cards.Count,
            cards.Where(c => !c.IsDue(now)).Select(c => (DateTimeOffset?)c.Due).FirstOrDefault(),
            items);
    }

    private static ReviewItemDto ToItem(Guid cardId, int repetitions, int lapses, QuestionContent content)
    {
        var order = PracticeOrder.For(cardId, content);
        var isMatching = content.Type == QuestionType.Matching;
        return new ReviewItemDto(
            cardId,
            content.Type,
            content.Stem,
            isMatching ? [] : order.Select(i => content.Options[i].Text).ToList(),
            isMatching ? content.Pairs.Select(p => p.Left).ToList() : [],
            isMatching ? order.Select(i => content.Pairs[i].Right).ToList() : [],
            repetitions,
            lapses);
    }
}
