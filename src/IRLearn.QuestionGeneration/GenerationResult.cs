namespace IRLearn.QuestionGeneration;

/// <summary>
/// Everything the engine makes from one article. The shape follows the JSON contract in BRIEF.md;
/// <see cref="CleanedText"/> is extra: every <see cref="SourceSpan"/> is an offset into it.
/// <see cref="Questions"/> is the default bank, in article order.
/// </summary>
public sealed record GenerationResult(
    string Title,
    string CleanedText,
    LessonDraft Lesson,
    IReadOnlyList<string> Removed,
    IReadOnlyList<GeneratedQuestion> Questions)
{
    /// <summary>
    /// Questions that pass every gate but did not make the default bank (lower confidence, a second question on a
    /// fact, or past the bank's size), best first, for an instructor to pull in. Never shares a stem with the bank.
    /// </summary>
    public IReadOnlyList<GeneratedQuestion> MoreCandidates { get; init; } = [];
}

public sealed record LessonDraft(
    string Summary,
    IReadOnlyList<LessonSectionDraft> Sections,
    IReadOnlyList<KeyTermDraft> KeyTerms,
    IReadOnlyList<string> Objectives,
    IReadOnlyList<string> Tags);

public sealed record LessonSectionDraft(string Heading, string Text);

public sealed record KeyTermDraft(string Term, string Expansion);

public enum GeneratedQuestionType
{
    MultipleChoice,
    MultipleResponse,
    TrueFalse,
    FillInBlank,
    Numeric,
    ShortAnswer,
    Matching,
}

public enum GeneratedDifficulty
{
    Easy,
    Medium,
    Hard,
}

/// <summary>
/// One question. Fields that do not apply to <see cref="Type"/> are null.
/// </summary>
public sealed record GeneratedQuestion(
    string Id,
    GeneratedQuestionType Type,
    string Stem,
    IReadOnlyList<OptionDraft>? Options,
    IReadOnlyList<string>? AcceptedAnswers,
    NumericAnswerDraft? NumericAnswer,
    IReadOnlyList<PairDraft>? Pairs,
    string Explanation,
    SourceSpan Source,
    GeneratedDifficulty Difficulty,
    IReadOnlyList<string> Tags)
{
    /// <summary>How likely a strict reviewer is to accept the question as it stands (0–1), from the engine's quality model.</summary>
    public double Confidence { get; init; }
}

public sealed record OptionDraft(string Text, bool IsCorrect);

public sealed record NumericAnswerDraft(decimal Value, decimal Tolerance);

public sealed record PairDraft(string Left, string Right);

/// <summary>The sentence exactly as it stands in the cleaned text, with its offset and length.</summary>
public sealed record SourceSpan(string Sentence, int Start, int Length);

/// <summary>The JSON contract's spelling of the engine's enums, shared by the CLI and the question key.</summary>
public static class ContractNames
{
    /// <summary>Written out so renaming an enum member cannot change the JSON or any question's key.</summary>
    public static string TypeName(GeneratedQuestionType type) => type switch
    {
        GeneratedQuestionType.MultipleChoice => "multipleChoice",
        GeneratedQuestionType.MultipleResponse => "multipleResponse",
        GeneratedQuestionType.TrueFalse => "trueFalse",
        GeneratedQuestionType.FillInBlank => "fillInBlank",
        GeneratedQuestionType.Numeric => "numeric",
        GeneratedQuestionType.ShortAnswer => "shortAnswer",
        GeneratedQuestionType.Matching => "matching",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "A question type the JSON contract does not name."),
    };

    public static string DifficultyName(GeneratedDifficulty difficulty) => difficulty switch
    {
        GeneratedDifficulty.Easy => "easy",
        GeneratedDifficulty.Medium => "medium",
        GeneratedDifficulty.Hard => "hard",
        _ => throw new ArgumentOutOfRangeException(nameof(difficulty), difficulty, "A difficulty the JSON contract does not name."),
    };
}
