namespace IRLearn.Application.QuestionBank;

/// <summary>
/// A question as an instructor writes it in the editor or an API client sends it. Only the fields
/// of <see cref="Type"/> are used; <see cref="QuestionContent.Create"/> validates them and drops the rest.
/// </summary>
public sealed record QuestionInput(
    QuestionType Type,
    string Stem,
    IReadOnlyList<QuestionOption>? Options = null,
    IReadOnlyList<string>? AcceptedAnswers = null,
    decimal? NumericValue = null,
    decimal? NumericTolerance = null,
    IReadOnlyList<MatchPair>? Pairs = null,
    string? Explanation = null,
    Difficulty Difficulty = Difficulty.Medium,
    IReadOnlyList<string>? Tags = null)
{
    public QuestionContent ToContent(SourceReference? source) =>
        QuestionContent.Create(
            Type,
            Stem,
            options: Options?.Where(o => !string.IsNullOrWhiteSpace(o.Text)),
            acceptedAnswers: AcceptedAnswers,
            numericAnswer: NumericValue is { } value ? new NumericAnswer(value, NumericTolerance ?? 0) : null,
            pairs: Pairs?.Where(p => !string.IsNullOrWhiteSpace(p.Left) || !string.IsNullOrWhiteSpace(p.Right)),
            explanation: Explanation,
            source: source,
            difficulty: Difficulty,
            tags: Tags);
}

/// <summary>What every command that carries a <see cref="QuestionInput"/> checks before the domain sees it.</summary>
public sealed class QuestionInputValidator : AbstractValidator<QuestionInput>
{
    public QuestionInputValidator()
    {
        RuleFor(q => q.Stem).NotEmpty().MaximumLength(QuestionContent.MaxStemLength);
    }
}
