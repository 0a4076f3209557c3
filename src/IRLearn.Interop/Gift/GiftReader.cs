using System.Text;
using System.Text.RegularExpressions;
using IRLearn.Interop.Safety;
using IRLearn.Interop.Text;

namespace IRLearn.Interop.Gift;

/// <summary>
/// Reads Moodle's GIFT format the way Moodle's own importer (question/format/gift) does, so files behave here as they
/// do in Moodle: questions are separated by blank lines; <c>//</c> lines are comments (and carry <c>[tag:…]</c>);
/// the answer block is the first <c>{…}</c>; text after it makes a missing-word question (<c>_____</c> in the stem);
/// the type follows from the block (<c>#</c> numeric, <c>~</c> choice, <c>=…-&gt;</c> matching, <c>T/F</c>
/// true/false, otherwise short answer). Where Moodle is silent or lenient, this reader reports instead of guessing:
/// unbalanced braces skip that one question with the reason, a second answer block stays in the stem with a warning.
/// True/false feedback follows Moodle: in <c>{TRUE#A#B}</c>, A is shown for the wrong answer and B for the right one.
/// </summary>
internal static partial class GiftReader
{
    // Escaped control characters become private-use placeholders while the block is parsed, then turn back into the
    // literal characters (Moodle's escapedchar_pre/post).
    private const char EscBackslash = '\uE000';
    private const char EscColon = '\uE001';
    private const char EscHash = '\uE002';
    private const char EscEquals = '\uE003';
    private const char EscOpen = '\uE004';
    private const char EscClose = '\uE005';
    private const char EscTilde = '\uE006';
    private const char EscNewline = '\uE007';

    public static InteropReadResult Read(byte[] content, string fileName)
    {
        var text = TextDecoding.Decode(content, fileName);
        var collector = new ReadCollector(InteropFormat.Gift);
        var category = string.Empty;
        var number = 0;
        foreach (var block in Blocks(text))
        {
            number++;
            ReadBlock(block, collector, ref category, number);
        }

        if (number == 0)
        {
            throw new InteropFileException($"{fileName} holds no GIFT questions.");
        }

        return collector.Result();
    }

    /// <summary>Splits the file at blank lines, as Moodle does; each block keeps its comment lines.</summary>
    private static IEnumerable<List<string>> Blocks(string text)
    {
        var current = new List<string>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                if (current.Count > 0)
                {
                    yield return current;
                    current = [];
                }

                continue;
            }

