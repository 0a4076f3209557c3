namespace IRLearn.Cli.Generate;

// The JSON contract of `irlearn generate --format json`, as BRIEF.md states it. These types exist so
// the contract is written down in one place and changes to the engine's records cannot silently
// change the output. Property order is the contract's order; null properties are omitted.

/// <summary>
/// <see cref="Questions"/> is the default bank; <see cref="MoreCandidates"/> (beyond BRIEF.md, same shape) holds the
/// questions that passed every gate but were not chosen, best first.
/// </summary>
public sealed record GenerationDto(
    string Title,
    LessonDto Lesson,
    IReadOnlyList<string> Removed,
    IReadOnlyList<QuestionDto> Questions,
    IReadOnlyList<QuestionDto> MoreCandidates);

/// <summary>Objectives and tags go beyond the contract; consumers that do not know them ignore them.</summary>
public sealed record LessonDto(
    string Summary,
    IReadOnlyList<SectionDto> Sections,
    IReadOnlyList<KeyTermDto> KeyTerms,
    IReadOnlyList<string> Objectives,
    IReadOnlyList<string> Tags);

public sealed record SectionDto(string Heading, string Text);

public sealed record KeyTermDto(string Term, string Expansion);

/// <summary><see cref="Confidence"/> goes beyond the contract: the quality model's probability that the question is acceptable as is.</summary>
public sealed record QuestionDto(
    string Id,
    string Type,
    string Stem,
    IReadOnlyList<OptionDto>? Options,
    IReadOnlyList<string>? AcceptedAnswers,
    NumericAnswerDto? NumericAnswer,
    IReadOnlyList<PairDto>? Pairs,
    string Explanation,
    SourceDto Source,
    string Difficulty,
    IReadOnlyList<string> Tags,
    double Confidence);

public sealed record OptionDto(string Text, bool IsCorrect);

public sealed record NumericAnswerDto(decimal Value, decimal Tolerance);

public sealed record PairDto(string Left, string Right);

public sealed record SourceDto(string Sentence, int Start, int Length);
