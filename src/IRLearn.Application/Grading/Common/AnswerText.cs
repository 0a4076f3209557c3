using System.Globalization;

namespace IRLearn.Application.Grading.Common;

/// <summary>Renders answers and answer keys as plain text for graders, in the version's canonical terms.</summary>
public static class AnswerText
{
    public static string Of(QuestionContent content, Answer? answer)
    {
        if (answer is null || answer.IsEmpty)
        {
            return string.Empty;
        }

        return content.Type switch
        {
            QuestionType.MultipleChoice or QuestionType.MultipleResponse or QuestionType.TrueFalse =>
                string.Join("; ", answer.SelectedOptions.Select(i => i >= 0 && i < content.Options.Count ? content.Options[i].Text : $"#{i}")),
            QuestionType.Numeric => answer.Number?.ToString(CultureInfo.InvariantCulture) ?? answer.Text ?? string.Empty,
            QuestionType.Matching => string.Join("; ", answer.Matches.Select(m => $"{Left(content, m.LeftIndex)} → {Right(content, m.RightIndex)}")),
            _ => answer.Text ?? string.Empty,
        };
    }

    public static string KeyOf(QuestionContent content) => content.Type switch
    {
        QuestionType.MultipleChoice or QuestionType.MultipleResponse or QuestionType.TrueFalse =>
            string.Join("; ", content.Options.Where(o => o.IsCorrect).Select(o => o.Text)),
        QuestionType.Numeric when content.NumericAnswer is { } key => key.Tolerance == 0
            ? key.Value.ToString(CultureInfo.InvariantCulture)
            : $"{key.Value.ToString(CultureInfo.InvariantCulture)} ± {key.Tolerance.ToString(CultureInfo.InvariantCulture)}",
        QuestionType.Matching => string.Join("; ", content.Pairs.Select(p => $"{p.Left} → {p.Right}")),
        _ => string.Join(" | ", content.AcceptedAnswers),
    };

    private static string Left(QuestionContent content, int index) => index >= 0 && index < content.Pairs.Count ? content.Pairs[index].Left : $"#{index}";

    private static string Right(QuestionContent content, int index) => index >= 0 && index < content.Pairs.Count ? content.Pairs[index].Right : $"#{index}";
}
