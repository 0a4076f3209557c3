using IRLearn.Domain.Attempts;
using IRLearn.Domain.QuestionBank;

namespace IRLearn.Domain.Grading;

/// <summary>
/// Grades one answer against a question version's content. Pure: no I/O, no clock, never throws
/// for a malformed answer (an index out of range, a missing number, a left item matched twice):
/// such an answer scores 0. Scores are rounded to two decimals.
/// <list type="bullet">
/// <item>Multiple choice, true/false: exactly one option selected, and it is the correct one.</item>
/// <item>Multiple response, partial credit:
/// <c>max(0, (correct selected − incorrect selected) / total correct) × points</c>, so ticking every
/// box earns nothing more than ticking none; full marks (and IsCorrect) need exactly the correct set.</item>
/// <item>Numeric: within the tolerance, inclusive.</item>
/// <item>Fill in the blank, short answer: the normalised answer (<see cref="AnswerNormalizer"/>) equals a
/// normalised accepted answer or an alias of one. No match is wrong for fill in the blank, but
/// undecided for short answers, which go to the manual grading queue. A blank answer is wrong.</item>
/// <item>Matching: the fraction of left items matched to their right item, times points.</item>
/// </list>
/// </summary>
public static class AnswerGrader
{
    public static GradeOutcome Grade(QuestionContent content, decimal points, Answer answer, AliasMap? aliases = null)
    {
        aliases ??= AliasMap.Empty;
        return content.Type switch
        {
            QuestionType.MultipleChoice or QuestionType.TrueFalse => GradeSingleChoice(content, points, answer),
            QuestionType.MultipleResponse => GradeMultipleResponse(content, points, answer),
            QuestionType.Numeric => GradeNumeric(content, points, answer),
            QuestionType.FillInBlank => GradeText(content, points, answer, aliases, undecidedWhenNoMatch: false),
            QuestionType.ShortAnswer => GradeText(content, points, answer, aliases, undecidedWhenNoMatch: true),
            QuestionType.Matching => GradeMatching(content, points, answer),
            _ => GradeOutcome.Undecided,
        };
    }

    private static GradeOutcome GradeSingleChoice(QuestionContent content, decimal points, Answer answer) =>
        answer.SelectedOptions is [var index] && IsIndex(index, content.Options.Count) && content.Options[index].IsCorrect
            ? GradeOutcome.Right(points)
            : GradeOutcome.Wrong;

    private static GradeOutcome GradeMultipleResponse(QuestionContent content, decimal points, Answer answer)
    {
        var selected = answer.SelectedOptions.Distinct().ToList();
        if (!selected.TrueForAll(i => IsIndex(i, content.Options.Count)))
        {
            return GradeOutcome.Wrong;
        }

        var totalCorrect = content.Options.Count(o => o.IsCorrect);
        var correctSelected = selected.Count(i => content.Options[i].IsCorrect);
        var incorrectSelected = selected.Count - correctSelected;
        if (totalCorrect == 0)
        {
            return GradeOutcome.Wrong;
        }

        var fraction = Math.Max(0m, (decimal)(correctSelected - incorrectSelected) / totalCorrect);
        var isCorrect = correctSelected == totalCorrect && incorrectSelected == 0;
        return new GradeOutcome(Round(fraction * points), isCorrect, Decided: true);
    }

    private static GradeOutcome GradeNumeric(QuestionContent content, decimal points, Answer answer) =>
        content.NumericAnswer is { } key && answer.Number is { } number && IsWithin(number, key)
            ? GradeOutcome.Right(points)
            : GradeOutcome.Wrong;

    private static bool IsWithin(decimal number, NumericAnswer key)
    {
        try
        {
            return Math.Abs(number - key.Value) <= key.Tolerance;
        }
        catch (OverflowException)
        {
            // The difference leaves decimal's range (an answer near decimal.MaxValue against a negative key) only when
            // the answer is further from the key than any tolerance can be: wrong, never an exception.
            return false;
        }
    }

    private static GradeOutcome GradeText(QuestionContent content, decimal points, Answer answer, AliasMap aliases, bool undecidedWhenNoMatch)
    {
        var given = AnswerNormalizer.Normalize(answer.Text);
        if (given.Length == 0)
        {
            return GradeOutcome.Wrong;
        }

        var matches = content.AcceptedAnswers.Any(accepted => aliases.AreEquivalent(given, AnswerNormalizer.Normalize(accepted)));
        if (matches)
        {
            return GradeOutcome.Right(points);
        }

        return undecidedWhenNoMatch ? GradeOutcome.Undecided : GradeOutcome.Wrong;
    }

    private static GradeOutcome GradeMatching(QuestionContent content, decimal points, Answer answer)
    {
        var pairCount = content.Pairs.Count;
        var wellFormed = pairCount > 0
            && answer.Matches.All(m => IsIndex(m.LeftIndex, pairCount) && IsIndex(m.RightIndex, pairCount))
            && answer.Matches.Select(m => m.LeftIndex).Distinct().Count() == answer.Matches.Count;
        if (!wellFormed)
        {
            return GradeOutcome.Wrong;
        }

        var correct = answer.Matches.Count(m => m.LeftIndex == m.RightIndex);
        return new GradeOutcome(Round(points * correct / pairCount), correct == pairCount, Decided: true);
    }

    private static bool IsIndex(int index, int count) => index >= 0 && index < count;

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
