using System.Text.RegularExpressions;
using IRLearn.Domain.Common;

namespace IRLearn.Domain.QuestionBank;

/// <summary>
/// Everything a student sees and a grader needs for one version of a question. It is only built by
/// <see cref="Create"/>, which validates the content for its type and drops fields that do not
/// apply to it (an answer key cannot hide in a field the grader ignores). Equality compares the
/// content, so an edit that changes nothing can be recognised.
/// </summary>
public sealed partial record QuestionContent
{
    public const int MaxStemLength = 1000;
    public const int MaxOptionLength = 500;
    public const int MaxOptions = 12;
    public const int MaxPairs = 20;
    public const int MaxExplanationLength = 4000;
    public const string True = "True";
    public const string False = "False";

    private List<QuestionOption> _options = [];
    private List<string> _acceptedAnswers = [];
    private List<MatchPair> _pairs = [];
    private List<string> _tags = [];

    // For EF Core.
    private QuestionContent()
    {
    }

    public QuestionType Type { get; private set; }

    public string Stem { get; private set; } = string.Empty;

    /// <summary>Options in canonical order; answers refer to them by index.</summary>
    public IReadOnlyList<QuestionOption> Options => _options;

    public IReadOnlyList<string> AcceptedAnswers => _acceptedAnswers;

    public NumericAnswer? NumericAnswer { get; private set; }

    /// <summary>Pairs in canonical order: left <c>i</c> belongs with right <c>i</c>.</summary>
    public IReadOnlyList<MatchPair> Pairs => _pairs;

    public string Explanation { get; private set; } = string.Empty;

    public SourceReference? Source { get; private set; }

    public Difficulty Difficulty { get; private set; }

    public IReadOnlyList<string> Tags => _tags;

    public static QuestionContent Create(
        QuestionType type,
        string stem,
        IEnumerable<QuestionOption>? options = null,
        IEnumerable<string>? acceptedAnswers = null,
        NumericAnswer? numericAnswer = null,
        IEnumerable<MatchPair>? pairs = null,
        string? explanation = null,
        SourceReference? source = null,
        Difficulty difficulty = Difficulty.Medium,
        IEnumerable<string>? tags = null)
    {
        Check.That(Enum.IsDefined(type), "question.type_invalid", "Unknown question type.");
        var content = new QuestionContent
        {
            Type = type,
            Stem = Check.RequiredText(stem, MaxStemLength, "question.stem_invalid", "The question stem"),
            Explanation = Check.LimitedText(explanation, MaxExplanationLength, "question.explanation_invalid", "The explanation"),
            Source = ValidSource(source),
            Difficulty = Enum.IsDefined(difficulty) ? difficulty : throw new DomainException("question.difficulty_invalid", "Unknown difficulty."),
            _tags = TextList.Tags(tags, "question.tag_invalid"),
        };

        switch (type)
        {
            case QuestionType.MultipleChoice:
                content._options = ValidOptions(options);
                Check.That(content._options.Count(o => o.IsCorrect) == 1, "question.options_invalid", "A multiple-choice question needs exactly one correct option.");
                break;
            case QuestionType.MultipleResponse:
                content._options = ValidOptions(options);
                Check.That(content._options.Any(o => o.IsCorrect), "question.options_invalid", "A multiple-response question needs at least one correct option.");
                break;
            case QuestionType.TrueFalse:
                content._options = ValidTrueFalse(options);
                break;
            case QuestionType.FillInBlank:
                Check.That(Blank().IsMatch(content.Stem), "question.blank_missing", "A fill-in-the-blank stem needs a blank (three or more underscores).");
                content._acceptedAnswers = ValidAcceptedAnswers(acceptedAnswers);
                break;
            case QuestionType.Numeric:
                Check.That(numericAnswer is not null, "question.numeric_answer_missing", "A numeric question needs its answer.");
                Check.That(numericAnswer!.Tolerance >= 0, "question.numeric_answer_invalid", "The tolerance cannot be negative.");
                content.NumericAnswer = numericAnswer;
                break;
            case QuestionType.ShortAnswer:
                content._acceptedAnswers = ValidAcceptedAnswers(acceptedAnswers);
                break;
            case QuestionType.Matching:
                content._pairs = ValidPairs(pairs);
                break;
        }

        return content;
    }

    /// <summary>How many things a student orders or picks from: options, or for matching the right-hand items.</summary>
    public int ChoiceCount => Type == QuestionType.Matching ? _pairs.Count : _options.Count;

