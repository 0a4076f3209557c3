namespace IRLearn.Interop;

/// <summary>
/// The question types the interchange formats share with IRLearn. The formats have more (essay, ordering, hotspot,
/// calculated, drag-and-drop); readers report those as skipped rather than forcing them into one of these.
/// </summary>
public enum InteropQuestionType
{
    MultipleChoice,
    MultipleResponse,
    TrueFalse,
    ShortAnswer,
    Numeric,
    Cloze,
    Matching,
}

/// <summary>What a cloze blank asks for: typed text, a choice from a dropdown, or a number.</summary>
public enum InteropBlankKind
{
    Text,
    Choice,
    Numeric,
}

/// <summary>
/// One question as the interchange formats describe it, neutral between them and richer than IRLearn's own model
/// (per-answer feedback, partial-credit weights, several blanks), so a reader loses nothing it understood and the
/// mapping to IRLearn (<see cref="Mapping.DomainMapper"/>) can say exactly what it drops. All text is plain text:
/// readers turn HTML into text and report what could not travel (images, formulas).
/// </summary>
public sealed record InteropQuestion
{
    /// <summary>Marks blank <c>n</c> (1-based) of a cloze stem: <c>[[1]]</c>, <c>[[2]]</c>, … (Moodle's gap-select notation).</summary>
    public static string BlankMarker(int number) => $"[[{number}]]";

    public required InteropQuestionType Type { get; init; }

    /// <summary>The title or name the source gave the question (GIFT <c>::name::</c>, Moodle <c>&lt;name&gt;</c>, QTI <c>title</c>).</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The question text. A missing-word question shows its blank as five underscores; a cloze stem uses <see cref="BlankMarker"/>.</summary>
    public required string Stem { get; init; }

    /// <summary>Choices of a multiple-choice, multiple-response or true/false question ("True", "False").</summary>
    public IReadOnlyList<InteropChoice> Choices { get; init; } = [];

    /// <summary>Answers of a short-answer question; a catch-all <c>*</c> is never among them.</summary>
    public IReadOnlyList<InteropTextAnswer> TextAnswers { get; init; } = [];

    public IReadOnlyList<InteropNumericAnswer> NumericAnswers { get; init; } = [];

    public IReadOnlyList<InteropPair> Pairs { get; init; } = [];

    /// <summary>Right-hand items of a matching question that belong to no left item (distractors).</summary>
    public IReadOnlyList<string> ExtraRightItems { get; init; } = [];

    /// <summary>Blanks of a cloze question, in the order of their markers in <see cref="Stem"/>.</summary>
    public IReadOnlyList<InteropBlank> Blanks { get; init; } = [];

    /// <summary>Short answers must match case exactly (Moodle <c>usecase</c>, QTI <c>caseSensitive</c>).</summary>
    public bool CaseSensitive { get; init; }

    /// <summary>Feedback shown whatever the answer: IRLearn's explanation travels here.</summary>
    public string GeneralFeedback { get; init; } = string.Empty;

    /// <summary>The article sentence the question was written from, where the file carries one.</summary>
    public string SourceSentence { get; init; } = string.Empty;

    /// <summary><c>easy</c>, <c>medium</c> or <c>hard</c> where the file says; null when it does not.</summary>
    public string? Difficulty { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The category (Moodle) or section the question was filed under; informational.</summary>
    public string Category { get; init; } = string.Empty;

    /// <summary>What the reader noticed but could not keep (images, formulas, unknown attributes).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>
    /// This question as a matching question built from (left, right) sides; a side with an empty left is a distractor
    /// (GIFT's <c>= -&gt; x</c>, Moodle's subquestion with empty text). Null and the reason when fewer than two pairs remain.
    /// </summary>
    internal (InteropQuestion Question, string? Problem) AsMatching(IEnumerable<(string Left, string Right)> sides)
    {
        var pairs = new List<InteropPair>();
        var extra = new List<string>();
        foreach (var (left, right) in sides)
        {
            if (left.Length == 0)
            {
                extra.Add(right);
            }
            else
            {
                pairs.Add(new InteropPair(left, right));
            }
        }

        return pairs.Count < 2
            ? (this, "a matching question needs at least two pairs")
            : (this with { Type = InteropQuestionType.Matching, Pairs = pairs, ExtraRightItems = extra }, null);
    }
}

/// <summary>A choice with its credit (1 = fully correct, 0 = wrong, negative = penalty) and the feedback it shows.</summary>
public sealed record InteropChoice(string Text, decimal Fraction, string Feedback = "");

public sealed record InteropTextAnswer(string Text, decimal Fraction, string Feedback = "");

/// <summary>A numeric answer: anything within <see cref="Tolerance"/> of <see cref="Value"/> (inclusive) earns <see cref="Fraction"/>.</summary>
public sealed record InteropNumericAnswer(decimal Value, decimal Tolerance, decimal Fraction, string Feedback = "");

public sealed record InteropPair(string Left, string Right);

public sealed record InteropBlank(
    InteropBlankKind Kind,
    IReadOnlyList<InteropChoice> Choices,
    IReadOnlyList<InteropTextAnswer> TextAnswers,
    IReadOnlyList<InteropNumericAnswer> NumericAnswers,
    bool CaseSensitive = false)
{
    public static InteropBlank Text(IReadOnlyList<InteropTextAnswer> answers, bool caseSensitive = false) => new(InteropBlankKind.Text, [], answers, [], caseSensitive);

    public static InteropBlank Choice(IReadOnlyList<InteropChoice> choices) => new(InteropBlankKind.Choice, choices, [], []);

    public static InteropBlank Numeric(IReadOnlyList<InteropNumericAnswer> answers) => new(InteropBlankKind.Numeric, [], [], answers);
}
