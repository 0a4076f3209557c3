namespace IRLearn.Application.QuestionBank;

/// <summary>A question as the instructor reviews it: the current version's content, answer key included (instructors only).</summary>
public sealed record QuestionDto(
    Guid Id,
    Guid LessonId,
    int Version,
    ReviewStatus Status,
    QuestionOrigin Origin,
    QuestionType Type,
    string Stem,
    IReadOnlyList<QuestionOption> Options,
    IReadOnlyList<string> AcceptedAnswers,
    NumericAnswer? NumericAnswer,
    IReadOnlyList<MatchPair> Pairs,
    string Explanation,
    SourceReference? Source,
    Difficulty Difficulty,
    IReadOnlyList<string> Tags,
    QuestionTier Tier = QuestionTier.Bank,
    double? Confidence = null)
{
    public static QuestionDto From(Question question)
    {
        var version = question.CurrentVersion;
        var content = version.Content;
        return new QuestionDto(
            question.Id,
            question.LessonId,
            version.Number,
            question.ReviewStatus,
            question.Origin,
            content.Type,
            content.Stem,
            content.Options,
            content.AcceptedAnswers,
            content.NumericAnswer,
            content.Pairs,
            content.Explanation,
            content.Source,
            content.Difficulty,
            content.Tags,
            question.Tier,
            question.Confidence);
    }
}
