using System.Text;
using IRLearn.Interop.Text;

namespace IRLearn.Interop.Gift;

/// <summary>
/// Writes GIFT that Moodle imports as the same questions: one question per paragraph, tags in a <c>// [tag:…]</c>
/// comment (Moodle reads them there), difficulty as the tag <c>difficulty:…</c>, the explanation and source sentence as
/// general feedback (<c>####</c>). Text is written in Moodle's default format, so <c>&amp; &lt; &gt;</c> are
/// HTML-escaped, GIFT's control characters are backslash-escaped and line breaks become <c>\n</c>.
/// A one-blank cloze becomes a missing-word question: the answer block stands where the blank was.
/// </summary>
internal static class GiftWriter
{
    public static byte[] Write(IEnumerable<InteropQuestion> questions)
    {
        var gift = new StringBuilder();
        foreach (var question in questions)
        {
            WriteQuestion(gift, question);
            gift.Append('\n');
        }

        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(gift.ToString());
    }

    private static void WriteQuestion(StringBuilder gift, InteropQuestion question)
    {
        var tags = question.Tags.ToList();
        if (question.Difficulty is { } difficulty)
        {
            tags.Add(TagConvention.DifficultyTag(difficulty));
        }

        if (tags.Count > 0)
        {
            gift.Append("// ").AppendJoin(' ', tags.Select(t => $"[tag:{t.Replace("]", "\\]", StringComparison.Ordinal)}]")).Append('\n');
        }

        if (question.Name.Length > 0)
        {
            gift.Append("::").Append(Escape(question.Name)).Append("::");
        }

        var feedback = FeedbackConvention.Join(question.GeneralFeedback, question.SourceSentence);
        var block = new StringBuilder("{");
        switch (question.Type)
        {
            case InteropQuestionType.MultipleChoice:
            case InteropQuestionType.MultipleResponse:
                foreach (var choice in question.Choices)
                {
                    block.Append("\n\t").Append(ChoicePrefix(question.Type, choice.Fraction)).Append(Escape(choice.Text)).Append(Feedback(choice.Feedback));
                }

                break;
            case InteropQuestionType.TrueFalse:
                var trueChoice = question.Choices.First(c => c.Text.Equals("True", StringComparison.OrdinalIgnoreCase));
                var falseChoice = question.Choices.First(c => c.Text.Equals("False", StringComparison.OrdinalIgnoreCase));
                var key = trueChoice.Fraction > 0;
                // Moodle's order: the feedback for the wrong answer first, then for the right one.
                var (wrong, right) = key ? (falseChoice.Feedback, trueChoice.Feedback) : (trueChoice.Feedback, falseChoice.Feedback);
                block.Append(key ? "TRUE" : "FALSE");
                if (wrong.Length > 0 || right.Length > 0)
                {
                    block.Append('#').Append(Escape(wrong)).Append('#').Append(Escape(right));
                }

                break;
            case InteropQuestionType.ShortAnswer:
                AppendTextAnswers(block, question.TextAnswers);
                break;
            case InteropQuestionType.Numeric:
                block.Append('#');
                AppendNumericAnswers(block, question.NumericAnswers);
                break;
            case InteropQuestionType.Matching:
                foreach (var pair in question.Pairs)
                {
                    block.Append("\n\t=").Append(Escape(pair.Left)).Append(" -> ").Append(Escape(pair.Right));
                }

                foreach (var extra in question.ExtraRightItems)
                {
                    block.Append("\n\t= -> ").Append(Escape(extra));
                }

                break;
            case InteropQuestionType.Cloze:
                WriteMissingWord(gift, question, feedback);
                return;
        }

        if (feedback.Length > 0)
        {
            block.Append("\n\t####").Append(Escape(feedback));
        }

        block.Append(question.Type is InteropQuestionType.TrueFalse ? "}" : "\n}");
        gift.Append(Escape(question.Stem)).Append(block).Append('\n');
    }

    private static void WriteMissingWord(StringBuilder gift, InteropQuestion question, string feedback)
    {
        if (question.Blanks.Count != 1)
        {
            throw new ArgumentException("GIFT holds one blank per question.", nameof(question));
        }

        var marker = InteropQuestion.BlankMarker(1);
        var at = question.Stem.IndexOf(marker, StringComparison.Ordinal);
        var before = question.Stem[..at];
        var after = question.Stem[(at + marker.Length)..];
        var blank = question.Blanks[0];
        var block = new StringBuilder("{");
        switch (blank.Kind)
        {
            case InteropBlankKind.Text:
                AppendTextAnswers(block, blank.TextAnswers);
                break;
            case InteropBlankKind.Choice:
                foreach (var choice in blank.Choices)
                {
                    block.Append(' ').Append(ChoicePrefix(InteropQuestionType.MultipleChoice, choice.Fraction)).Append(Escape(choice.Text)).Append(Feedback(choice.Feedback));
                }

                break;
            case InteropBlankKind.Numeric:
                block.Append('#');
                AppendNumericAnswers(block, blank.NumericAnswers);
                break;
        }

        if (feedback.Length > 0)
        {
            block.Append(" ####").Append(Escape(feedback));
        }

        block.Append('}');
        if (after.Trim().Length == 0)
        {
            // Nothing follows the blank, and GIFT only makes a missing-word question when text follows the answer
            // block; so the stem keeps its blank and the answers follow it (Moodle shows "… _____" and a text box).
            gift.Append(Escape(before + "_____" + after)).Append(' ').Append(block).Append('\n');
            return;
        }

        gift.Append(Escape(before)).Append(block).Append(Escape(after)).Append('\n');
    }

    private static void AppendTextAnswers(StringBuilder block, IEnumerable<InteropTextAnswer> answers)
    {
        foreach (var answer in answers)
        {
            block.Append(" =").Append(answer.Fraction == 1 ? string.Empty : $"%{Numbers.Percent(answer.Fraction)}%").Append(Escape(answer.Text)).Append(Feedback(answer.Feedback));
        }
    }

    private static void AppendNumericAnswers(StringBuilder block, IReadOnlyList<InteropNumericAnswer> answers)
    {
        foreach (var answer in answers)
        {
            block.Append(answers.Count == 1 && answer.Fraction == 1 ? string.Empty : $"={(answer.Fraction == 1 ? string.Empty : $"%{Numbers.Percent(answer.Fraction)}%")}");
            block.Append(Numbers.Format(answer.Value)).Append(':').Append(Numbers.Format(answer.Tolerance)).Append(Feedback(answer.Feedback));
            if (answers.Count > 1)
            {
                block.Append(' ');
            }
        }
    }

    private static string ChoicePrefix(InteropQuestionType type, decimal fraction) =>
        type == InteropQuestionType.MultipleChoice && fraction == 1 ? "=" : fraction == 0 ? "~" : $"~%{Numbers.Percent(fraction)}%";

    private static string Feedback(string feedback) => feedback.Length == 0 ? string.Empty : "#" + Escape(feedback);

    /// <summary>Backslash-escapes GIFT's control characters, HTML-escapes markup characters, writes line breaks as <c>\n</c>.</summary>
    internal static string Escape(string text)
    {
        var result = new StringBuilder(text.Length + 8);
        foreach (var c in HtmlText.Escape(text))
        {
            switch (c)
            {
                case '\\' or '~' or '=' or '#' or '{' or '}' or ':':
                    result.Append('\\').Append(c);
                    break;
                case '\n':
                    result.Append("\\n");
                    break;
                case '\r':
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }

        return result.ToString();
    }
}
