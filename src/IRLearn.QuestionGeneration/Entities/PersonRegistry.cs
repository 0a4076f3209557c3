using System.Text.RegularExpressions;
using IRLearn.QuestionGeneration.Gazetteer;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Entities;

/// <summary>
/// The people an article introduces. A full name is learnt where a title ("President …") or a speech
/// verb ("… said") marks it; later bare surnames ("Tokayev") then resolve to the same person.
/// </summary>
public sealed partial class PersonRegistry
{
    // "General Assembly", "General Staff": a title followed by one of these names a body, not a person.
    private static readonly HashSet<string> BodyHeads = new(Lexicon.Default.Words("titledBodyHeads"), StringComparer.Ordinal);

    private static readonly HashSet<string> SeatHeads = new(Lexicon.Default.Words("seatHeads"), StringComparer.Ordinal);

    private static readonly HashSet<string> Honorifics = new(Lexicon.Default.Set(StringComparer.Ordinal, "honorifics", "academicTitles", "rankAbbreviations", "styles"), StringComparer.Ordinal);

    private static readonly string[][] Titles = Lexicon.Default.Words("personTitles").Select(t => t.Split(' ')).ToArray();

    [GeneratedRegex(@"\b(?<name>\p{Lu}[\p{L}'’-]+(?:\s[A-Z]\.)?(?:\s\p{Lu}[\p{L}'’-]+){1,2}),?\s(?:has\s|had\s)?(?:said|says|told|noted|argued|stated|added|wrote|warned|emphasi[sz]ed|declared|announced|explained|insisted|stressed|remarked|observed|claimed|tweeted)\b|\b(?:said|says|according\sto)\s(?<name2>\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2})", RegexOptions.CultureInvariant)]
    private static partial Regex SpeechAttribution();


    // "Ghana's first president, Kwame Nkrumah", "Soviet leader Mikhail Gorbachev", "the historian Herodotus", "spokesman
    // J.D. Brandt" (initials before the family name).
    [GeneratedRegex(@"\b(?:president|leader|minister|premier|chancellor|historian|secretary-general|king|queen|general|spokesperson|spokesman|spokeswoman|envoy|ambassador|diplomat|economist|scholar|director|director-general|head|chief|founder|successor|predecessor|commissioner|negotiator|philosopher|writer|author|emir|sultan|monarch|ruler|dictator|general|admiral)(?:,)?\s+(?<name>(?:(?:\p{Lu}\.){2,3}\s)?\p{Lu}[\p{L}'’-]+(?:\s(?:(?:von|van|der|de|al|bin|ibn|el)\s)*\p{Lu}[\p{L}'’-]+){0,3})", RegexOptions.CultureInvariant)]
    private static partial Regex RoleNoun();

    // "Han Min-jun": a short family name, then a given name of two syllables joined by a hyphen.
    private const string FamilyNameFirstShape = @"\p{Lu}\p{Ll}{1,4} \p{Lu}\p{Ll}+-\p{Ll}+";

    [GeneratedRegex("^" + FamilyNameFirstShape + "$", RegexOptions.CultureInvariant)]
    private static partial Regex FamilyNameFirst();

    [GeneratedRegex(@"(?<![\p{L}-])(?<name>" + FamilyNameFirstShape + @")(?![\p{L}-])", RegexOptions.CultureInvariant)]
    private static partial Regex FamilyNameFirstInText();

    // "his daughter Ines Varga", "the minister's younger brother, Tamas Varga": a relative shares the family name of someone the
    // article already calls by it, and is another person.
    [GeneratedRegex(@"\b(?:his|her|their|\p{Lu}[\p{L}-]+[’']s)\s+(?:(?:younger|older|elder|eldest|youngest|late)\s+)?(?:daughter|son|wife|husband|brother|sister|father|mother|nephew|niece|cousin|widow|widower|son-in-law|daughter-in-law|grandson|granddaughter),?\s+(?<name>\p{Lu}[\p{L}’'-]+(?:\s\p{Lu}[\p{L}’'-]+){1,2})", RegexOptions.CultureInvariant)]
    private static partial Regex Relative();

    // "American Kevin Marsh and Australian Ida Brook, both teachers …": a nationality before a given name and a family name
    // describes a person, who is not yet named with a title.
    [GeneratedRegex(@"(?<!\p{Lu}[\p{L}’'-]*\s)\b(?<demonym>\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i))\s(?<name>\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+)(?=[\s,.;:)—]+(?:[a-z(,.;:—]|$))", RegexOptions.CultureInvariant)]
    private static partial Regex DescribedByNationality();

