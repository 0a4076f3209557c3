using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace IRLearn.Domain.Grading;

/// <summary>
/// Brings typed answers to a canonical form so that answers that mean the same compare equal:
/// diacritics removed (Unicode NFD, marks dropped), lower case, punctuation and repeated
/// whitespace collapsed to single spaces, "%" read as "percent", number words written as digits
/// ("twenty-one" → "21", "five" → "5"), dotted acronyms closed up ("U.N." → "un"), numbers in one form ("1,000" → "1000", "2.50" → "2.5"), and a
/// leading article dropped ("the United Nations" → "united nations").
/// </summary>
public static partial class AnswerNormalizer
{
    private static readonly string[] Units =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    // "zero" → 0 … "nineteen" → 19, "twenty" → 20 … "ninety" → 90.
    private static readonly Dictionary<string, int> Small = Units
        .Select((word, value) => (word, value))
        .Concat(Tens.Select((word, index) => (word, value: (index + 2) * 10)))
        .ToDictionary(p => p.word, p => p.value, StringComparer.Ordinal);

    private static readonly Dictionary<string, long> Scales = new(StringComparer.Ordinal)
    {
        ["thousand"] = 1_000,
        ["million"] = 1_000_000,
        ["billion"] = 1_000_000_000,
    };

    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "the", "a", "an" };

    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var withoutMarks = RemoveDiacritics(text).ToLowerInvariant();
        withoutMarks = ThousandsSeparator().Replace(withoutMarks, string.Empty);
        withoutMarks = DottedAcronym().Replace(withoutMarks, m => m.Value.Replace(".", string.Empty, StringComparison.Ordinal));
        withoutMarks = withoutMarks.Replace("%", " percent ", StringComparison.Ordinal).Replace("&", " and ", StringComparison.Ordinal);
        var spaced = NotWordOrNumber().Replace(withoutMarks, " ");

        var tokens = ConvertNumberWords(spaced.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (tokens.Count > 1 && Articles.Contains(tokens[0]))
        {
            tokens.RemoveAt(0);
        }

        return string.Join(' ', tokens);
    }

    private static string RemoveDiacritics(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    // Replaces runs of number words ("one hundred and twenty one") by their value, and writes
    // numerals in one canonical form.
    private static List<string> ConvertNumberWords(string[] words)
    {
        var result = new List<string>(words.Length);
        long total = 0;
        long current = 0;
        var inNumber = false;

        void Flush()
        {
            if (inNumber)
            {
                result.Add((total + current).ToString(CultureInfo.InvariantCulture));
                total = 0;
                current = 0;
                inNumber = false;
            }
        }

        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (Small.TryGetValue(word, out var small))
            {
                current += small;
                inNumber = true;
            }
            else if (word == "hundred")
            {
                current = (current == 0 ? 1 : current) * 100;
                inNumber = true;
            }
            else if (Scales.TryGetValue(word, out var scale))
            {
                total += (current == 0 ? 1 : current) * scale;
                current = 0;
                inNumber = true;
            }
            else if (word == "and" && inNumber && i + 1 < words.Length && IsNumberWord(words[i + 1]))
            {
                // "one hundred and five": the "and" belongs to the number.
            }
            else
            {
                Flush();
                result.Add(decimal.TryParse(word, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
                    ? number.ToString("G29", CultureInfo.InvariantCulture)
                    : word);
            }
        }

        Flush();
        return result;
    }

    private static bool IsNumberWord(string word) => Small.ContainsKey(word) || word == "hundred" || Scales.ContainsKey(word);

    // "u.n." and "u.s" are written as "un" and "us", the way most people type them.
    [GeneratedRegex(@"(?<!\p{L})\p{L}(?:\.\p{L})+\.?(?!\p{L})")]
    private static partial Regex DottedAcronym();

    [GeneratedRegex(@"(?<=\d),(?=\d{3}(?!\d))")]
    private static partial Regex ThousandsSeparator();

    // Anything that is not a letter or digit becomes a space, except a decimal point between digits.
    [GeneratedRegex(@"(?!(?<=\d)\.(?=\d))[^\p{L}\p{N}]+")]
    private static partial Regex NotWordOrNumber();
}
