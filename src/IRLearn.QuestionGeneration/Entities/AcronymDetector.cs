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
    private static readonly FrozenSet<string> Connectors = Lexicon.Default.Set(StringComparer.Ordinal, "nameConnectors", "innerNameWords");

    [GeneratedRegex(@"\((?<short>[A-Z][A-Za-z0-9&-]{1,9})\)", RegexOptions.CultureInvariant)]
    private static partial Regex ShortInParentheses();

    [GeneratedRegex(@"\b(?<short>[A-Z][A-Za-z0-9&]{1,11})\s*\((?:the\s+)?(?<long>[A-Z][^(),;]{5,150})[),;]", RegexOptions.CultureInvariant)]
    private static partial Regex LongInParentheses();

    public static List<AcronymPair> Detect(string text, TextRange sentence)
    {
        var pairs = new List<AcronymPair>();
        var span = sentence.Slice(text);
        foreach (Match match in ShortInParentheses().Matches(span))
        {
            var acronym = match.Groups["short"].Value;
            if (Capitals(acronym).Length < 2 && !acronym.Any(char.IsDigit))
            {
                continue;
            }

            var before = span[..match.Index].TrimEnd();
            var words = before.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var expansion = LongFormEndingHere(words, acronym) ?? KnownLongFormEndingHere(before, acronym);
            if (expansion is not null)
            {
                pairs.Add(new AcronymPair(acronym, expansion, sentence));
            }
        }

        foreach (Match match in LongInParentheses().Matches(span))
        {
            var acronym = match.Groups["short"].Value;
            var expansion = match.Groups["long"].Value.Trim();
            var expansionWords = expansion.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var capitalCount = Capitals(acronym).Length;
            if (capitalCount >= 2 && (Matches(acronym, expansionWords) || expansionWords.Length <= capitalCount + 3 && SchwartzHearst(acronym, expansion)) ||
                KnownPair(acronym, expansion))
            {
                pairs.Add(new AcronymPair(acronym, expansion, sentence));
            }
        }

        return pairs;
    }

    /// <summary>"Group of Twenty (G20)": the gazetteer knows pairs whose letters do not spell each other.</summary>
    private static string? KnownLongFormEndingHere(string before, string acronym)
    {
        if (!Gazetteer.IrGazetteer.Default.TryLookup(acronym, out var hit) || hit.Organisation is not { } org)
        {
            return null;
        }

        return new[] { org.Name }.Concat(org.Aliases).FirstOrDefault(name => before.EndsWith(name, StringComparison.Ordinal));
    }

    /// <summary>The shortest run of capitalised words before the parenthesis whose initials spell the acronym.</summary>
    private static string? LongFormEndingHere(string[] words, string acronym)
    {
        var capitals = Capitals(acronym);
        var limit = Math.Max(0, words.Length - (capitals.Length + 6));
        string? looser = null;
        for (var start = words.Length - 1; start >= limit; start--)
        {
            var word = words[start].Trim(',', '"', '“', '”');
            if (word.Length == 0)
            {
                // A lone quotation mark or comma ("… Union " (EU)") is no word of a long form: the run ends before it.
                return looser;
            }

            if (!Connectors.Contains(word) && !char.IsUpper(word[0]) && !InitialsSpell(acronym, words[start..]))
            {
                // Lower-case long forms are accepted only when their initials spell the acronym exactly ("nationally determined contributions (NDCs)").
                if (!char.IsLower(word[0]) || start < words.Length - Capitals(acronym).Length)
                {
                    return looser;
                }
            }

            if (Connectors.Contains(word) || char.ToUpperInvariant(word[0]) != capitals[0])
            {
                continue;
            }

            var candidate = words[start..];
            if (Matches(acronym, candidate) || InitialsSpell(acronym, candidate))
            {
                return string.Join(' ', candidate).Trim(',', ' ');
            }

            if (looser is null && SchwartzHearst(acronym, string.Join(' ', candidate)))
            {
                looser = string.Join(' ', candidate).Trim(',', ' ');
            }
        }

        // Letters found inside words are the weaker evidence; use them only when no run of initials spells the acronym.
        return looser;
    }

    /// <summary>Exact initials, case-insensitive, connectors skipped: "nationally determined contributions" spells NDC(s).</summary>
    private static bool InitialsSpell(string acronym, IReadOnlyList<string> words)
    {
        var initials = new string(words.Select(w => w.Trim(',', '"', '“', '”')).Where(w => w.Length > 0 && !Connectors.Contains(w)).Select(w => char.ToUpperInvariant(w[0])).ToArray());
        return initials.Length >= 2 && initials == Capitals(acronym);
    }

    /// <summary>
    /// Schwartz and Hearst's matcher: every character of the acronym, right to left, found in order in the long
    /// form, the first one at the start of a word. Catches ASEAN = Association of SouthEast Asian Nations.
    /// </summary>
    private static bool SchwartzHearst(string acronym, string longForm)
    {
        var s = acronym.Length - 1;
        var l = longForm.Length - 1;
        while (s >= 0)
        {
            var c = char.ToLowerInvariant(acronym[s]);
            if (!char.IsLetterOrDigit(c))
            {
                s--;
                continue;
            }

            while (l >= 0 && (char.ToLowerInvariant(longForm[l]) != c || (s == 0 && l > 0 && char.IsLetterOrDigit(longForm[l - 1]))))
            {
                l--;
            }

            if (l < 0)
            {
                return false;
            }

            l--;
            s--;
        }

        return l < 0 || !char.IsLetterOrDigit(longForm[l]);
    }

    public static bool Matches(string acronym, IReadOnlyList<string> words)
    {
        var capitals = Capitals(acronym);
        if (capitals.Length == 0)
        {
            return false;
        }

        var initials = new List<char>();
        foreach (var raw in words)
        {
            foreach (var part in raw.Trim(',', '"', '“', '”', '(', ')').Split('-', '–'))
            {
                if (part.Length == 0 || Connectors.Contains(part))
                {
                    continue;
                }

                if (!char.IsUpper(part[0]) && !char.IsDigit(part[0]))
                {
                    return false;
                }

                initials.Add(char.ToUpperInvariant(part[0]));
            }
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

    private static bool KnownPair(string acronym, string expansion) =>
        Gazetteer.IrGazetteer.Default.TryLookup(acronym, out var hit) && hit.Organisation is { } org &&
        (org.Name == expansion || org.Aliases.Contains(expansion));

    private static string Capitals(string acronym) => new(acronym.Where(char.IsUpper).ToArray());
}
