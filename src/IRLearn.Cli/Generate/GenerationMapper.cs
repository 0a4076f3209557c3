using IRLearn.QuestionGeneration;

namespace IRLearn.Cli.Generate;

/// <summary>Maps the engine's result onto the JSON contract, field by field (no reflection, no AutoMapper).</summary>
public static class GenerationMapper
{
    public static GenerationDto ToDto(GenerationResult result) => new(
        result.Title,
        new LessonDto(
            result.Lesson.Summary,
            [.. result.Lesson.Sections.Select(s => new SectionDto(s.Heading, s.Text))],
            [.. result.Lesson.KeyTerms.Select(k => new KeyTermDto(k.Term, k.Expansion))],
            result.Lesson.Objectives,
            result.Lesson.Tags),
        result.Removed,
        [.. result.Questions.Select(ToDto)]);

    public static QuestionDto ToDto(GeneratedQuestion question) => new(
        question.Id,
        TypeName(question.Type),
        question.Stem,
        question.Options?.Select(o => new OptionDto(o.Text, o.IsCorrect)).ToList(),
        question.AcceptedAnswers,
        question.NumericAnswer is { } numeric ? new NumericAnswerDto(numeric.Value, numeric.Tolerance) : null,
        question.Pairs?.Select(p => new PairDto(p.Left, p.Right)).ToList(),
        question.Explanation,
        new SourceDto(question.Source.Sentence, question.Source.Start, question.Source.Length),
        DifficultyName(question.Difficulty),
        question.Tags);

    /// <summary>The contract's spelling of each type; written out so renaming an enum member cannot change the JSON.</summary>
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