    [GeneratedRegex(@"^(?:\p{Lu}[\p{L}]+-(?:born|based|led|backed|raised|educated)\s+)+(?=[A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex DescribingCompound();

    private readonly Dictionary<string, string> _canonicalBySurface = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ambiguousSurnames = new(StringComparer.Ordinal);
    private readonly List<string> _fullNames = [];

    public IReadOnlyList<string> FullNames => _fullNames;

    /// <summary>First pass: learn the names in one sentence.</summary>
    public void Learn(string text, TextRange sentence, IrGazetteer gazetteer)
    {
        var tokens = Words.Tokens(text, sentence);
        for (var i = 0; i < tokens.Count; i++)
        {
            var titleLength = TitleLength(text, tokens, i);
            if (titleLength == 0)
            {
                continue;
            }

            var end = NameEnd(text, tokens, i + titleLength, gazetteer);
            if (end > i + titleLength)
            {
                Register(EntityRecognizer.Span(tokens, i + titleLength, end - 1).Slice(text));
                i = end - 1;
            }
        }

        foreach (Match match in FamilyNameFirstInText().Matches(sentence.Slice(text)))
        {
            // "Han Min-jun, leader of the opposition": a name of this shape needs no title to be a person's.
            var name = match.Groups["name"].Value;
            if (!gazetteer.TryLookup(name, out _) && !EntityRecognizer.NotNames.Contains(name.Split(' ')[0]))
            {
                Register(name);
            }
        }

        foreach (Match match in DescribedByNationality().Matches(sentence.Slice(text)))
        {
            var name = match.Groups["name"].Value;
            var words = name.Split(' ');
            if (EntityRecognizer.LooksLikeDemonym(match.Groups["demonym"].Value) && !gazetteer.TryLookup(name, out _) &&
                !words.Any(w => gazetteer.TryLookup(w, out _) || IsPlaceOrBodyHead(w) || EntityRecognizer.NotNames.Contains(w) && !EntityRecognizer.SurnameTitles.Contains(w)))
            {
                Register(name);
            }
        }

        foreach (Match match in Relative().Matches(sentence.Slice(text)))
        {
            var name = match.Groups["name"].Value;
            if (!gazetteer.TryLookup(name, out _) && !gazetteer.TryLookup(name.Split(' ')[0], out _))
            {
                Register(name, relative: true);
            }
        }

        foreach (Match match in RoleNoun().Matches(sentence.Slice(text)))
        {
            var name = match.Groups["name"].Value;
            var parts = name.Split(' ');
            if (!gazetteer.TryLookup(name, out _) && !gazetteer.TryLookup(parts[0], out _) && !EntityRecognizer.NotNames.Contains(parts[0]))
            {
                Register(name);
            }
        }

        foreach (Match match in SpeechAttribution().Matches(sentence.Slice(text)))
        {
            var name = match.Groups["name"].Success ? match.Groups["name"].Value : match.Groups["name2"].Value;
            var parts = name.Split(' ').SkipWhile(EntityRecognizer.NotNames.Contains).ToArray();
            if (parts.Length >= 2 && !gazetteer.TryLookup(string.Join(' ', parts), out _) && !gazetteer.TryLookup(parts[0], out _))
            {
                Register(string.Join(' ', parts));
            }
        }
    }

    // Last words that make a capitalised run a place, a body or a publication rather than a person ("Islamic State", "Gaza City").
    private static readonly HashSet<string> NotSurnames = new(Lexicon.Default.Words("notSurnames"), StringComparer.Ordinal);

    /// <summary>A last word that makes a capitalised run a place, a building or a body ("White House", "Cabinet Room").</summary>
    public static bool IsPlaceOrBodyHead(string word) => NotSurnames.Contains(word) || EntityRecognizer.IsHeadWord(word);

    /// <summary>
    /// Second pass over the whole article: "Vladimir Putin … Putin said" — a run of two or three capitalised words that no
    /// title or speech verb marked is still a person when the article goes on to use its last word on its own, as news
    /// writing does with surnames. Places and bodies are kept out by the gazetteer and by their head words.
    /// </summary>
    public void LearnFromSurnameReuse(string text, IReadOnlyList<TextRange> sentences, IrGazetteer gazetteer)
    {
        var runs = new List<string[]>();
        var alone = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            var tokens = Words.Tokens(text, sentence);
            var i = 0;
            while (i < tokens.Count)
            {
                var word = tokens[i].Slice(text);
                if (!char.IsUpper(word[0]) || word.All(c => !char.IsLetter(c) || char.IsUpper(c)))
                {
                    i++;
                    continue;
                }

                var end = i + 1;
                while (end < tokens.Count && end - i < 4 && EntityRecognizer.OnlySpaceBetween(text, tokens[end - 1], tokens[end]) &&
                    char.IsUpper(text[tokens[end].Start]) && !EntityRecognizer.NotNames.Contains(tokens[end].Slice(text)))
                {
                    end++;
                }

                var words = tokens.Skip(i).Take(end - i).Select(t => t.Slice(text)).SkipWhile(w => EntityRecognizer.NotNames.Contains(w) || EntityRecognizer.LooksLikeDemonym(w)).ToArray();
                var before = tokens[i].Start > sentence.Start ? text[tokens[i].Start - 1] : ' ';
                if (words.Length == 1 && end - i == 1 && before != '(' && !text.AsSpan(tokens[i].End).StartsWith("-"))
                {
                    alone.Add(words[0]);
                }
                else if (end - i > 3 && words.Length >= 2)
                {
                    // "Public Prosecution Eva-Marie Persson": a title of office written straight before the name.
                    runs.Add(words[^2..]);
                }
                else if (words.Length is 2 or 3)
                {
                    runs.Add(words);
                }

                i = end;
            }
        }

        foreach (var run in runs)
        {
            var name = string.Join(' ', run);
            // The surname may also be known from a title alone ("Ms Persson said").
            var reused = alone.Contains(run[^1]) || _canonicalBySurface.TryGetValue(run[^1], out var titled) && titled == run[^1];
            if (reused && !alone.Contains(run[0]) && !NotSurnames.Contains(run[^1]) && !gazetteer.TryLookup(name, out _) &&
                !run.Any(w => gazetteer.TryLookup(w, out _) || EntityRecognizer.IsHeadWord(w) || EntityRecognizer.NotNames.Contains(w) || w.Length < 2))
            {
                Register(name);
            }
        }

        foreach (var full in _fullNames.ToList())
        {
            // "President Xi Jinping … Xi and his comrades", "Yoon Suk Yeol … Yoon said": a name whose family name comes first
            // is used by its first word, and the article never uses the last one alone. A title with the family name alone
            // ("President Yoon") learnt it as a name of its own; it was this person.
            var parts = full.Split(' ');
            var titledAlone = _canonicalBySurface.TryGetValue(parts[0], out var known) && known == parts[0];
            if (parts.Length is 2 or 3 && alone.Contains(parts[0]) && !alone.Contains(parts[^1]) && parts[0].Length > 1 &&
                (!_canonicalBySurface.ContainsKey(parts[0]) || titledAlone) && !_ambiguousSurnames.Contains(parts[0]) && !NotSurnames.Contains(parts[0]) &&
                !EntityRecognizer.NotNames.Contains(parts[0]) && !EntityRecognizer.IsHeadWord(parts[0]) && !gazetteer.TryLookup(parts[0], out _) &&
                _fullNames.Count(n => n.StartsWith(parts[0] + " ", StringComparison.Ordinal)) == 1)
            {
                _canonicalBySurface[parts[0]] = full;
                _fullNames.Remove(parts[0]);
            }
        }
    }

    /// <summary>
    /// The family name with its particles: "von der Leyen", "da Silva", "Tokayev"; written first before a hyphenated given
    /// name ("Han" of "Han Min-jun").
    /// </summary>
    public static string SurnameOf(string fullName)
    {
        var parts = fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 2 && FamilyNameFirst().IsMatch(fullName))
        {
            return parts[0];
        }

        var start = parts.Length - 1;
        while (start > 1 && EntityRecognizer.NameParticles.Contains(parts[start - 1]))
        {
            start--;
        }

        return string.Join(' ', parts[start..]);
    }

