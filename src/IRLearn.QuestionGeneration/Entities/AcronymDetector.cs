using System.Collections.Frozen;
using System.Text.RegularExpressions;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Entities;

/// <summary>An acronym and its expansion, with the sentence that defines them (null when the gazetteer supplied it).</summary>
public sealed record AcronymPair(string Acronym, string Expansion, TextRange? DefinedIn);

/// <summary>
/// Finds "Conference on … (CICA)" and "CICA (Conference on …)". The expansion is accepted when the
/// acronym's capitals are a subsequence of its words' initials and the first letters agree.
/// </summary>
public static partial class AcronymDetector
{
    private static readonly FrozenSet<string> Connectors = FrozenSet.ToFrozenSet(
        ["of", "for", "and", "on", "in", "the", "de", "to", "&", "du", "des", "la", "a"], StringComparer.Ordinal);

    [GeneratedRegex(@"\((?<short>[A-Z][A-Za-z0-9&-]{1,9})\)", RegexOptions.CultureInvariant)]
    private static partial Regex ShortInParentheses();

    [GeneratedRegex(@"\b(?<short>[A-Z][A-Za-z0-9&]*[A-Z][A-Za-z0-9&]*)\s*\((?<long>[A-Z][^()]{5,150})\)", RegexOptions.CultureInvariant)]
    private static partial Regex LongInParentheses();

    public static List<AcronymPair> Detect(string text, TextRange sentence)
    {
        var pairs = new List<AcronymPair>();
        var span = sentence.Slice(text);
        foreach (Match match in ShortInParentheses().Matches(span))
        {
            var acronym = match.Groups["short"].Value;
            if (Capitals(acronym).Length < 2)
            {
                continue;
            }

            var before = span[..match.Index].TrimEnd();
            var words = before.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var expansion = LongFormEndingHere(words, acronym);
            if (expansion is not null)
            {
                pairs.Add(new AcronymPair(acronym, expansion, sentence));
            }
        }

        foreach (Match match in LongInParentheses().Matches(span))
        {
            var acronym = match.Groups["short"].Value;
            var expansion = match.Groups["long"].Value.Trim();
            if (Matches(acronym, expansion.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            {
                pairs.Add(new AcronymPair(acronym, expansion, sentence));
            }
        }

        return pairs;
    }

    /// <summary>The shortest run of capitalised words before the parenthesis whose initials spell the acronym.</summary>
    private static string? LongFormEndingHere(string[] words, string acronym)
    {
        var capitals = Capitals(acronym);
        var limit = Math.Max(0, words.Length - (capitals.Length + 6));
        for (var start = words.Length - 1; start >= limit; start--)
        {
            var word = words[start].Trim(',', '"', '“', '”');
            if (!Connectors.Contains(word) && !char.IsUpper(word[0]))
            {
                return null;
            }

            if (Connectors.Contains(word) || char.ToUpperInvariant(word[0]) != capitals[0])
            {
                continue;
            }

            var candidate = words[start..];
            if (Matches(acronym, candidate))
            {
                return string.Join(' ', candidate).Trim(',', ' ');
            }
        }

        return null;
    }

    public static bool Matches(string acronym, IReadOnlyList<string> words)
    {
        var capitals = Capitals(acronym);
        var initials = new List<char>();
        foreach (var raw in words)
        {
            var word = raw.Trim(',', '"', '“', '”', '(', ')');
            if (word.Length == 0 || Connectors.Contains(word))
            {
                continue;
            }

            if (!char.IsUpper(word[0]) && !char.IsDigit(word[0]))
            {
                return false;
            }

            initials.Add(char.ToUpperInvariant(word[0]));
        }

        if (initials.Count == 0 || initials[0] != capitals[0] || initials.Count > capitals.Length + 3)
        {
            return false;
        }

        var k = 0;
        foreach (var initial in initials)
        {
            if (k < capitals.Length && initial == capitals[k])
            {
                k++;
            }
        }

        return k == capitals.Length;
    }

    private static string Capitals(string acronym) => new(acronym.Where(char.IsUpper).ToArray());
}
