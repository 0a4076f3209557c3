using System.Buffers;
using System.Collections.Frozen;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Cleaning;

/// <summary>
/// Recognises a block that holds nothing but a date or a time ("October 11, 2022", "15:11",
/// "Mar. 2, 2025, 9:40 AM UTC / Updated Mar. 3", "1 hour ago", "| March 4, 2025 6:12 PM").
/// Done token by token, not with one large pattern, so its cost is linear in the block.
/// </summary>
internal static class TimestampLine
{
    private const int MaxTokens = 24;

    /// <summary>"7 12 2026" is the most a date writes in bare numbers; a timestamp gives the year of its publication and of its update at most.</summary>
    private const int MaxBareNumbers = 3;

    private const int MaxYears = 2;

    private static readonly SearchValues<char> AsciiDigits = SearchValues.Create("0123456789");

    private static readonly FrozenSet<string> DateWords = Lexicon.Default.Set(StringComparer.OrdinalIgnoreCase, "months", "monthAbbreviations", "weekdays", "weekdayAbbreviations");

    // Words that go with a date on a page but never make it a sentence.
    private static readonly FrozenSet<string> Fillers = Lexicon.Default.Set(StringComparer.OrdinalIgnoreCase, "timestampFillers");

    /// <summary>Whether the line gives a time of day, "14.32" or "9:15", not only a date.</summary>
    public static bool HasClockTime(string text)
    {
        for (var i = 1; i + 2 < text.Length; i++)
        {
            if (text[i] is ':' or '.' && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2]) &&
                (i + 3 == text.Length || !char.IsAsciiDigit(text[i + 3])) && (i < 3 || !char.IsAsciiDigit(text[i - 3])))
            {
                return true;
            }
        }

        return false;
    }

    public static bool Matches(string text)
    {
        var tokens = 0;
        var bareNumbers = 0;
        var years = 0;
        var dated = false;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var separator = i == text.Length || IsSeparator(text[i]);
            if (!separator)
            {
                if (start < 0)
                {
                    start = i;
                }

                continue;
            }

            if (start < 0)
            {
                continue;
            }

            var token = text.AsSpan(start, i - start).TrimEnd('.');
            start = -1;
            if (++tokens > MaxTokens)
            {
                return false;
            }

            switch (Classify(token))
            {
                case TokenKind.Date:
                    dated = true;
                    bareNumbers += token.ContainsAnyExcept(AsciiDigits) ? 0 : 1;
                    years += token.Length == 4 && !token.ContainsAnyExcept(AsciiDigits) ? 1 : 0;
                    break;
                case TokenKind.Filler:
                    break;
                default:
                    return false;
            }
        }

        // A chart's axis ("0 50 100 150 200", "Jan 2023 Jul 2023 Jan 2024 Jul 2024") is figures or dates and nothing else;
        // a timestamp writes at most three bare numbers and two years ("Tue 17 Jun 2025 06.00 · Last modified on Tue 17 Jun 2025").
        return dated && (bareNumbers <= MaxBareNumbers || bareNumbers < tokens) && years <= MaxYears;
    }

    private static bool IsSeparator(char c) =>
        char.IsWhiteSpace(c) || c is ',' or '|' or '/' or '-' or '–' or '—' or '•' or '·' or '(' or ')' or '[' or ']';

    private static TokenKind Classify(ReadOnlySpan<char> token)
    {
        if (token.Length == 0)
        {
            return TokenKind.Filler;
        }

        if (IsNumberOrTime(token))
        {
            return TokenKind.Date;
        }

        var word = token.ToString();
        var colon = word.EndsWith(':');
        if (colon)
        {
            word = word[..^1];
        }

        if (DateWords.Contains(word))
        {
            return TokenKind.Date;
        }

        return Fillers.Contains(word) || Fillers.Contains(word.TrimEnd('.')) ? TokenKind.Filler : TokenKind.Other;
    }

    /// <summary>"2022", "11", "15:11", "4:20am", "12:43", "3rd", "10.30pm".</summary>
    private static bool IsNumberOrTime(ReadOnlySpan<char> token)
    {
        var digits = 0;
        var i = 0;
        while (i < token.Length && (char.IsAsciiDigit(token[i]) || token[i] is ':' or '.' && i > 0 && i + 1 < token.Length && char.IsAsciiDigit(token[i + 1])))
        {
            digits += char.IsAsciiDigit(token[i]) ? 1 : 0;
            i++;
        }

        if (digits == 0 || digits > 8)
        {
            return false;
        }

        var rest = token[i..].ToString().Replace(".", string.Empty, StringComparison.Ordinal);
        return rest.Length == 0 || rest.ToLowerInvariant() is "am" or "pm" or "st" or "nd" or "rd" or "th" or "h";
    }

    private enum TokenKind
    {
        Date,
        Filler,
        Other,
    }
}
