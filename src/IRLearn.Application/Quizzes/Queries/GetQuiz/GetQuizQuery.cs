namespace IRLearn.Application.Quizzes.Queries.GetQuiz;

/// <summary>Everything the quiz builder shows: the quiz, and the approved questions of the caller's lessons it can take from.</summary>
[Authorize(Roles = Roles.Instructor)]
public sealed record GetQuizQuery(Guid Id) : IQuery<QuizDto>;

/// <param name="TotalPoints">What every attempt is out of: a fixed item that attempts leave out (a later twin, a question no longer approved) is not counted.</param>
public sealed record QuizDto(
    Guid Id,
    string Title,
    string Description,
    QuizStatus Status,
    QuizSettings Settings,
    decimal TotalPoints,
    IReadOnlyList<QuizLessonDto> Lessons,
    IReadOnlyList<QuizItemDto> Items,
    IReadOnlyList<DrawRuleDto> DrawRules,
    IReadOnlyList<AvailableQuestionDto> AvailableQuestions);

/// <param name="IsPublished">False for a draft (or archived) lesson: students cannot read it, so the builder warns when the quiz uses it.</param>
public sealed record QuizLessonDto(Guid Id, string Title, bool InQuiz, bool IsPublished);

/// <param name="Twins">The other fixed items from the same source sentence (<see cref="SourceTwins"/>), by <see cref="Order"/>: they give each other away.</param>
/// <param name="LeftOutFor">When this item is a later twin, the order of the earlier item attempts show instead; it is never shown with it.</param>
public sealed record QuizItemDto(Guid QuestionId, Guid LessonId, int Order, decimal Points, QuestionType Type, string Stem, IReadOnlyList<int> Twins, int? LeftOutFor);

/// <param name="MatchingSentences">How many different source sentences the matching questions come from: an attempt draws at most one question per sentence.</param>
public sealed record DrawRuleDto(Guid Id, Guid? LessonId, string? LessonTitle, string? Tag, Difficulty? Difficulty, int Count, decimal PointsEach, int MatchingQuestions, int MatchingSentences);

public sealed record AvailableQuestionDto(Guid Id, Guid LessonId, string LessonTitle, QuestionType Type, string Stem, Difficulty Difficulty, IReadOnlyList<string> Tags, bool InQuiz);

public sealed class GetQuizQueryHandler(IApplicationDbContext db, ICurrentUser currentUser) : IQueryHandler<GetQuizQuery, QuizDto>
{
    public async ValueTask<QuizDto> Handle(GetQuizQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var quiz = await db.Quizzes.AsNoTracking()
            .OwnedBy(userId).FirstOrNotFoundAsync(query.Id, cancellationToken);
        var lessons = await db.Lessons.AsNoTracking()
            .OwnedBy(userId)
            .OrderBy(l => l.Title)
            .Select(l => new { l.Id, l.Title, l.Status })
            .ToListAsync(cancellationToken);
        var titles = lessons.ToDictionary(l => l.Id, l => l.Title);
        var itemIds = quiz.Items.Select(i => i.QuestionId).ToList();
        var questions = await db.Questions.AsNoTracking()
            .OwnedBy(userId).Where(q => (q.ReviewStatus == ReviewStatus.Approved || itemIds.Contains(q.Id)))
            .ToListAsync(cancellationToken);
        var byId = questions.ToDictionary(q => q.Id);
        var approved = questions.Where(q => q.ReviewStatus == ReviewStatus.Approved).OrderBy(q => q.CreatedAt).ToList();

        return new QuizDto(
            quiz.Id,
            quiz.Title,
            quiz.Description,
            quiz.Status,
            quiz.Settings,
            QuestionSelection.PointsAvailable(quiz, questions),
            lessons.Select(l => new QuizLessonDto(l.Id, l.Title, quiz.LessonIds.Contains(l.Id), l.Status == LessonStatus.Published)).ToList(),
            Items(quiz, byId),
            quiz.DrawRules
                .Select(r =>
                {
                    var matching = approved
                        .Where(q => (r.LessonId is not null || quiz.LessonIds.Contains(q.LessonId))
                            && r.Matches(q.LessonId, q.CurrentVersion.Content.Tags, q.CurrentVersion.Content.Difficulty))
                        .Select(q => SourceTwins.KeyOf(q.CurrentVersion.Content))
                        .ToList();
                    return new DrawRuleDto(
                        r.Id,
                        r.LessonId,
                        r.LessonId is { } id ? titles.GetValueOrDefault(id) : null,
                        r.Tag,
                        r.Difficulty,
                        r.Count,
                        r.PointsEach,
                        matching.Count,
                        matching.Count(k => k is null) + matching.OfType<string>().Distinct(StringComparer.Ordinal).Count());
                })
                .ToList(),
            approved
                .Select(q => new AvailableQuestionDto(
                    q.Id,
                    q.LessonId,
                    titles.GetValueOrDefault(q.LessonId, string.Empty),
                    q.CurrentVersion.Content.Type,
                    q.CurrentVersion.Content.Stem,
                    q.CurrentVersion.Content.Difficulty,
                    q.CurrentVersion.Content.Tags,
                    itemIds.Contains(q.Id)))
                .ToList());
    }

    // Twins among the fixed items an attempt would show (approved ones), in quiz order, by the rule
    // QuestionSelection follows: the earlier item is kept.
    private static List<QuizItemDto> Items(Quiz quiz, Dictionary<Guid, Question> byId)
    {
        var items = quiz.Items.OrderBy(i => i.Order).ToList();
        var shown = items
            .Where(i => byId.TryGetValue(i.QuestionId, out var q) && q.ReviewStatus == ReviewStatus.Approved)
            .ToList();
        var leftOut = SourceTwins.LeftOutFor(shown.Select(i => byId[i.QuestionId].CurrentVersion.Content).ToList());
        var keptOrder = shown.Select((item, index) => (item.Order, Kept: leftOut[index] is { } k ? shown[k].Order : item.Order))
            .ToDictionary(x => x.Order, x => x.Kept);

        return items
            .Select(i =>
            {
                if (!byId.TryGetValue(i.QuestionId, out var q))
                {
                    return new QuizItemDto(i.QuestionId, i.LessonId, i.Order, i.Points, QuestionType.ShortAnswer, "(question no longer available)", [], null);
                }

                var twins = keptOrder.TryGetValue(i.Order, out var kept)
                    ? keptOrder.Where(o => o.Value == kept && o.Key != i.Order).Select(o => o.Key).Order().ToList()
                    : [];
                int? leftOutFor = kept != i.Order && twins.Count > 0 ? kept : null;
                return new QuizItemDto(i.QuestionId, i.LessonId, i.Order, i.Points, q.CurrentVersion.Content.Type, q.CurrentVersion.Content.Stem, twins, leftOutFor);
            })
            .ToList();
    }
}
