using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;
using IRLearn.QuestionGeneration.Entities;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Questions;

/// <summary>
/// Whether a blank over an answer would be a fragment: a piece of a longer name ("The _____ Post", "White _____ officials",
/// "Citizens for _____ and Ethics", "the _____ against Nuclear Tests", "_____ Jinping"), half of a joined word
/// ("U.S.-_____ relations", "_____-Israeli", "_____.S"), or a name used only to describe the noun after it ("the _____
/// nuclear watchdog", "_____ officials said"), where the noun, not the student, tells which option fits; or a word of an office's
/// portfolio ("Minister of _____ and Forestry").
/// </summary>
public static partial class BlankShape
{
    private static readonly SearchValues<char> CapitalLetters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static readonly FrozenSet<string> Connectors = Lexicon.Default.Set(StringComparer.Ordinal, "nameConnectors");

    private static readonly FrozenSet<string> Determiners = Lexicon.Default.Words("blankDeterminers").Concat(Lexicon.Capitalised(Lexicon.Default.Words("blankDeterminers"))).ToFrozenSet(StringComparer.Ordinal);

    // Nouns a country or body is so often put in front of that the phrase names it: "US forces", "Russian officials".
    private static readonly FrozenSet<string> AttributiveHeads = Lexicon.Default.Set(StringComparer.Ordinal, "attributiveHeads");

    // Words that may stand before a name without being part of it: titles and honorifics ("President _____", "Ms. _____").
    private static readonly FrozenSet<string> TitleWords = Lexicon.Default.Set(StringComparer.Ordinal, "titles", "titleQualifiers", "moreTitles", "styles")
        .Concat(Lexicon.WithAndWithoutStop(Lexicon.Default.Set(StringComparer.Ordinal, "honorifics", "academicTitles", "rankAbbreviations"))).ToFrozenSet(StringComparer.Ordinal);