    public void Register(string name) => Register(name, relative: false);

    /// <summary>
    /// Learns a name. A <paramref name="relative"/> ("his daughter …") never takes over the bare family name: "Trump" stays
    /// whoever the article already called so.
    /// </summary>
    private void Register(string name, bool relative)
    {
        // "Australian-born Assange", "Kabul-based Rahimi": a describing compound before a name is no part of it.
        var full = DescribingCompound().Replace(Words.CollapseSpace(name), string.Empty);
        if (full.Contains(' ', StringComparison.Ordinal) && full[(full.LastIndexOf(' ') + 1)..] is var last && (SeatHeads.Contains(last) || last != "Hall" && IsPlaceOrBodyHead(last)))
        {
            // "the White House said", "the Cabinet Room": a building that speaks for a government is nobody's name.
            return;
        }

        if (_fullNames.Contains(full) || !full.Contains(' ', StringComparison.Ordinal) && _canonicalBySurface.ContainsKey(full))
        {
            // Known already, or a bare surname ("President Tokayev") of someone introduced in full.
            return;
        }

        _fullNames.Add(full);
        _canonicalBySurface[full] = full;
        var parts = full.Split(' ');
        if (parts.Length < 2)
        {
            return;
        }

        var surname = SurnameOf(full);
        if (relative && _canonicalBySurface.ContainsKey(surname))
        {
            return;
        }

        if (_canonicalBySurface.TryGetValue(surname, out var existing) && existing != full && existing != surname)
        {
            _ambiguousSurnames.Add(surname);
            _canonicalBySurface.Remove(surname);
        }
        else if (!_ambiguousSurnames.Contains(surname))
        {
            // "Ms Persson said" learned first, "Eva-Marie Persson" later: the bare surname was this person all along.
            if (existing == surname)
            {
                _fullNames.Remove(surname);
            }

            _canonicalBySurface[surname] = full;
        }
    }