            current.Add(line);
        }

        if (current.Count > 0)
        {
            yield return current;
        }
    }

    private static void ReadBlock(List<string> lines, ReadCollector collector, ref string category, int number)
    {
        var comments = string.Join('\n', lines.Where(l => l.StartsWith("//", StringComparison.Ordinal)));
        var body = Escape(string.Join('\n', lines.Where(l => !l.StartsWith("//", StringComparison.Ordinal))).Trim());
        if (body.Length == 0)
        {
            return;
        }

        if (body.StartsWith("$CATEGORY:", StringComparison.Ordinal))
        {
            category = Unescape(body["$CATEGORY:".Length..]).Trim();
            return;
        }

        var name = string.Empty;
        if (body.StartsWith("::", StringComparison.Ordinal))
        {
            var end = body.IndexOf("::", 2, StringComparison.Ordinal);
            if (end > 0)
            {
                name = HtmlText.OneLine(Unescape(body[2..end]));
                body = body[(end + 2)..].Trim();
            }
            else
            {
                body = body[2..];
            }
        }

        var open = body.IndexOf('{');
        var close = body.IndexOf('}');
        if (open < 0 && close < 0)
        {
            collector.Skip(name.Length > 0 ? name : Preview(body), "description (text with no answer block), not a question");
            return;
        }

        var displayName = name.Length > 0 ? name : Preview(body[..Math.Max(0, open)]);
        if (open < 0 || close < 0 || close < open || body.IndexOf('{', open + 1) is var nested && nested >= 0 && nested < close)
        {
            collector.Skip(displayName, $"unbalanced braces in question {number}: every '{{' needs its '}}' (write \\{{ or \\}} for a literal brace)");
            return;
        }

        var warnings = new List<string>();
        var answerText = body[(open + 1)..close].Trim();
        var after = body[(close + 1)..];
        var afterTrimmed = after.Trim();
        string rawStem;
        if (afterTrimmed.Length == 0)
        {
            rawStem = body[..open];
        }
        else
        {
            rawStem = body[..open] + "_____" + after;
            if (after.Contains('{', StringComparison.Ordinal) || after.Contains('}', StringComparison.Ordinal))
            {
                warnings.Add("a second answer block after the first was left in the stem as text (GIFT allows one answer block per question)");
            }
            else if (!afterTrimmed.Any(char.IsLetterOrDigit) && afterTrimmed.Length > 1)
            {
                warnings.Add($"the text \"{Unescape(afterTrimmed)}\" after the answer block made this a missing-word question");
            }
        }

        var generalFeedback = string.Empty;
        var feedbackAt = answerText.LastIndexOf("####", StringComparison.Ordinal);
        if (feedbackAt >= 0)
        {
            generalFeedback = answerText[(feedbackAt + 4)..];
            answerText = answerText[..feedbackAt].Trim();
        }

        var (stemFormat, stemBody) = SplitFormat(rawStem.Trim());
        var stem = Convert(stemBody, stemFormat, warnings);
        var (gfFormat, gfBody) = SplitFormat(generalFeedback.Trim(), stemFormat);
        var (explanation, source) = FeedbackConvention.Split(Convert(gfBody, gfFormat, warnings));
        var (tags, difficulty) = TagConvention.Split(Tags(comments));
        var question = new InteropQuestion
        {
            Type = InteropQuestionType.ShortAnswer,
            Name = displayName,
            Stem = stem,
            GeneralFeedback = explanation,
            SourceSentence = source,
            Tags = tags,
            Difficulty = difficulty,
            Category = category,
        };

        if (answerText.Length == 0)
        {
            collector.Skip(displayName, "essay (no answer key), which IRLearn cannot grade");
            return;
        }

        string? problem;
        if (answerText[0] == '#')
        {
            (question, problem) = Numeric(question, answerText[1..], stemFormat, warnings);
        }
        else if (answerText.Contains('~', StringComparison.Ordinal))
        {
            (question, problem) = Choice(question, answerText, stemFormat, warnings);
        }
        else if (answerText.Contains('=', StringComparison.Ordinal) && answerText.Contains("->", StringComparison.Ordinal))
        {
            (question, problem) = Matching(question, answerText, stemFormat, warnings);
        }
        else if (TrueFalseKey(answerText) is { } key)
        {
            (question, problem) = (TrueFalse(question, answerText, key, stemFormat, warnings), null);
        }
        else
        {
            (question, problem) = ShortAnswer(question, answerText, stemFormat, warnings);
        }

        if (problem is not null)
        {
            collector.Skip(displayName, problem);
            return;
        }

        collector.Add(question with { Warnings = warnings });
    }

    private static (InteropQuestion, string?) Choice(InteropQuestion question, string answerText, string format, List<string> warnings)
    {
        var single = answerText.Contains('=', StringComparison.Ordinal);
        var choices = new List<InteropChoice>();
        foreach (var part in SplitAnswers(answerText.Replace("=", "~=", StringComparison.Ordinal), '~'))
        {
            var answer = part.Trim();
            decimal fraction = 0;
            if (answer.StartsWith('='))
            {
                fraction = 1;
                answer = answer[1..];
            }
            else if (Weight(ref answer) is { } weight)
            {
                fraction = weight;
            }

            var (text, feedback) = Comment(answer, format, warnings);
            choices.Add(new InteropChoice(text, fraction, feedback));
        }

        if (choices.Count < 2)
        {
            return (question, "a choice question needs at least two answers");
        }

        return (question with { Type = single ? InteropQuestionType.MultipleChoice : InteropQuestionType.MultipleResponse, Choices = choices }, null);
    }

    private static (InteropQuestion, string?) Matching(InteropQuestion question, string answerText, string format, List<string> warnings)
    {
        var sides = new List<(string, string)>();
        foreach (var part in SplitAnswers(answerText, '='))
        {
            var marker = part.IndexOf("->", StringComparison.Ordinal);
            if (marker < 0)
            {
                return (question, $"matching answer \"{Unescape(part.Trim())}\" has no \"->\"");
            }

            var (leftFormat, leftBody) = SplitFormat(part[..marker].Trim(), format);
            sides.Add((HtmlText.OneLine(Convert(leftBody, leftFormat, warnings)), HtmlText.OneLine(Unescape(part[(marker + 2)..]))));
        }

        return question.AsMatching(sides);
    }

    private static bool? TrueFalseKey(string answerText)
    {
        var hash = answerText.IndexOf('#');
        var key = (hash >= 0 ? answerText[..hash] : answerText).Trim().ToUpperInvariant();
        return key switch
        {
            "T" or "TRUE" => true,
            "F" or "FALSE" => false,
            _ => null,
        };
    }

    private static InteropQuestion TrueFalse(InteropQuestion question, string answerText, bool key, string format, List<string> warnings)
    {
        var bits = answerText.Split('#', 3);
        var wrongFeedback = bits.Length > 1 ? ConvertWithFormat(bits[1], format, warnings) : string.Empty;
        var rightFeedback = bits.Length > 2 ? ConvertWithFormat(bits[2], format, warnings) : string.Empty;
        return question with
        {
            Type = InteropQuestionType.TrueFalse,
            Choices =
            [
                new InteropChoice("True", key ? 1 : 0, key ? rightFeedback : wrongFeedback),
                new InteropChoice("False", key ? 0 : 1, key ? wrongFeedback : rightFeedback),
            ],
        };
    }

    private static (InteropQuestion, string?) ShortAnswer(InteropQuestion question, string answerText, string format, List<string> warnings)
    {
        var answers = new List<InteropTextAnswer>();
        foreach (var part in SplitAnswers(answerText, '='))
        {
            var answer = part.Trim();
            var fraction = Weight(ref answer) ?? 1m;
            var (text, feedback) = Comment(answer, format, warnings);
            if (text == "*")
            {
                warnings.Add(feedback.Length > 0 ? $"catch-all answer \"*\" (feedback \"{feedback}\") is not an accepted answer; not imported" : "catch-all answer \"*\" is not an accepted answer; not imported");
                continue;
            }

            answers.Add(new InteropTextAnswer(HtmlText.OneLine(text), fraction, feedback));
        }

        return answers.Count == 0
            ? (question, "a short-answer question needs at least one answer")
            : (question with { Type = InteropQuestionType.ShortAnswer, TextAnswers = answers }, null);
    }

    private static (InteropQuestion, string?) Numeric(InteropQuestion question, string answerText, string format, List<string> warnings)
    {
        var wrongFeedback = string.Empty;
        var tilde = answerText.IndexOf('~');
        if (tilde >= 0)
        {
            var (_, feedback) = Comment(answerText[(tilde + 1)..], format, warnings);
            wrongFeedback = feedback;
            answerText = answerText[..tilde];
        }

        var answers = new List<InteropNumericAnswer>();
        foreach (var part in SplitAnswers(answerText, '='))
        {
            var answer = part.Trim();
            var fraction = Weight(ref answer) ?? 1m;
            var hash = answer.IndexOf('#');
            var feedback = hash >= 0 ? ConvertWithFormat(answer[(hash + 1)..], format, warnings) : string.Empty;
            var value = Unescape(hash >= 0 ? answer[..hash] : answer).Trim();
            if (value == "*")
            {
                warnings.Add("catch-all answer \"*\" is not an accepted answer; not imported");
                continue;
            }

            if (!TryNumber(value, out var number, out var tolerance))
            {
                return (question, $"numeric answer \"{value}\" is not a number, a number:tolerance or a min..max range");
            }

            answers.Add(new InteropNumericAnswer(number, tolerance, fraction, feedback));
        }

        if (wrongFeedback.Length > 0)
        {
            warnings.Add($"feedback for any other answer (\"{wrongFeedback}\") not imported");
        }

        return answers.Count == 0
            ? (question, "a numeric question needs at least one number")
            : (question with { Type = InteropQuestionType.Numeric, NumericAnswers = answers }, null);
    }

    private static bool TryNumber(string value, out decimal number, out decimal tolerance)
    {
        number = tolerance = 0;
        var range = value.IndexOf("..", StringComparison.Ordinal);
        if (range > 0)
        {
            if (!Numbers.TryParse(value[..range], out var min) || !Numbers.TryParse(value[(range + 2)..], out var max) || max < min)
            {
                return false;
            }

            number = (min + max) / 2;
            tolerance = max - number;
            return true;
        }

        var colon = value.IndexOf(':', 1 < value.Length ? 1 : 0);
        if (colon > 0)
        {
            return Numbers.TryParse(value[..colon], out number) && Numbers.TryParse(value[(colon + 1)..], out tolerance) && tolerance >= 0;
        }

        return Numbers.TryParse(value, out number);
    }

    /// <summary>Splits an answer block on a control character; the text before the first one is dropped when blank.</summary>
    private static List<string> SplitAnswers(string answerText, char separator)
    {
        var parts = answerText.Split(separator).ToList();
        if (parts.Count > 0 && parts[0].Trim().Length == 0)
        {
            parts.RemoveAt(0);
        }

        return parts;
    }

    /// <summary>Reads and removes a leading <c>%50%</c> weight; null when there is none.</summary>
    private static decimal? Weight(ref string answer)
    {
        var match = WeightPattern().Match(answer);
        if (!match.Success || !Numbers.TryParse(match.Groups["w"].Value, out var percent))
        {
            return null;
        }

        answer = answer[match.Length..];
        return percent / 100m;
    }

    private static (string Text, string Feedback) Comment(string answer, string format, List<string> warnings)
    {
        var hash = answer.IndexOf('#');
        var text = ConvertWithFormat(hash >= 0 ? answer[..hash] : answer, format, warnings);
        var feedback = hash >= 0 ? ConvertWithFormat(answer[(hash + 1)..], format, warnings) : string.Empty;
        return (HtmlText.OneLine(text), feedback);
    }

    private static string ConvertWithFormat(string raw, string defaultFormat, List<string> warnings)
    {
        var (format, body) = SplitFormat(raw.Trim(), defaultFormat);
        return Convert(body, format, warnings);
    }

    /// <summary>A leading <c>[html]</c>, <c>[moodle]</c>, <c>[plain]</c> or <c>[markdown]</c> sets the text's format.</summary>
    private static (string Format, string Body) SplitFormat(string text, string defaultFormat = "moodle")
    {
        var match = FormatPattern().Match(text);
        return match.Success ? (match.Groups["f"].Value.ToLowerInvariant(), text[match.Length..]) : (defaultFormat, text);
    }

    private static string Convert(string body, string format, List<string> warnings) => format switch
    {
        "html" or "moodle" => HtmlText.ToText(Unescape(body, newline: "<br>"), warnings),
        // Plain and Markdown: a line break in the file is a space (as upstream parsers join lines); \n is a real one.
        _ => HtmlText.Normalise(Unescape(body.Replace('\n', ' '))),
    };

    private static string Escape(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                var placeholder = text[i + 1] switch
                {
                    '\\' => EscBackslash,
                    ':' => EscColon,
                    '#' => EscHash,
                    '=' => EscEquals,
                    '{' => EscOpen,
                    '}' => EscClose,
                    '~' => EscTilde,
                    'n' => EscNewline,
                    _ => '\0',
                };
                if (placeholder != '\0')
                {
                    result.Append(placeholder);
                    i++;
                    continue;
                }
            }

            result.Append(c);
        }

        return result.ToString();
    }

    /// <summary>Turns placeholders back into the characters they stand for; an escaped <c>\n</c> becomes <paramref name="newline"/>.</summary>
    private static string Unescape(string text, string newline = "\n")
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case EscBackslash: result.Append('\\'); break;
                case EscColon: result.Append(':'); break;
                case EscHash: result.Append('#'); break;
                case EscEquals: result.Append('='); break;
                case EscOpen: result.Append('{'); break;
                case EscClose: result.Append('}'); break;
                case EscTilde: result.Append('~'); break;
                case EscNewline: result.Append(newline); break;
                default: result.Append(c); break;
            }
        }

        return result.ToString();
    }

    private static IEnumerable<string> Tags(string comments) =>
        TagPattern().Matches(comments).Select(m => m.Groups["t"].Value.Replace("\\]", "]", StringComparison.Ordinal).Trim()).Where(t => t.Length > 0);

    private static string Preview(string text)
    {
        var plain = HtmlText.OneLine(HtmlText.ToText(Unescape(text)));
        return plain.Length <= 60 ? plain : plain[..57] + "...";
    }

    [GeneratedRegex(@"^%(?<w>-?[0-9]+(?:\.[0-9]*)?)%")]
    private static partial Regex WeightPattern();

    [GeneratedRegex(@"^\[(?<f>html|moodle|plain|markdown)\]", RegexOptions.IgnoreCase)]
    private static partial Regex FormatPattern();

    [GeneratedRegex(@"\[tag:(?<t>(?:\\\]|[^\]<>`\p{Cc}])+)\]")]
    private static partial Regex TagPattern();
}
