using System.Text;
using IRLearn.Interop.Text;

namespace IRLearn.Interop.Moodle;

/// <summary>
/// Moodle's embedded-answers (Cloze) syntax: <c>{weight:TYPE:alternative~alternative…}</c>, where an alternative is
/// an optional <c>=</c> or <c>%n%</c>, the answer, and <c>#feedback</c>; <c>\~ \} \# \\</c> escape. Parsing follows
/// Moodle's rules and its error messages (an invalid question is reported, never half-imported): at least one
/// blank, two choices for a choice blank, a 100 % answer in every blank, numbers in numeric blanks.
/// </summary>
internal static class ClozeSyntax
{
    private static readonly Dictionary<string, (InteropBlankKind Kind, bool CaseSensitive)> Types = new(StringComparer.Ordinal)
    {
        ["MULTICHOICE"] = (InteropBlankKind.Choice, false),
        ["MC"] = (InteropBlankKind.Choice, false),
        ["MULTICHOICE_V"] = (InteropBlankKind.Choice, false),
        ["MCV"] = (InteropBlankKind.Choice, false),
        ["MULTICHOICE_H"] = (InteropBlankKind.Choice, false),
        ["MCH"] = (InteropBlankKind.Choice, false),
        ["MULTICHOICE_S"] = (InteropBlankKind.Choice, false),
        ["MCS"] = (InteropBlankKind.Choice, false),
        ["MULTICHOICE_VS"] = (InteropBlankKind.Choice, false),
        ["MCVS"] = (InteropBlankKind.Choice, false),
        ["MULTICHOICE_HS"] = (InteropBlankKind.Choice, false),
        ["MCHS"] = (InteropBlankKind.Choice, false),
        ["SHORTANSWER"] = (InteropBlankKind.Text, false),
        ["SA"] = (InteropBlankKind.Text, false),
        ["MW"] = (InteropBlankKind.Text, false),
        ["SHORTANSWER_C"] = (InteropBlankKind.Text, true),
        ["SAC"] = (InteropBlankKind.Text, true),
        ["MWC"] = (InteropBlankKind.Text, true),
        ["NUMERICAL"] = (InteropBlankKind.Numeric, false),
        ["NM"] = (InteropBlankKind.Numeric, false),
    };

    private static readonly string[] MultiResponseTypes = ["MULTIRESPONSE", "MR", "MULTIRESPONSE_H", "MRH", "MULTIRESPONSE_S", "MRS", "MULTIRESPONSE_HS", "MRHS"];

    /// <summary>
    /// Replaces each embedded answer in <paramref name="text"/> by a blank marker and returns the blanks, or the reason
    /// the question is invalid. Answer and feedback text is converted with <paramref name="toText"/>.
    /// </summary>
    public static (string Text, IReadOnlyList<InteropBlank> Blanks, string? Error) Parse(string text, Func<string, string> toText, ICollection<string> warnings)
    {
        var blanks = new List<InteropBlank>();
        var result = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var gap = TryGap(text, i);
            if (gap is null)
            {
                result.Append(text[i]);
                i++;
                continue;
            }

            var (type, body, end) = gap.Value;
            if (Array.IndexOf(MultiResponseTypes, type) >= 0)
            {
                return (text, blanks, "a multiple-response blank (MULTIRESPONSE), which IRLearn's blanks cannot hold");
            }

            if (!Types.TryGetValue(type, out var kind))
            {
                return (text, blanks, $"Invalid embedded answers (Cloze) question: unknown blank type {type}");
            }

            var (blank, error) = ParseBlank(kind.Kind, kind.CaseSensitive, body, toText, warnings);
            if (error is not null)
            {
                return (text, blanks, $"Invalid embedded answers (Cloze) question: {error}");
            }

            blanks.Add(blank!);
            result.Append(InteropQuestion.BlankMarker(blanks.Count));
            i = end;
        }

