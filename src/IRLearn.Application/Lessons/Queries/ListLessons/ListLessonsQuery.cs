namespace IRLearn.Application.Lessons.Queries.ListLessons;

/// <summary>
/// The caller's lessons, newest first, with how much of each bank is reviewed. The counts are of the bank; the
/// engine's more candidates, which wait below it until pulled in, are counted apart.
/// </summary>
[Authorize(Roles = Roles.Instructor)]
public sealed record ListLessonsQuery : IQuery<IReadOnlyList<LessonSummaryDto>>;

public sealed record LessonSummaryDto(
    Guid Id,
    Guid? ArticleId,
    string Title,
    LessonStatus Status,
    int QuestionCount,
    int ProposedCount,
    int ApprovedCount,
    DateTimeOffset UpdatedAt,
    int MoreCandidateCount = 0);

public sealed class ListLessonsQueryHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : IQueryHandler<ListLessonsQuery, IReadOnlyList<LessonSummaryDto>>
{
    public async ValueTask<IReadOnlyList<LessonSummaryDto>> Handle(ListLessonsQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var lessons = await db.Lessons.AsNoTracking()
            .OwnedBy(userId)
            .Select(l => new { l.Id, l.ArticleId, l.Title, l.Status, l.CreatedAt, l.UpdatedAt })
            .ToListAsync(cancellationToken);
        var counts = await db.Questions.AsNoTracking()
            .OwnedBy(userId)
            .GroupBy(q => new { q.LessonId, q.ReviewStatus, q.Tier })
            .Select(g => new { g.Key.LessonId, g.Key.ReviewStatus, g.Key.Tier, Count = g.Count() })
            .ToListAsync(cancellationToken);

        int Count(Guid lessonId, ReviewStatus? status, QuestionTier tier = QuestionTier.Bank) =>
            counts.Where(c => c.LessonId == lessonId && c.Tier == tier && (status is null || c.ReviewStatus == status)).Sum(c => c.Count);

        return lessons
            .OrderByDescending(l => l.CreatedAt)
            .Select(l => new LessonSummaryDto(
                l.Id,
                l.ArticleId,
                l.Title,
                l.Status,
                Count(l.Id, null),
                Count(l.Id, ReviewStatus.Proposed),
                Count(l.Id, ReviewStatus.Approved),
                l.UpdatedAt,
                Count(l.Id, ReviewStatus.Proposed, QuestionTier.MoreCandidate)))
            .ToList();
    }
}