    public string Canonical(string surface) =>
        _canonicalBySurface.TryGetValue(Words.CollapseSpace(surface), out var full) ? full : Words.CollapseSpace(surface);

    /// <summary>The token after a known person's name starting at <paramref name="i"/>, or <paramref name="i"/>.</summary>
    public int MatchKnown(string text, List<TextRange> tokens, int i)
    {
        for (var end = Math.Min(tokens.Count, i + 4); end > i; end--)
        {
            if (_canonicalBySurface.ContainsKey(EntityRecognizer.Span(tokens, i, end - 1).Slice(text)))
            {
                return end;
            }
        }

        return i;
    }

    /// <summary>How many tokens of a title start at <paramref name="i"/> (0 when none).</summary>
    public static int TitleLength(string text, List<TextRange> tokens, int i)
    {
        // "the General Assembly", "the President's office": after "the", a title heads a noun phrase, not a person's name.
        if (!char.IsUpper(text[tokens[i].Start]) || i > 0 && text.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length) is "the" or "The")
        {
            return 0;
        }

        foreach (var title in Titles)
        {
            if (i + title.Length > tokens.Count)
            {
                continue;
            }

            var matches = true;
            for (var k = 0; k < title.Length && matches; k++)
            {
                matches = text.AsSpan(tokens[i + k].Start, tokens[i + k].Length).SequenceEqual(title[k]);
            }

            if (matches && char.IsUpper(title[0][0]) && !(i + title.Length < tokens.Count && BodyHeads.Contains(text.Substring(tokens[i + title.Length].Start, tokens[i + title.Length].Length))))
            {
                var last = tokens[i + title.Length - 1];
                var next = i + title.Length;
                if (next < tokens.Count && (EntityRecognizer.OnlySpaceBetween(text, last, tokens[next]) ||
                    text.AsSpan(last.End, tokens[next].Start - last.End).SequenceEqual(". ")))
                {
                    // "Prime Minister Dr. Abiy Ahmed": an honorific after the title is part of it, not the name.
                    var length = title.Length;
                    while (i + length + 1 < tokens.Count && Honorifics.Contains(text.Substring(tokens[i + length].Start, tokens[i + length].Length)))
                    {
                        length++;
                    }

                    return length;
                }
            }
        }

        return 0;
    }

    /// <summary>The end of a person's name (one to three capitalised words, initials allowed) starting at <paramref name="start"/>.</summary>
    public static int NameEnd(string text, List<TextRange> tokens, int start, IrGazetteer gazetteer)
    {
        var end = start;
        while (end < tokens.Count && end - start < 6)
        {
            var word = tokens[end].Slice(text);
            if (end > start && EntityRecognizer.NameParticles.Contains(word))
            {
                // "Ursula von der Leyen", "Abdel Fattah al-Burhan".
                var k = end;
                while (k < tokens.Count && EntityRecognizer.NameParticles.Contains(tokens[k].Slice(text)))
                {
                    k++;
                }

                if (k < tokens.Count && EntityRecognizer.StartsName(tokens[k].Slice(text)))
                {
                    // The particle belongs to the name only together with the word after it ("Lula da Silva").
                    end = k + 1;
                    continue;
                }
            }

            if (!EntityRecognizer.StartsName(word) && !(end > start && word.StartsWith("al-", StringComparison.Ordinal)) || word.All(char.IsUpper) && word.Length > 1 || gazetteer.TryLookup(word, out _) && end == start)
            {
                break;
            }

            if (end > start)
            {
                var gap = text.AsSpan(tokens[end - 1].End, tokens[end].Start - tokens[end - 1].End);
                var initial = tokens[end - 1].Length == 1;
                if (!(gap.SequenceEqual(" ") || initial && gap.SequenceEqual(". ")))
                {
                    break;
                }
            }

            end++;
        }

        return end;
    }
}
