namespace IRLearn.Application.QuestionBank.Queries.GetQuestionBank;

/// <summary>
/// A lesson's question bank for review, filtered by type, status, tag and difficulty (each optional), with the article
/// text to highlight sources in. The default bank comes first, in article order (hand-written and imported questions
/// after the generated ones); then the engine's more candidates, best first.
/// </summary>
[Authorize(Roles = Roles.Instructor)]
public sealed record GetQuestionBankQuery(
    Guid LessonId,
    QuestionType? Type = null,
    ReviewStatus? Status = null,
    string? Tag = null,
    Difficulty? Difficulty = null) : IQuery<QuestionBankDto>;

public sealed record QuestionBankDto(
    Guid LessonId,
    string LessonTitle,
    Guid? ArticleId,
    string? ArticleText,
    int TotalCount,
    IReadOnlyList<string> Tags,
    IReadOnlyList<QuestionDto> Questions)
{
    /// <summary>Questions in the bank, before filtering.</summary>
    public int BankCount { get; init; }

    /// <summary>More candidates not yet pulled into the bank, before filtering.</summary>
    public int MoreCandidateCount { get; init; }
}

public sealed class GetQuestionBankQueryHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : IQueryHandler<GetQuestionBankQuery, QuestionBankDto>
{
    public async ValueTask<QuestionBankDto> Handle(GetQuestionBankQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var lesson = await db.Lessons.AsNoTracking()
            .OwnedBy(userId).Where(l => l.Id == query.LessonId)
            .Select(l => new { l.Id, l.Title, l.ArticleId })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(nameof(Lesson), query.LessonId);
        var articleText = lesson.ArticleId is { } articleId
            ? await db.Articles.Where(a => a.Id == articleId).Select(a => a.CleanedText).FirstOrDefaultAsync(cancellationToken)
            : null;

        // Content lives in a JSON column, so type, tag and difficulty are filtered after loading one lesson's bank.
        var all = (await db.Questions.AsNoTracking()
                .OwnedBy(userId).Where(q => q.LessonId == lesson.Id)
                .ToListAsync(cancellationToken))
            .Select(QuestionDto.From)
            .OrderBy(q => q.Tier)
            .ThenByDescending(q => q.Tier == QuestionTier.MoreCandidate ? q.Confidence ?? 0 : 0)
            .ThenBy(q => q.Source?.Start ?? int.MaxValue)
            .ThenBy(q => q.Id)
            .ToList();
        var tag = string.IsNullOrWhiteSpace(query.Tag) ? null : query.Tag.Trim();
        var filtered = all
            .Where(q => query.Type is null || q.Type == query.Type)
            .Where(q => query.Status is null || q.Status == query.Status)
            .Where(q => query.Difficulty is null || q.Difficulty == query.Difficulty)
            .Where(q => tag is null || q.Tags.Contains(tag, StringComparer.OrdinalIgnoreCase))
            .ToList();
        var tags = all.SelectMany(q => q.Tags).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();

        return new QuestionBankDto(lesson.Id, lesson.Title, lesson.ArticleId, articleText, all.Count, tags, filtered)
        {
            BankCount = all.Count(q => q.Tier == QuestionTier.Bank),
            MoreCandidateCount = all.Count(q => q.Tier == QuestionTier.MoreCandidate),
        };
    }
}