        return blanks.Count == 0
            ? (text, blanks, "Invalid embedded answers (Cloze) question: The question text must include at least one embedded answer.")
            : (result.ToString(), blanks, null);
    }

    /// <summary>Writes one blank in the syntax, escaping what the syntax reserves.</summary>
    public static string Write(InteropBlank blank)
    {
        var alternatives = blank.Kind switch
        {
            InteropBlankKind.Choice => blank.Choices.Select(c => Alternative(c.Fraction, Escape(c.Text), c.Feedback)),
            InteropBlankKind.Numeric => blank.NumericAnswers.Select(a => Alternative(a.Fraction, $"{Numbers.Format(a.Value)}:{Numbers.Format(a.Tolerance)}", a.Feedback)),
            _ => blank.TextAnswers.Select(a => Alternative(a.Fraction, Escape(a.Text), a.Feedback)),
        };
        var type = blank.Kind switch
        {
            InteropBlankKind.Choice => "MULTICHOICE",
            InteropBlankKind.Numeric => "NUMERICAL",
            _ => blank.CaseSensitive ? "SHORTANSWER_C" : "SHORTANSWER",
        };
        return $"{{1:{type}:{string.Join('~', alternatives)}}}";
    }

    private static string Alternative(decimal fraction, string answer, string feedback) =>
        (fraction == 1 ? "=" : $"%{Numbers.Percent(fraction)}%") + answer + (feedback.Length > 0 ? "#" + Escape(feedback) : string.Empty);

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("~", "\\~", StringComparison.Ordinal).Replace("}", "\\}", StringComparison.Ordinal).Replace("#", "\\#", StringComparison.Ordinal);

    private static (string Type, string Body, int End)? TryGap(string text, int start)
    {
        if (text[start] != '{')
        {
            return null;
        }

        var i = start + 1;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i >= text.Length || text[i] != ':')
        {
            return null;
        }

        var typeStart = ++i;
        while (i < text.Length && (char.IsAsciiLetterUpper(text[i]) || text[i] == '_'))
        {
            i++;
        }

        if (i >= text.Length || text[i] != ':' || i == typeStart)
        {
            return null;
        }

        var type = text[typeStart..i];
        var bodyStart = ++i;
        while (i < text.Length && !(text[i] == '}' && text[i - 1] != '\\'))
        {
            i++;
        }

        return i >= text.Length ? null : (type, text[bodyStart..i], i + 1);
    }

    private static (InteropBlank?, string?) ParseBlank(InteropBlankKind kind, bool caseSensitive, string body, Func<string, string> toText, ICollection<string> warnings)
    {
        var alternatives = SplitUnescaped(body, '~').Select(a => a.Trim()).Where(a => a.Length > 0).ToList();
        var choices = new List<InteropChoice>();
        var texts = new List<InteropTextAnswer>();
        var numbers = new List<InteropNumericAnswer>();
        foreach (var alternative in alternatives)
        {
            var rest = alternative;
            decimal fraction = 0;
            if (rest.StartsWith('='))
            {
                fraction = 1;
                rest = rest[1..];
            }
            else if (rest.StartsWith('%'))
            {
                var close = rest.IndexOf('%', 1);
                if (close < 0 || !Numbers.TryParse(rest[1..close].Replace(',', '.'), out var percent))
                {
                    return (null, $"the weight in \"{alternative}\" is not a percentage");
                }

                fraction = percent / 100m;
                rest = rest[(close + 1)..];
            }

            var parts = SplitUnescaped(rest, '#');
            var answer = Unescape(parts[0]).Trim();
            var feedback = parts.Count > 1 ? toText(Unescape(string.Join('#', parts.Skip(1)))) : string.Empty;
            switch (kind)
            {
                case InteropBlankKind.Choice:
                    choices.Add(new InteropChoice(HtmlText.OneLine(toText(answer)), fraction, feedback));
                    break;
                case InteropBlankKind.Numeric:
                    if (answer == "*")
                    {
                        warnings.Add("catch-all answer \"*\" in a numeric blank is not an accepted answer; not imported");
                        continue;
                    }

                    var colon = answer.IndexOf(':', StringComparison.Ordinal);
                    var valueText = colon >= 0 ? answer[..colon] : answer;
                    if (!Numbers.TryParse(valueText, out var value) || (colon >= 0 && !Numbers.TryParse(answer[(colon + 1)..], out _)))
                    {
                        return (null, "The answer must be a number, for example -1.234 or 3e8, or '*'.");
                    }

                    _ = Numbers.TryParse(colon >= 0 ? answer[(colon + 1)..] : "0", out var tolerance);
                    numbers.Add(new InteropNumericAnswer(value, Math.Abs(tolerance), fraction, feedback));
                    break;
                default:
                    if (answer == "*")
                    {
                        warnings.Add("catch-all answer \"*\" in a blank is not an accepted answer; not imported");
                        continue;
                    }

                    texts.Add(new InteropTextAnswer(HtmlText.OneLine(toText(answer)), fraction, feedback));
                    break;
            }
        }

        if (kind == InteropBlankKind.Choice && choices.Count < 2)
        {
            return (null, "This type of question requires at least 2 choices");
        }

        var fractions = kind switch
        {
            InteropBlankKind.Choice => choices.Select(c => c.Fraction),
            InteropBlankKind.Numeric => numbers.Select(n => n.Fraction),
            _ => texts.Select(t => t.Fraction),
        };
        if (!fractions.Any(f => f >= 0.99999m))
        {
            return (null, "One of the answers should have a score of 100% so it is possible to get full marks for this question.");
        }

        return kind switch
        {
            InteropBlankKind.Choice => (InteropBlank.Choice(choices), null),
            InteropBlankKind.Numeric => (InteropBlank.Numeric(numbers), null),
            _ => (InteropBlank.Text(texts, caseSensitive), null),
        };
    }

    private static List<string> SplitUnescaped(string text, char separator)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                current.Append(text[i]).Append(text[i + 1]);
                i++;
            }
            else if (text[i] == separator)
            {
                parts.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(text[i]);
            }
        }

        parts.Add(current.ToString());
        return parts;
    }

    private static string Unescape(string text) =>
        text.Replace("\\~", "~", StringComparison.Ordinal).Replace("\\}", "}", StringComparison.Ordinal).Replace("\\#", "#", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
}
