using System.Globalization;
using IRLearn.Domain.Attempts;
using IRLearn.Domain.Grading;
using IRLearn.Domain.QuestionBank;

namespace IRLearn.Application.Attempts;

/// <summary>
/// A question as the student sees it: the stem and choices in this attempt's display order, and the
/// saved answer. It carries nothing of the key; <see cref="Feedback"/> is filled only when the quiz's
/// feedback policy allows it.
/// </summary>
public sealed record AttemptQuestionDto(
    int Number,
    QuestionType Type,
    string Stem,
    decimal Points,
    IReadOnlyList<string> Options,
    IReadOnlyList<string> MatchLeft,
    IReadOnlyList<string> MatchRight,
    SavedAnswerDto? Answer,
    DateTimeOffset? SavedAt,
    ItemFeedbackDto? Feedback);

/// <summary>Whether an answer was right, and why: shown only when the feedback policy allows.</summary>
/// <param name="CorrectOptions">For choice questions, the texts of the right options, so the page can mark them beside the student's own.</param>
public sealed record ItemFeedbackDto(
    bool? IsCorrect,
    decimal? Score,
    bool AwaitingManualGrading,
    string CorrectAnswer,
    string Explanation,
    string? SourceSentence,
    string? Comment,
    IReadOnlyList<string> CorrectOptions);

/// <summary>Builds the student's view of questions; the one place that decides what of a version reaches the browser.</summary>
public static class QuestionViews
{
    public static AttemptQuestionDto ForItem(AttemptItem item, QuestionVersion version, Response? response, ItemFeedbackDto? feedback)
    {
        var content = version.Content;
        var isMatching = content.Type == QuestionType.Matching;
        return new AttemptQuestionDto(
            item.Order,
            content.Type,
            content.Stem,
            item.Points,
            isMatching ? [] : item.OptionOrder.Select(i => content.Options[i].Text).ToList(),
            isMatching ? content.Pairs.Select(p => p.Left).ToList() : [],
            isMatching ? item.OptionOrder.Select(i => content.Pairs[i].Right).ToList() : [],
            response is null ? null : AnswerMapping.ToDisplay(item.OptionOrder, response.Answer),
            response?.SavedAt,
            feedback);
    }

    /// <summary>Feedback for a graded (closed) attempt's item, from the stored grading.</summary>
    public static ItemFeedbackDto Graded(QuestionContent content, Response? response) =>
        new(
            response?.NeedsManualGrading == true ? null : response?.IsCorrect ?? false,
            response?.NeedsManualGrading == true ? null : response?.EffectiveScore ?? 0m,
            response?.NeedsManualGrading == true,
            CorrectAnswerOf(content),
            content.Explanation,
            content.Source?.Sentence,
            response?.Comment,
            CorrectOptionsOf(content));

    /// <summary>Feedback for an answer not graded yet (immediate feedback during the attempt, practice): graded on the spot, changing nothing.</summary>
    public static ItemFeedbackDto Preview(QuestionContent content, decimal points, Answer answer, AliasMap aliases)
    {
        var outcome = AnswerGrader.Grade(content, points, answer, aliases);
        return new ItemFeedbackDto(
            outcome.Decided ? outcome.IsCorrect : null,
            outcome.Decided ? outcome.Score : null,
            !outcome.Decided,
            CorrectAnswerOf(content),
            content.Explanation,
            content.Source?.Sentence,
            null,
            CorrectOptionsOf(content));
    }

    public static IReadOnlyList<string> CorrectOptionsOf(QuestionContent content) =>
        [.. content.Options.Where(o => o.IsCorrect).Select(o => o.Text)];

    public static string CorrectAnswerOf(QuestionContent content) => content.Type switch
    {
        QuestionType.MultipleChoice or QuestionType.TrueFalse or QuestionType.MultipleResponse =>
            string.Join("; ", content.Options.Where(o => o.IsCorrect).Select(o => o.Text)),
        QuestionType.Numeric when content.NumericAnswer is { } key => key.Tolerance > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{key.Value} (± {key.Tolerance})")
            : key.Value.ToString(CultureInfo.InvariantCulture),
        QuestionType.Matching => string.Join("; ", content.Pairs.Select(p => $"{p.Left} → {p.Right}")),
        _ => string.Join(" / ", content.AcceptedAnswers),
    };
}
