using System.Globalization;
using FluentValidation;
using IRLearn.Domain.Attempts;
using IRLearn.Domain.Common;
using IRLearn.Domain.QuestionBank;

namespace IRLearn.Application.Attempts;

/// <summary>
/// One answer as a browser or API client sends it, in terms of what the student was shown:
/// <see cref="Options"/> are display positions (0-based) of the options, and <see cref="Matches"/>
/// gives, for each left item in order, the display position of the chosen right item (null = none).
/// Numeric answers arrive as <see cref="Text"/>, so a malformed number gets a clear message instead
/// of a binding error. Canonical indexes never leave the server: authors often list the correct
/// option first, so exposing them would give the answer away.
/// </summary>
public sealed record AnswerInput(int Number, IReadOnlyList<int>? Options = null, string? Text = null, IReadOnlyList<int?>? Matches = null);

public sealed class AnswerInputValidator : AbstractValidator<AnswerInput>
{
    public AnswerInputValidator()
    {
        RuleFor(a => a.Number).GreaterThan(0);
        RuleFor(a => a.Text).MaximumLength(Answer.MaxTextLength);
        RuleFor(a => a.Options).Must(o => o is null || o.Count <= Answer.MaxSelections).WithMessage("Too many options selected.");
        RuleFor(a => a.Matches).Must(m => m is null || m.Count <= Answer.MaxSelections).WithMessage("Too many pairs.");
    }
}

/// <summary>A saved answer in display terms, for showing it again after a reload or on another device.</summary>
public sealed record SavedAnswerDto(IReadOnlyList<int> Options, string? Text, IReadOnlyList<int?> Matches);

/// <summary>Translates between what the student saw (display positions) and what the domain grades (canonical indexes).</summary>
public static class AnswerMapping
{
    public static Answer ToAnswer(QuestionType type, IReadOnlyList<int> optionOrder, AnswerInput input)
    {
        switch (type)
        {
            case QuestionType.MultipleChoice or QuestionType.TrueFalse or QuestionType.MultipleResponse:
                var positions = (input.Options ?? []).Distinct().ToList();
                Check.That(positions.TrueForAll(p => p >= 0 && p < optionOrder.Count), "attempt.answer_invalid", $"Question {input.Number}: that option is not one of the question's.");
                Check.That(type == QuestionType.MultipleResponse || positions.Count <= 1, "attempt.answer_invalid", $"Question {input.Number}: choose only one option.");
                return Answer.Choice(positions.Select(p => optionOrder[p]));
            case QuestionType.Numeric:
                return Answer.FromNumber(ParseNumber(input.Number, input.Text));
            case QuestionType.Matching:
                var matches = input.Matches ?? [];
                Check.That(matches.Count <= optionOrder.Count, "attempt.answer_invalid", $"Question {input.Number}: there are more matches than items.");
                Check.That(matches.All(m => m is null || (m >= 0 && m < optionOrder.Count)), "attempt.answer_invalid", $"Question {input.Number}: that item is not one of the question's.");
                return Answer.FromMatches(matches
                    .Select((right, left) => (right, left))
                    .Where(m => m.right is not null)
                    .Select(m => new MatchSelection(m.left, optionOrder[m.right!.Value])));
            default:
                return Answer.FromText(input.Text);
        }
    }

    public static SavedAnswerDto ToDisplay(IReadOnlyList<int> optionOrder, Answer answer)
    {
        var matches = new int?[answer.Matches.Count == 0 ? 0 : optionOrder.Count];
        foreach (var match in answer.Matches.Where(m => m.LeftIndex >= 0 && m.LeftIndex < matches.Length))
        {
            matches[match.LeftIndex] = PositionOf(optionOrder, match.RightIndex);
        }

        var text = answer.Number is { } number ? number.ToString(CultureInfo.InvariantCulture) : answer.Text;
        return new SavedAnswerDto(
            answer.SelectedOptions.Select(o => PositionOf(optionOrder, o)).OfType<int>().ToList(),
            text,
            matches);
    }

    private static int? PositionOf(IReadOnlyList<int> order, int canonical)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (order[i] == canonical)
            {
                return i;
            }
        }

        return null;
    }

    private static decimal? ParseNumber(int questionNumber, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // Invariant culture: "1,992" and "1992" are the same year; "3.5" is three and a half.
        var ok = decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value);
        Check.That(ok, "attempt.answer_invalid", $"Question {questionNumber}: enter a number, such as 1992 or 3.5.");
        return value;
    }
}