    [GeneratedRegex(@"^-(?:member|country|nation|state|seat|party|point|strong)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CountedCompound();

    [GeneratedRegex(@"\b(?:Minister|Ministers|Ministry|Secretary|Commissioner|Department)\s+(?:of|for)\s+(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+(?:and|&)\s+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Portfolio();

    public static bool IsFragment(string text, TextRange sentence, Mention answer, IReadOnlyList<Mention>? sentenceMentions = null)
    {
        var range = answer.Range;
        var before = text.AsSpan(sentence.Start, range.Start - sentence.Start);
        var after = text.AsSpan(range.End, sentence.End - range.End);

        // "U.S.-_____", "_____-Israeli", "_____.S", "_____:30": the blank is half of one written word. A count before a counted
        // noun is a whole figure: "the _____-member bloc", "the _____-country lending agency".
        if (answer.Kind == EntityKind.Quantity && CountedCompound().IsMatch(after))
        {
            return false;
        }

        if (before.Length > 0 && before[^1] is '-' or '–' or '—' or '.' or ':' or '/' or '+' ||
            after.Length > 1 && after[0] is '-' or '–' or ':' or '/' && char.IsLetterOrDigit(after[1]) ||
            after.Length > 1 && after[0] == '.' && char.IsLetter(after[1]))
        {
            return true;
        }

        if (answer.Text.Count(char.IsLetter) < 2 && !answer.Text.Any(char.IsDigit))
        {
            return true;
        }

        if (!answer.IsNamed)
        {
            // A figure is never part of a name: "meager _____ U.S. growth", "the _____ Israeli blockade" are whole. A bare number
            // straight after a capitalised word is the name's own: "Phase _____ trade deal", "Article _____", "Boeing _____".
            return answer.Kind == EntityKind.Quantity && answer.Text.All(char.IsAsciiDigit) && before.Length > 1 && before[^1] == ' ' &&
                LastWords(before, 1) is [{ } word] && char.IsUpper(word[0]) && word.All(char.IsLetter) && before.TrimEnd().Length > word.Length;
        }

        var previous = LastWords(before, 2);
        var next = FirstWords(after, 2);
        var previousWord = previous.Count > 0 ? previous[^1] : null;
        var nextWord = next.Count > 0 ? next[0] : null;
        var sentenceInitialBefore = previous.Count == 1 && before.TrimStart().Length == previousWord?.Length;

        // "+972 _____": a number written into a name of no known kind.
        if (answer.Kind == EntityKind.Name && previousWord is { Length: > 1 } && previousWord.TrimStart('+', '#').All(char.IsAsciiDigit) && previousWord.Any(char.IsAsciiDigit))
        {
            return true;
        }

        // "White _____ officials", "Hong Kong Chief Executive" cut in two: a capitalised word right before that is no title.
        // A person's full name after an office the title list does not know ("Public Prosecution _____") is whole.
        if (previousWord is not null && IsNameWord(previousWord) && !TitleWords.Contains(previousWord) && !sentenceInitialBefore && !IsPossessive(previousWord) &&
            !(answer.Kind == EntityKind.Person && answer.Text.Contains(' ', StringComparison.Ordinal)))
        {
            return true;
        }

        // "The _____ Post", "_____ Jinping", "_____ for Responsibility and Ethics", "the _____ against Nuclear Tests", "_____ King"
        // (a surname that is also a title).
        if (nextWord is not null && (IsNameWord(nextWord) || TitleWords.Contains(nextWord)))
        {
            return true;
        }

        // "Women’s _____ (YPJ)": the abbreviation after the blank has more letters than the answer has words, so it names more.
        if (AbbreviationAfter(after) is { } abbreviation && abbreviation.Length > answer.Text.Split(' ').Count(w => w.Length > 0 && char.IsUpper(w[0])) &&
            previousWord is not null && IsNameWord(previousWord) && !TitleWords.Contains(previousWord))
        {
            return true;
        }

        // "and" joins two names as often as it continues one: only a capitalised word before the blank makes it part of one.
        // A one-word name of no known kind before "for Responsibility" is the start of a longer one.
        var joinsName = nextWord is "and" or "&" ? previousWord is not null && IsNameWord(previousWord) && !TitleWords.Contains(previousWord)
            : previousWord is null || Determiners.Contains(previousWord) || IsNameWord(previousWord) && !TitleWords.Contains(previousWord) ||
              answer.Kind == EntityKind.Name && !answer.Text.Contains(' ', StringComparison.Ordinal);
        if (nextWord is not null && Connectors.Contains(nextWord) && next.Count > 1 && IsNameWord(next[1]) && joinsName && answer.Kind != EntityKind.Person)
        {
            return true;
        }

        // "Citizens for _____", "the Bank of _____", "… and Ethics in _____": the word before is a connector inside a name, not a
        // preposition after one. "in" joins a name only after a capitalised word that is no name of its own ("the Taliban in
        // _____" is whole) and not the sentence's first ("Talks in _____").
        var connectorAt = before.Length + sentence.Start - (previousWord?.Length ?? 0) - 1;
        var connectorInName = previousWord is "of" or "for" or "de" or "del" or "du" or "&" && !EndsAMention(sentenceMentions, connectorAt) ||
            previousWord == "in" && previous.Count > 1 && before.TrimStart().Length > previous[0].Length + previousWord.Length + 2 &&
            !EndsAMention(sentenceMentions, connectorAt, anyKind: true);
        if (connectorInName && previous.Count > 1 && IsNameWord(previous[0]) && !TitleWords.Contains(previous[0]))
        {
            return true;
        }

        // "Minister of _____ and Forestry", "Minister of Agriculture and _____": a word of an office's portfolio, not a name (nor
        // a person the recogniser ran into it: "Minister of Natural Resources and _____" over "Environment Jane Roe").
        if (answer.Kind is EntityKind.Name or EntityKind.Person && Portfolio().IsMatch(before))
        {
            return true;
        }

        // "the _____ court system", "_____ officials said": a place describing the noun after it.
        if (answer.Kind is EntityKind.Country or EntityKind.City or EntityKind.Region && nextWord is not null &&
            after.Length > 0 && after[0] == ' ' && AttributiveHeads.Contains(nextWord))
        {
            return true;
        }

        return false;
    }

    /// <summary>
    /// Whether a recognised name of a known kind ends right before <paramref name="position"/> (a space after it): "Sweden for …"
    /// is whole; "Citizens for …" and "the Global Compact for …" (names of no known kind) may not be.
    /// </summary>
    private static bool EndsAMention(IReadOnlyList<Mention>? mentions, int position, bool anyKind = false) =>
        mentions is not null && mentions.Any(m => (m.Range.End == position - 1 || m.Range.End == position) && (anyKind || m.Kind != EntityKind.Name));

    /// <summary>The letters of "(YPJ)" right after the blank, or null.</summary>
    private static string? AbbreviationAfter(ReadOnlySpan<char> after)
    {
        if (!after.StartsWith(" (") || after.IndexOf(')') is not (> 2 and var close))
        {
            return null;
        }

        var inside = after[2..close];
        return inside.Length is >= 2 and <= 8 && !inside.ContainsAnyExcept(CapitalLetters) ? inside.ToString() : null;
    }

    // "Manhattan’s _____", "Mr. Trump’s _____ announcement": a possessive name stands apart from what follows.
    private static bool IsPossessive(string word) => word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith('’');

    private static bool IsNameWord(string word) =>
        word.Length > 0 && char.IsUpper(word[0]) && !EntityRecognizer.NotNames.Contains(word.TrimEnd('.', ',')) && !word.EndsWith(',') && !word.EndsWith(':') && !word.EndsWith(';');

    private static List<string> LastWords(ReadOnlySpan<char> before, int count)
    {
        var words = before.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 || before.Length > 0 && before[^1] != ' ' ? [] : words[Math.Max(0, words.Length - count)..].ToList();
    }

    private static List<string> FirstWords(ReadOnlySpan<char> after, int count)
    {
        if (after.Length == 0 || after[0] != ' ')
        {
            return [];
        }

        return after.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(count).Select(w => w.TrimEnd('.', ',', ';', ':', '”', '"')).ToList();
    }
}
