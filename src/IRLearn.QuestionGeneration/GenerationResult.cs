namespace IRLearn.QuestionGeneration;

/// <summary>
/// Everything the engine makes from one article. The shape follows the JSON contract in BRIEF.md;
/// <see cref="CleanedText"/> is extra: every <see cref="SourceSpan"/> is an offset into it.
/// </summary>
public sealed record GenerationResult(
    string Title,
    string CleanedText,
    LessonDraft Lesson,
    IReadOnlyList<string> Removed,
    IReadOnlyList<GeneratedQuestion> Questions);

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
    IReadOnlyList<string> Tags);

public sealed record OptionDraft(string Text, bool IsCorrect);

public sealed record NumericAnswerDraft(decimal Value, decimal Tolerance);

public sealed record PairDraft(string Left, string Right);

/// <summary>The sentence exactly as it stands in the cleaned text, with its offset and length.</summary>
public sealed record SourceSpan(string Sentence, int Start, int Length);