    /// <summary>
    /// True when answers given to <paramref name="other"/> can be graded against this content:
    /// same type and the same number of options or pairs, so stored indexes still mean something.
    /// </summary>
    public bool IsAnswerCompatibleWith(QuestionContent other) =>
        Type == other.Type && _options.Count == other._options.Count && _pairs.Count == other._pairs.Count;

    public bool Equals(QuestionContent? other) =>
        other is not null
        && Type == other.Type
        && Stem == other.Stem
        && Explanation == other.Explanation
        && Difficulty == other.Difficulty
        && Equals(NumericAnswer, other.NumericAnswer)
        && Equals(Source, other.Source)
        && _options.SequenceEqual(other._options)
        && _acceptedAnswers.SequenceEqual(other._acceptedAnswers)
        && _pairs.SequenceEqual(other._pairs)
        && _tags.SequenceEqual(other._tags);

    public override int GetHashCode() => HashCode.Combine(Type, Stem, _options.Count, _acceptedAnswers.Count, _pairs.Count);

    private static List<QuestionOption> ValidOptions(IEnumerable<QuestionOption>? options)
    {
        var list = (options ?? [])
            .Select(o => o with { Text = Check.RequiredText(o.Text, MaxOptionLength, "question.options_invalid", "An option") })
            .ToList();
        Check.That(list.Count >= 2, "question.options_invalid", "A choice question needs at least two options.");
        Check.That(list.Count <= MaxOptions, "question.options_invalid", $"A question has at most {MaxOptions} options.");
        Check.That(
            list.Select(o => o.Text).Distinct(StringComparer.OrdinalIgnoreCase).Count() == list.Count,
            "question.options_duplicate",
            "The options must be distinct.");
        return list;
    }

    private static List<QuestionOption> ValidTrueFalse(IEnumerable<QuestionOption>? options)
    {
        var list = (options ?? []).ToList();
        var isTrueFalse = list.Count == 2
            && list.Any(o => string.Equals(o.Text?.Trim(), True, StringComparison.OrdinalIgnoreCase))
            && list.Any(o => string.Equals(o.Text?.Trim(), False, StringComparison.OrdinalIgnoreCase));
        Check.That(isTrueFalse, "question.options_invalid", "A true/false question has exactly the options \"True\" and \"False\".");
        Check.That(list.Count(o => o.IsCorrect) == 1, "question.options_invalid", "A true/false question needs exactly one correct option.");

        // Canonical order True, False so that every true/false question renders the same way.
        var trueIsCorrect = list.Single(o => string.Equals(o.Text.Trim(), True, StringComparison.OrdinalIgnoreCase)).IsCorrect;
        return [new QuestionOption(True, trueIsCorrect), new QuestionOption(False, !trueIsCorrect)];
    }

    private static List<string> ValidAcceptedAnswers(IEnumerable<string>? answers)
    {
        var list = TextList.Normalise(answers, 50, 300, "question.accepted_answers_invalid", "accepted answer");
        Check.That(list.Count >= 1, "question.accepted_answers_invalid", "At least one accepted answer is required.");
        return list;
    }

    private static List<MatchPair> ValidPairs(IEnumerable<MatchPair>? pairs)
    {
        var list = (pairs ?? [])
            .Select(p => new MatchPair(
                Check.RequiredText(p.Left, MaxOptionLength, "question.pairs_invalid", "The left side of a pair"),
                Check.RequiredText(p.Right, MaxOptionLength, "question.pairs_invalid", "The right side of a pair")))
            .ToList();
        Check.That(list.Count >= 2, "question.pairs_invalid", "A matching question needs at least two pairs.");
        Check.That(list.Count <= MaxPairs, "question.pairs_invalid", $"A matching question has at most {MaxPairs} pairs.");
        Check.That(
            list.Select(p => p.Left).Distinct(StringComparer.OrdinalIgnoreCase).Count() == list.Count
            && list.Select(p => p.Right).Distinct(StringComparer.OrdinalIgnoreCase).Count() == list.Count,
            "question.pairs_duplicate",
            "Each left and each right item of a matching question must be distinct.");
        return list;
    }

    private static SourceReference? ValidSource(SourceReference? source)
    {
        if (source is null)
        {
            return null;
        }

        var sentence = Check.RequiredText(source.Sentence, 5000, "question.source_invalid", "The source sentence");
        Check.That(source.Start >= 0 && source.Length > 0, "question.source_invalid", "The source position must be a non-empty range.");
        return source with { Sentence = sentence };
    }

    [GeneratedRegex("_{3,}")]
    private static partial Regex Blank();
}
