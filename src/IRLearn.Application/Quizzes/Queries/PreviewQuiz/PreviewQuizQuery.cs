namespace IRLearn.Application.Quizzes.Queries.PreviewQuiz;

/// <summary>
/// The quiz as a student would see it. The DTO has no field that could carry an answer key
/// (no correctness flags, accepted answers, numeric key or pair order), so the page cannot leak one.
/// Draw rules are shown as a sample drawn now; a student gets their own draw. The questions and the total are what an
/// attempt would hold (<see cref="QuestionSelection"/>): a fixed item left out for its twin is neither shown nor counted.
/// </summary>
[Authorize(Roles = Roles.Instructor)]
public sealed record PreviewQuizQuery(Guid Id) : IQuery<QuizPreviewDto>;

public sealed record QuizPreviewDto(Guid Id, string Title, string Description, QuizSettings Settings, decimal TotalPoints, IReadOnlyList<PreviewQuestionDto> Questions);

public sealed record PreviewQuestionDto(int Number, QuestionType Type, string Stem, decimal Points, IReadOnlyList<string> Choices, IReadOnlyList<string> MatchLeft, IReadOnlyList<string> MatchRight);

public sealed class PreviewQuizQueryHandler(IApplicationDbContext db, ICurrentUser currentUser) : IQueryHandler<PreviewQuizQuery, QuizPreviewDto>
{
    public async ValueTask<QuizPreviewDto> Handle(PreviewQuizQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var quiz = await db.Quizzes.AsNoTracking()
            .OwnedBy(userId).FirstOrNotFoundAsync(query.Id, cancellationToken);
        var lessonIds = quiz.LessonIds.ToList();
        var itemIds = quiz.Items.Select(i => i.QuestionId).ToList();
        var questions = await db.Questions.AsNoTracking()
            .OwnedBy(userId).Where(q => (itemIds.Contains(q.Id) || (lessonIds.Contains(q.LessonId) && q.ReviewStatus == ReviewStatus.Approved)))
            .ToListAsync(cancellationToken);
        // What a student's attempt would hold, by the attempt's own rules: approved fixed items without the later of two
        // twins, then a draw that skips every sentence already shown (ADR 14).
        var shown = QuestionSelection.Sample(quiz, questions);

        return new QuizPreviewDto(
            quiz.Id,
            quiz.Title,
            quiz.Description,
            quiz.Settings,
            QuestionSelection.PointsAvailable(quiz, questions),
            shown.Select((s, index) => ToPreview(index + 1, s.Version.Content, s.Points)).ToList());
    }

    private static PreviewQuestionDto ToPreview(int number, QuestionContent content, decimal points) =>
        new(
            number,
            content.Type,
            content.Stem,
            points,
            content.Options.Select(o => o.Text).ToList(),
            content.Pairs.Select(p => p.Left).ToList(),
            // The right-hand items are sorted so their order does not reveal the pairing.
            content.Pairs.Select(p => p.Right).Order(StringComparer.OrdinalIgnoreCase).ToList());
}
