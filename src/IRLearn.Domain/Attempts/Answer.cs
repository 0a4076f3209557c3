using IRLearn.Domain.Common;

namespace IRLearn.Domain.Attempts;

/// <summary>One left-to-right pairing chosen in a matching question, by canonical indexes into the version's pairs.</summary>
public sealed record MatchSelection(int LeftIndex, int RightIndex);

/// <summary>
/// What a student answered, in terms of the question version's canonical order (never the
/// shuffled display order), so grading does not depend on how the question was shown.
/// Only the part that fits the question type is used; the grader treats anything malformed as wrong.
/// </summary>
public sealed record Answer
{
    public const int MaxTextLength = 2000;
    public const int MaxSelections = 50;

    private List<int> _selectedOptions = [];
    private List<MatchSelection> _matches = [];

    // For EF Core.
    private Answer()
    {
    }

    /// <summary>Indexes into the version's options (choice questions).</summary>
    public IReadOnlyList<int> SelectedOptions => _selectedOptions;

    /// <summary>Typed text (fill in the blank, short answer).</summary>
    public string? Text { get; private set; }

    public decimal? Number { get; private set; }

    public IReadOnlyList<MatchSelection> Matches => _matches;

    public bool IsEmpty => _selectedOptions.Count == 0 && string.IsNullOrWhiteSpace(Text) && Number is null && _matches.Count == 0;

    public static Answer Choice(params IEnumerable<int> selectedOptions)
    {
        var list = selectedOptions.Distinct().ToList();
        Check.That(list.Count <= MaxSelections, "attempt.answer_invalid", "Too many options selected.");
        return new Answer { _selectedOptions = list };
    }

    public static Answer FromText(string? text)
    {
        Check.That((text?.Length ?? 0) <= MaxTextLength, "attempt.answer_too_long", $"An answer is at most {MaxTextLength} characters.");
        return new Answer { Text = text };
    }

    public static Answer FromNumber(decimal? number) => new() { Number = number };

    public static Answer FromMatches(params IEnumerable<MatchSelection> matches)
    {
        var list = matches.ToList();
        Check.That(list.Count <= MaxSelections, "attempt.answer_invalid", "Too many pairs.");
        return new Answer { _matches = list };
    }

    public bool Equals(Answer? other) =>
        other is not null
        && Text == other.Text
        && Number == other.Number
        && _selectedOptions.SequenceEqual(other._selectedOptions)
        && _matches.SequenceEqual(other._matches);

    public override int GetHashCode() => HashCode.Combine(Text, Number, _selectedOptions.Count, _matches.Count);
}
