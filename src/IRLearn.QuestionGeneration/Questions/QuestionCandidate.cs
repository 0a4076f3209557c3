using IRLearn.QuestionGeneration.Analysis;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Questions;

/// <summary>A question before gating and ranking, with what the gates need to know beyond the public shape.</summary>
public sealed class QuestionCandidate
{
    public required GeneratedQuestionType Type { get; init; }

    public required string Stem { get; init; }

    public IReadOnlyList<OptionDraft>? Options { get; init; }

    public IReadOnlyList<string>? AcceptedAnswers { get; init; }

    public NumericAnswerDraft? NumericAnswer { get; init; }

    public IReadOnlyList<PairDraft>? Pairs { get; init; }

    /// <summary>The answer as a student would write it; also the key for the per-answer cap.</summary>
    public required string Answer { get; init; }

    public required SentenceInfo Sentence { get; init; }

    /// <summary>Usually the sentence; two sentences when a quote's speaker is named in the one before.</summary>
    public required TextRange Source { get; init; }

    public required string Template { get; init; }

    public required double Score { get; init; }

    public GeneratedDifficulty Difficulty { get; init; } = GeneratedDifficulty.Medium;

    /// <summary>The class every option must have (see <see cref="AnswerTypes"/>); null when options are free text.</summary>
    public string? OptionClass { get; init; }

    /// <summary>Aliases, acronyms and expansions of the answer that must not appear in the stem either.</summary>
    public IReadOnlyList<string> Forbidden { get; init; } = [];

    public string Explanation { get; init; } = string.Empty;

    public IReadOnlyList<string> Tags { get; init; } = [];
}
