using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace IRLearn.QuestionGeneration.Text;

/// <summary>Word-level helpers shared by every stage: tokens, normalisation for comparison, and a/an choice.</summary>
public static partial class Words
{
    public static readonly FrozenSet<string> StopWords = Lexicon.Default.Set(StringComparer.OrdinalIgnoreCase, "stopWords");

    [GeneratedRegex(@"(?:[A-Z]\.){2,}|[\p{L}\p{N}]+(?:[-–][\p{L}\p{N}]+)*(?:\.[0-9]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex WordToken();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    /// <summary>The word tokens of a span, as absolute ranges.</summary>
    public static List<TextRange> Tokens(string text, TextRange range)
    {
        var tokens = new List<TextRange>();
        foreach (var match in WordToken().EnumerateMatches(text.AsSpan(range.Start, range.Length)))
        {
            tokens.Add(new TextRange(range.Start + match.Index, match.Length));
        }

        return tokens;
    }

    public static IEnumerable<string> ContentWords(string text)
    {
        foreach (Match match in WordToken().Matches(text))
        {
            var word = match.Value;
            if (word.Length > 2 && !StopWords.Contains(word))
            {
                yield return word.ToLowerInvariant();
            }
        }
    }

    /// <summary>The form a concept is counted once in: normalised and without a plural "s" ("tariffs" and "tariff" are one).</summary>
    public static string ConceptKey(string concept) => Normalize(concept).TrimEnd('s');

    /// <summary>Lower case, typographic quotes and dashes made plain, spacing collapsed: the form answers are compared in.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '’' or '‘' or '`' => '\'',
                '“' or '”' => '"',
                '–' or '—' or '‑' => '-',
                '\u00A0' => ' ',
                _ => char.ToLowerInvariant(c),
            });
        }

        return CollapseSpace(builder.ToString());
    }

    public static string CollapseSpace(string text)
    {
        var clean = text.Length > 0 && text[0] != ' ' && text[^1] != ' ' && !text.Contains("  ", StringComparison.Ordinal) &&
            text.IndexOfAny(['\n', '\t', '\r']) < 0;
        return clean ? text : Whitespace().Replace(text, " ").Trim();
    }

    private static readonly FrozenSet<string> DefiniteArticleNames = Lexicon.Default.Set(StringComparer.Ordinal, "definiteArticleNames");
    private static readonly FrozenSet<string> DefiniteArticleHeads = Lexicon.Default.Set(StringComparer.Ordinal, "definiteArticleHeads");

    /// <summary>"the United States", "the UK", "the European Union", "the Gaza Strip": names that are written with "the" in running text.</summary>
    public static bool TakesDefiniteArticle(string name) =>
        name.StartsWith("United ", StringComparison.Ordinal) || DefiniteArticleNames.Contains(name) ||
        name.Contains(' ', StringComparison.Ordinal) && name.Split(' ').Any(DefiniteArticleHeads.Contains);

    /// <summary>Where <paramref name="word"/> first occurs in <paramref name="text"/> as a whole word, exactly as written; -1 when it does not.</summary>
    public static int WholeWordIndex(string text, string word)
    {
        for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
        {
            var end = i + word.Length;
            if ((i == 0 || !char.IsLetterOrDigit(text[i - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return i;
            }
        }

        return -1;
    }

    public static bool IsCapitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);

    /// <summary>
    /// "an" before a vowel sound. Letters of an acronym are read aloud, so "an NGO" but "a UN body"; a currency sign is
    /// read after its amount, so "an $8 billion deal".
    /// </summary>
    public static string IndefiniteArticleFor(string phrase)
    {
        var word = phrase.TrimStart('"', '“', '\'', '(', '$', '£', '€', '¥');
        if (word.Length == 0)
        {
            return "a";
        }

        var first = word.Split(' ', 2)[0];
        if (char.IsDigit(first[0]))
        {
            return first.StartsWith('8') || first.StartsWith("11", StringComparison.Ordinal) || first.StartsWith("18", StringComparison.Ordinal)
                ? "an"
                : "a";
        }

        var isAcronym = first.Length > 1 && first.All(ch => char.IsUpper(ch) || char.IsDigit(ch));
        if (isAcronym)
        {
            return "AEFHILMNORSX".Contains(first[0], StringComparison.Ordinal) ? "an" : "a";
        }

        var lower = first.ToLower(CultureInfo.InvariantCulture);
        if (lower.StartsWith("uni", StringComparison.Ordinal) || lower.StartsWith("use", StringComparison.Ordinal) ||
            lower.StartsWith("usu", StringComparison.Ordinal) || lower.StartsWith("euro", StringComparison.Ordinal) ||
            lower.StartsWith("one", StringComparison.Ordinal) || lower.StartsWith("once", StringComparison.Ordinal) ||
            lower.StartsWith("uti", StringComparison.Ordinal) || lower.StartsWith("ukr", StringComparison.Ordinal) ||
            lower.StartsWith("uga", StringComparison.Ordinal) || lower.StartsWith("ura", StringComparison.Ordinal))
        {
            return "a";
        }

        if (lower.StartsWith("hour", StringComparison.Ordinal) || lower.StartsWith("honest", StringComparison.Ordinal) ||
            lower.StartsWith("honour", StringComparison.Ordinal) || lower.StartsWith("honor", StringComparison.Ordinal) ||
            lower.StartsWith("heir", StringComparison.Ordinal))
        {
            return "an";
        }

        return "aeiou".Contains(lower[0], StringComparison.Ordinal) ? "an" : "a";
    }

    /// <summary>The spans of a text that are inside quotation marks: a speaker's words, where pronouns are theirs, not the article's.</summary>
    public static List<TextRange> QuotedSpans(string text, int offset = 0)
    {
        var spans = new List<TextRange>();
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var opens = c == '“' || c == '"' && open < 0 && (i == 0 || !char.IsLetterOrDigit(text[i - 1]));
            var closes = c == '”' || c == '"' && open >= 0;
            if (open < 0 && opens)
            {
                open = i;
            }
            else if (open >= 0 && closes)
            {
                spans.Add(new TextRange(offset + open, i - open + 1));
                open = -1;
            }
        }

        return spans;
    }

    /// <summary>True when the text contains the phrase as whole words (case-insensitive, normalised).</summary>
    public static bool ContainsPhrase(string normalizedText, string normalizedPhrase)
    {
        if (normalizedPhrase.Length == 0)
        {
            return false;
        }

        var index = 0;
        while ((index = normalizedText.IndexOf(normalizedPhrase, index, StringComparison.Ordinal)) >= 0)
        {
            // "5 percent" is not inside "3.5 percent", nor "340" inside "1,340".
            var before = index == 0 || !char.IsLetterOrDigit(normalizedText[index - 1]) &&
                !(index >= 2 && normalizedText[index - 1] is '.' or ',' && char.IsDigit(normalizedText[index - 2]) && char.IsDigit(normalizedText[index]));
            var afterIndex = index + normalizedPhrase.Length;
            var after = afterIndex >= normalizedText.Length || !char.IsLetterOrDigit(normalizedText[afterIndex]);
            if (before && after)
            {
                return true;
            }

            index++;
        }

        return false;
    }
}
