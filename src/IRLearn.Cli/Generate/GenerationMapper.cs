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
        [.. result.Questions.Select(ToDto)],
        [.. result.MoreCandidates.Select(ToDto)]);

    public static QuestionDto ToDto(GeneratedQuestion question) => new(
        question.Id,
        ContractNames.TypeName(question.Type),
        question.Stem,
        question.Options?.Select(o => new OptionDto(o.Text, o.IsCorrect)).ToList(),
        question.AcceptedAnswers,
        question.NumericAnswer is { } numeric ? new NumericAnswerDto(numeric.Value, numeric.Tolerance) : null,
        question.Pairs?.Select(p => new PairDto(p.Left, p.Right)).ToList(),
        question.Explanation,
        new SourceDto(question.Source.Sentence, question.Source.Start, question.Source.Length),
        ContractNames.DifficultyName(question.Difficulty),
        question.Tags,
        // Three decimals say all a reviewer can use and keep the JSON diffable.
        Math.Round(question.Confidence, 3));
}
