using System.Globalization;
using System.Text;
using IRLearn.QuestionGeneration;

namespace IRLearn.Cli.Generate;

/// <summary>
/// The <c>--format text</c> view: what an instructor skims to judge a generated bank, with each
/// question's answer and the sentence it came from right under it.
/// </summary>
public static class TextReport
{
    public static string Render(GenerationResult result)
    {
        var text = new StringBuilder();
        text.AppendLine(result.Title);
        text.AppendLine(new string('=', Math.Clamp(result.Title.Length, 3, 80)));
        text.AppendLine();

        if (!string.IsNullOrWhiteSpace(result.Lesson.Summary))
        {
            text.AppendLine("Summary");
            text.Append("  ").AppendLine(result.Lesson.Summary);
            text.AppendLine();
        }

        if (result.Lesson.KeyTerms.Count > 0)
        {
            text.AppendLine("Key terms");
            foreach (var term in result.Lesson.KeyTerms)
            {
                text.Append("  ").Append(term.Term).Append(" — ").AppendLine(term.Expansion);
            }

            text.AppendLine();
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"Questions ({result.Questions.Count})");
        for (var i = 0; i < result.Questions.Count; i++)
        {
            text.AppendLine();
            AppendQuestion(text, i + 1, result.Questions[i]);
        }

        if (result.MoreCandidates.Count > 0)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"More candidates ({result.MoreCandidates.Count}, best first)");
            for (var i = 0; i < result.MoreCandidates.Count; i++)
            {
                text.AppendLine();
                AppendQuestion(text, result.Questions.Count + i + 1, result.MoreCandidates[i]);
            }
        }

        return text.ToString();
    }

    private static void AppendQuestion(StringBuilder text, int number, GeneratedQuestion question)
    {
        text.AppendLine(CultureInfo.InvariantCulture, $"{number}. [{Describe(question.Type)}, {ContractNames.DifficultyName(question.Difficulty)}, confidence {question.Confidence:0.00}] {question.Stem}");

        foreach (var option in question.Options ?? [])
        {
            text.Append("   ").Append(option.IsCorrect ? "(x) " : "( ) ").AppendLine(option.Text);
        }

        foreach (var pair in question.Pairs ?? [])
        {
            text.Append("   ").Append(pair.Left).Append(" → ").AppendLine(pair.Right);
        }

        text.Append("   Answer: ").AppendLine(Answer(question));
        if (!string.IsNullOrWhiteSpace(question.Explanation))
        {
            text.Append("   Why: ").AppendLine(question.Explanation);
        }

        text.Append("   Source: \"").Append(question.Source.Sentence).AppendLine("\"");
    }

    private static string Answer(GeneratedQuestion question)
    {
        if (question.NumericAnswer is { } numeric)
        {
            return numeric.Tolerance == 0
                ? numeric.Value.ToString(CultureInfo.InvariantCulture)
                : string.Create(CultureInfo.InvariantCulture, $"{numeric.Value} (± {numeric.Tolerance})");
        }

        if (question.Options is { Count: > 0 } options)
        {
            return string.Join("; ", options.Where(o => o.IsCorrect).Select(o => o.Text));
        }

        if (question.Pairs is { Count: > 0 } pairs)
        {
            return "as paired above";
        }

        return question.AcceptedAnswers is { Count: > 0 } accepted ? string.Join(" | ", accepted) : "(none given)";
    }

    private static string Describe(GeneratedQuestionType type) => type switch
    {
        GeneratedQuestionType.MultipleChoice => "multiple choice",
        GeneratedQuestionType.MultipleResponse => "multiple response",
        GeneratedQuestionType.TrueFalse => "true/false",
        GeneratedQuestionType.FillInBlank => "fill in the blank",
        GeneratedQuestionType.Numeric => "numeric",
        GeneratedQuestionType.ShortAnswer => "short answer",
        GeneratedQuestionType.Matching => "matching",
        _ => type.ToString(),
    };
}
