using System.Globalization;
using System.Text.RegularExpressions;
using IRLearn.QuestionGeneration.Analysis;
using IRLearn.QuestionGeneration.Entities;
using IRLearn.QuestionGeneration.Gazetteer;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Questions;

/// <summary>
/// Wrong options of the answer's own kind: other entities the article names first, then the gazetteer
/// (same region or class), and numeric neighbours written in the answer's format. Nothing the source
/// sentence itself names is offered, so a distractor is never also true in that slot.
/// </summary>
public static partial class Distractors
{
    private static readonly string[] NumberWords = [.. Enumerable.Range(0, 21).Select(n => Lexicon.Default.WordFor("numberWords", n) ?? "")];

    [GeneratedRegex(@"[0-9][0-9,]*(?:\.[0-9]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPart();

    // "twenty-five" varies its unit ("twenty-four"), never its tens: "nineteen-five" is no number.
    [GeneratedRegex(@"\b(?:(?!one)(?:" + WordPatterns.Unit + ")|" + WordPatterns.Teen + @"|twenty)(?=\b|fold\b)(?!-(?:" + WordPatterns.Unit + @")\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WordNumberPart();

    /// <summary>Up to <paramref name="count"/> distractors, or fewer when the kind has no good source of them.</summary>
    public static List<string> For(Mention answer, SentenceInfo sentence, ArticleAnalysis analysis, int count = 3)
    {
        var seed = StableHash.Of(answer.Text, sentence.Text);
        // Compared without full stops as well, so "UN" is never offered against "U.N.".
        var taken = new HashSet<string>(sentence.Mentions.Select(m => Dotless(m.Key)), StringComparer.Ordinal)
        {
            Dotless(answer.Key),
            Dotless(answer.Text),
        };
        var candidates = answer.Kind switch
        {
            EntityKind.Year => YearNeighbours(answer, seed, sentence.Published, analysis.Text),
            EntityKind.Percent or EntityKind.Quantity or EntityKind.Money => NumericNeighbours(answer.Text, seed),
            EntityKind.Date => DateNeighbours(answer.Text, seed).Where(d => SameSideOfPublication(answer.Text, d, sentence.Published)),
            EntityKind.Duration => DurationNeighbours(answer.Text, seed),
            EntityKind.Month => MonthNeighbours(answer.Text, seed),
            EntityKind.Country => Countries(answer, analysis, seed, Bordering().IsMatch(analysis.Text.AsSpan(sentence.Range.Start, answer.Range.Start - sentence.Range.Start))),
            EntityKind.City => Cities(answer, analysis, seed),
            EntityKind.Region => Regions(analysis, seed),
            EntityKind.Organisation => Organisations(answer, analysis, seed),
            EntityKind.Treaty => Treaties(answer, analysis),
            EntityKind.Person => People(answer, analysis),
            EntityKind.Name => Names(answer, analysis),
            EntityKind.Concept => Concepts(answer, analysis, seed),
            _ => [],
        };

        foreach (var alias in analysis.AliasesOf(answer.Key).Concat(analysis.AliasesOf(answer.Text)))
        {
            // "Semey (formerly Semipalatinsk)": another name of the answer is the answer, never a wrong option.
            taken.Add(Dotless(alias));
        }

        var result = new List<string>(count);
        var answerClass = AnswerTypes.Classify(answer.Text, analysis.Gazetteer);
        var answerSubtype = IsFigure(answer.Kind) ? answerClass : AnswerTypes.Subtype(answer.Text, analysis.Gazetteer);
        var normalizedSentence = Words.Normalize(sentence.Text);
        var referents = new List<HashSet<string>> { Referent(answer.Text, analysis), Referent(answer.Key, analysis) };
        foreach (var candidate in candidates)
        {
            var normalized = Words.Normalize(candidate);
            if (taken.Add(Dotless(candidate)) && !Words.ContainsPhrase(normalizedSentence, normalized) &&
                AnswerTypes.Classify(candidate, analysis.Gazetteer) == answerClass && !Related(answer, candidate, analysis) &&
                (IsFigure(answer.Kind) ? FitsDirection(answer, candidate, sentence, analysis.Text) : Fits(answer, candidate, answerSubtype, sentence, analysis, referents)))
            {
                result.Add(candidate);
                if (result.Count == count)
                {
                    break;
                }
            }
        }

        return result;
    }

    /// <summary>
    /// A named distractor must be of the answer's subtype (a central bank for a central bank, a sea for a sea), name
    /// someone or something other than the answer and the options already chosen ("Yeol" is Yoon Suk Yeol, the PYD is
    /// the Democratic Union Party), and not be a country the sentence already evokes by its demonym or capital.
    /// </summary>
    private static bool Fits(Mention answer, string candidate, string answerSubtype, SentenceInfo sentence, ArticleAnalysis analysis, List<HashSet<string>> referents)
    {
        if (AnswerTypes.Subtype(candidate, analysis.Gazetteer) != answerSubtype)
        {
            return false;
        }

        if (answer.Kind is EntityKind.Person && (!LooksLikePerson(candidate, analysis.Gazetteer) || NamedInSentence(candidate, sentence)))
        {
            return false;
        }

        if (answer.Kind is EntityKind.Person && DemonymTitleBefore(answer, sentence, analysis) is { } demonym &&
            !IntroducedAs(candidate, demonym, analysis.Text))
        {
            // "Australian Prime Minister _____": an American official or a Taliban commander is no Australian prime minister.
            return false;
        }

        if (answer.Kind is EntityKind.Country && analysis.Gazetteer.CountryByName.TryGetValue(candidate, out var country) &&
            (EvokedIn(country, sentence.Text) || analysis.OfficialsOf(country.Name).Any(n => ContainsWord(sentence.Text, n))))
        {
            // "the South Korean president … the U.S. relationship with _____": South Korea cannot be its own partner, nor
            // the United States the partner in "Mr. Trump's talks with _____".
            return false;
        }

        var words = Referent(candidate, analysis);
        var isName = answer.Kind is EntityKind.Person or EntityKind.Name;
        if (words.Count == 0 || referents.Any(r => r.Count > 0 && (r.IsSubsetOf(words) || words.IsSubsetOf(r) || isName && NearlySpelled(r, words))))
        {
            return false;
        }

        referents.Add(words);
        return true;
    }

    /// <summary>
    /// "growth of 1.6%, down from a July forecast of _____": the old figure was higher, so a wrong option below 1.6% is
    /// ruled out by the stem alone and only the others compete. Keeps the options on the side the wording demands.
    /// </summary>
    private static bool FitsDirection(Mention answer, string candidate, SentenceInfo sentence, string text)
    {
        var before = text[Math.Max(sentence.Range.Start, answer.Range.Start - 40)..answer.Range.Start];
        var down = DownFrom().IsMatch(before);
        if (!down && !UpFrom().IsMatch(before))
        {
            return true;
        }

        var reference = sentence.Mentions.LastOrDefault(m => m.Kind == answer.Kind && m.Range.End <= answer.Range.Start && m.Value is not null);
        var number = NumberPart().Match(candidate);
        if (reference?.Value is not { } value || !number.Success ||
            !decimal.TryParse(number.Value.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var other))
        {
            return true;
        }

        return down ? other > value : other < value;
    }

    [GeneratedRegex(@"\b(?:down|fell|dropped|declined|slowed|cut|lowered)\s+from\b[^.;]{0,30}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DownFrom();

    [GeneratedRegex(@"\b(?:up|rose|grew|climbed|increased|raised)\s+from\b[^.;]{0,30}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UpFrom();

    /// <summary>
    /// "will be loaded on August 21" in an article of 13 August: a wrong date before publication is no candidate for a
    /// planned step, nor a date after it for one already past. Dates without a year are read in the publication year.
    /// </summary>
    private static bool SameSideOfPublication(string answer, string candidate, DateOnly? published)
    {
        if (published is not { } date || DayOfYear(answer, date.Year) is not { } a || DayOfYear(candidate, date.Year) is not { } c)
        {
            return true;
        }

        return a >= date == c >= date;
    }

    private static DateOnly? DayOfYear(string text, int year)
    {
        var match = Numbers.MatchDate(text);
        if (!match.Success)
        {
            return null;
        }

        var full = Numbers.ToDate(match);
        if (full is not null)
        {
            return full;
        }

        var day = match.Groups["d1"].Success ? match.Groups["d1"] : match.Groups["d2"];
        var month = Numbers.MonthIndex(match.Groups["m1"].Success ? match.Groups["m1"].Value : match.Groups["m2"].Value);
        return day.Success && month >= 0 && int.TryParse(day.Value, CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 28
            ? new DateOnly(year, month + 1, d)
            : null;
    }

    /// <summary>"Al-Kahlot" and "Al-Kahlout": two names a letter apart cannot be told apart in a test.</summary>
    private static bool NearlySpelled(HashSet<string> a, HashSet<string> b) =>
        a.Any(x => x.Length >= 5 && b.Any(y => y.Length >= 5 && x != y && EditDistanceAtMost1(x, y)));

    private static bool EditDistanceAtMost1(string x, string y)
    {
        if (Math.Abs(x.Length - y.Length) > 1)
        {
            return false;
        }

        var i = 0;
        while (i < x.Length && i < y.Length && x[i] == y[i])
        {
            i++;
        }

        // After the first difference the rest must match once one letter is substituted, inserted or deleted.
        return x.Length == y.Length ? x.AsSpan(Math.Min(i + 1, x.Length)).SequenceEqual(y.AsSpan(Math.Min(i + 1, y.Length)))
            : x.Length > y.Length ? x.AsSpan(i + 1).SequenceEqual(y.AsSpan(i)) : x.AsSpan(i).SequenceEqual(y.AsSpan(i + 1));
    }

    /// <summary>"treason against Yoon, Kim and Interior Minister _____": Kim, named beside the blank, is no wrong option for it.</summary>
    /// <summary>
    /// The demonym or country that qualifies the title right before a person's name ("Australian Prime Minister _____",
    /// "Afghan President _____", "South Korea’s defense minister _____"), when there is one.
    /// </summary>
    private static string? DemonymTitleBefore(Mention answer, SentenceInfo sentence, ArticleAnalysis analysis)
    {
        var before = analysis.Text[Math.Max(sentence.Range.Start, answer.Range.Start - 60)..answer.Range.Start];
        var words = before.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var i = words.Length - 1;
        var titleWords = 0;
        while (i >= 0 && titleWords < 4 && TitleWord().IsMatch(words[i]))
        {
            i--;
            titleWords++;
        }

        if (titleWords == 0 || i < 0 || !PersonTitle().IsMatch(string.Join(' ', words[(i + 1)..])))
        {
            return null;
        }

        foreach (var length in new[] { 2, 1 })
        {
            if (i - length + 1 < 0)
            {
                continue;
            }

            var country = string.Join(' ', words[(i - length + 1)..(i + 1)]).Replace("’s", string.Empty, StringComparison.Ordinal).Replace("'s", string.Empty, StringComparison.Ordinal);
            if (analysis.Gazetteer.CountryByDemonym.ContainsKey(country) || analysis.Gazetteer.CountryByName.ContainsKey(country))
            {
                return country;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?:[Pp]resident|[Pp]rime|[Mm]inister|[Cc]hancellor|[Pp]remier|[Kk]ing|[Qq]ueen|[Ll]eader|[Aa]mbassador|[Ee]nvoy|[Gg]eneral|[Ff]oreign|[Dd]efen[cs]e|[Ff]inance|[Ii]nterior|[Dd]eputy|[Vv]ice|[Ss]ecretary|[Ss]tate)$", RegexOptions.CultureInvariant)]
    private static partial Regex TitleWord();

    [GeneratedRegex(@"\b(?:president|prime\s+minister|minister|chancellor|premier|king|queen|leader|ambassador|envoy|general|foreign\s+secretary|secretary)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PersonTitle();

    /// <summary>Whether the article writes the candidate's surname within five words after the same demonym or country.</summary>
    private static bool IntroducedAs(string candidate, string demonym, string text)
    {
        var surname = PersonRegistry.SurnameOf(candidate);
        for (var at = text.IndexOf(demonym, StringComparison.Ordinal); at >= 0; at = text.IndexOf(demonym, at + 1, StringComparison.Ordinal))
        {
            // "Australian Prime Minister Scott Morrison": the name within the title's few words after the demonym.
            var next = text.AsSpan(at, Math.Min(80, text.Length - at)).ToString().Split(' ', 7);
            if (next.Take(6).Skip(1).Any(w => w.TrimEnd(',', '.', ';', ':', '’', '\'').Replace("’s", string.Empty, StringComparison.Ordinal) == surname))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamedInSentence(string candidate, SentenceInfo sentence)
    {
        // Any capitalised part of the name written in the sentence, whatever the recogniser made of it there, or of a person a
        // pronoun there means: the stem names them in its place ("Yoon accepted the resignation of his defence minister _____").
        var meant = sentence.Pronouns.Select(p => p.Antecedent).OfType<Mention>().Where(m => m.Kind == EntityKind.Person).Select(m => m.Key).ToList();
        return candidate.Split(' ', '-').Any(part => part.Length > 2 && char.IsUpper(part[0]) &&
            (ContainsWord(sentence.Text, part) || meant.Any(name => ContainsWord(name, part))));
    }

    private static bool EvokedIn(CountryEntry country, string sentence) =>
        country.Demonyms.Any(d => ContainsWord(sentence, d)) || ContainsWord(sentence, country.Capital);

    private static bool ContainsWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The words that identify what a name refers to, with acronyms and known aliases expanded, so that "PYD" and
    /// "Democratic Union Party", "U.S." and "United States", "Assange" and "Julian Assange" compare as one referent.
    /// </summary>
    private static HashSet<string> Referent(string name, ArticleAnalysis analysis)
    {
        var expanded = name;
        var pair = analysis.Acronyms.FirstOrDefault(a => a.Acronym == name);
        if (pair is not null)
        {
            expanded = pair.Expansion;
        }
        else if (analysis.Gazetteer.TryLookup(name, out var hit))
        {
            expanded = hit.Canonical;
        }

        var words = AnswerTypes.NameWords(expanded);
        if (pair is null && analysis.Acronyms.FirstOrDefault(a => a.Expansion == name) is { } own && analysis.Gazetteer.TryLookup(own.Acronym, out var known))
        {
            words.UnionWith(AnswerTypes.NameWords(known.Canonical));
        }

        return words;
    }

    // Words that, hyphenated after a name, describe someone rather than name them: "Australian-born Assange".
    private static readonly HashSet<string> DescriptiveSuffixes = new(Lexicon.Default.Words("descriptiveSuffixes"), StringComparer.Ordinal);

    // Ranks and titles a scraper leaves standing alone ("Lt.", "Gen."): never a person's name.
    private static readonly HashSet<string> RankWords = new(Lexicon.Default.Set(StringComparer.Ordinal, "rankAbbreviations", "honorifics", "academicTitles", "abbreviations"), StringComparer.Ordinal);

    /// <summary>Whether an option could name a person: not a building, a rank, a known place or body, nor a description.</summary>
    public static bool LooksLikePerson(string name, IrGazetteer gazetteer)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length == 1 && (name.Length <= 2 || RankWords.Contains(name.TrimEnd('.')) || name.All(c => !char.IsLetter(c) || char.IsUpper(c))))
        {
            return false;
        }

        if (AnswerTypes.IsSeatOfGovernment(name) || PersonRegistry.IsPlaceOrBodyHead(words[^1]) || gazetteer.TryLookup(name, out _))
        {
            return false;
        }

        return !words.Any(w => w.Split('-', '–').Skip(1).Any(DescriptiveSuffixes.Contains));
    }

    /// <summary>
    /// A wrong option that is part of the answer, or the answer part of it, is not clearly wrong: the UN against the UN
    /// Security Council or a UN agency (UNSC, IAEA), "Yeol" against "Yoon Suk Yeol".
    /// </summary>
    private static bool Related(Mention answer, string candidate, ArticleAnalysis analysis)
    {
        // "Chinese Communist Party" against "Communist Party": one name inside the other names the same thing.
        if (!IsFigure(answer.Kind) && (ContainsWords(candidate, answer.Text) || ContainsWords(answer.Text, candidate)))
        {
            return true;
        }

        if (answer.Kind == EntityKind.Person || answer.Kind == EntityKind.Name)
        {
            var parts = answer.Key.Split(' ');
            return candidate.Split(' ').Any(p => p.Length > 1 && parts.Contains(p, StringComparer.Ordinal));
        }

        if (answer.Kind != EntityKind.Organisation)
        {
            return false;
        }

        var gazetteer = analysis.Gazetteer;
        var answerOrg = answer.Hit?.Organisation ?? (gazetteer.TryLookup(answer.Key, out var a) ? a.Organisation : null);
        var otherOrg = gazetteer.TryLookup(candidate, out var hit) ? hit.Organisation : null;
        var answerNames = new[] { answer.Text, answer.Key, answerOrg?.Acronym, answerOrg?.Name }.OfType<string>().Where(n => n.Length > 1).ToList();
        var otherNames = new[] { candidate, otherOrg?.Acronym, otherOrg?.Name }.OfType<string>().Where(n => n.Length > 1).ToList();
        if (answerNames.Any(x => otherNames.Any(y => StartsWithWord(x, y) || StartsWithWord(y, x))))
        {
            return true;
        }

        // The United Nations against one of its own bodies: both are right in any sentence about either.
        return answerOrg?.Acronym == "UN" && otherOrg?.Class == "un" || otherOrg?.Acronym == "UN" && answerOrg?.Class == "un";
    }

    private static bool IsFigure(EntityKind kind) =>
        kind is EntityKind.Year or EntityKind.Percent or EntityKind.Quantity or EntityKind.Money or EntityKind.Date or EntityKind.Duration or EntityKind.Month;

    private static bool ContainsWords(string longer, string shorter) =>
        longer.Length > shorter.Length && shorter.Length > 1 && Words.ContainsPhrase(Words.Normalize(longer), Words.Normalize(shorter));

    /// <summary>"UNSC" starts with "UN", "United Nations Security Council" with "United Nations"; "UNESCO" does not start "UN " as a word but as an acronym.</summary>
    private static bool StartsWithWord(string longer, string shorter)
    {
        if (longer.Length <= shorter.Length || !longer.StartsWith(shorter, StringComparison.Ordinal))
        {
            return false;
        }

        var acronyms = longer.All(c => char.IsUpper(c) || char.IsDigit(c)) && shorter.All(c => char.IsUpper(c) || char.IsDigit(c));
        return acronyms || !char.IsLetterOrDigit(longer[shorter.Length]);
    }

    private static string Dotless(string text) => Words.Normalize(text).Replace(".", string.Empty, StringComparison.Ordinal);

    /// <summary>
    /// Routes written end to end ("Dostyk–Moyynty, Bakhty–Ayagoz and Darbaza–Maktaaral railroads") have no stock of
    /// distractors, but their ends can be crossed: "Dostyk–Ayagoz" is of the same shape, and the article never names it.
    /// Empty unless every item is two capitalised parts joined by a dash.
    /// </summary>
    public static IEnumerable<string> RecombinedRoutes(IReadOnlyList<string> routes, string articleText)
    {
        var parts = new List<(string From, string Dash, string To)>();
        foreach (var route in routes)
        {
            var match = Route().Match(route);
            if (!match.Success)
            {
                yield break;
            }

            parts.Add((match.Groups["from"].Value, match.Groups["dash"].Value, match.Groups["to"].Value));
        }

        for (var shift = 1; shift < parts.Count; shift++)
        {
            for (var i = 0; i < parts.Count; i++)
            {
                var (from, dash, _) = parts[i];
                var to = parts[(i + shift) % parts.Count].To;
                var crossed = from + dash + to;
                if (from != to && !articleText.Contains(crossed, StringComparison.Ordinal))
                {
                    yield return crossed;
                }
            }
        }
    }

    [GeneratedRegex(@"^(?<from>\p{Lu}[\p{L}'’]+)(?<dash>[–—-])(?<to>\p{Lu}[\p{L}'’]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Route();

    private static IEnumerable<string> YearNeighbours(Mention answer, uint seed, DateOnly? published, string text)
    {
        var year = (int)(answer.Value ?? 0);
        // "the 2016 presidential election": elections come in cycles, and an off-cycle year is wrong by its shape alone.
        // "running in 2024" for office works the same way.
        var before = Math.Max(0, answer.Range.Start - 60);
        int[] offsets = CycleAfter().IsMatch(text.AsSpan(answer.Range.End, Math.Min(40, text.Length - answer.Range.End))) ||
            CycleBefore().IsMatch(text.AsSpan(before, answer.Range.Start - before))
            ? [-4, 4, -8, 8, -12, 12]
            : [-1, 3, 5, -2, 2, -5, 1, -3, 7, -7];
        // A past event gets past years: 2027 is no answer to when something happened in an article of 2022; and a future
        // one future years: nobody runs in 2016 in an article of 2018.
        var latest = published is { } date && year <= date.Year ? date.Year : 2099;
        var earliest = published is { } then && year > then.Year ? then.Year : 1500;
        var rotation = (int)(seed % (uint)offsets.Length);
        for (var i = 0; i < offsets.Length; i++)
        {
            var candidate = year + offsets[(i + rotation) % offsets.Length];
            if (candidate >= earliest && candidate <= latest)
            {
                yield return candidate.ToString(CultureInfo.InvariantCulture);
            }
        }
    }

    [GeneratedRegex(@"^\s+(?:(?:presidential|parliamentary|general|legislative|midterm|congressional)\s+)?(?:elections?|midterms|Olympics|Olympic Games|World Cup)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CycleAfter();

    [GeneratedRegex(@"\b(?:run|runs|running|ran|bid|candidacy|campaign|re-?election)\s+(?:for\s+(?:president|the\s+presidency|office|re-?election|a\s+second\s+term)\s+)?in\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CycleBefore();

    /// <summary>Neighbours that keep the answer's wording: "80%" → "70%", "five billion" → "four billion", "1,400" → "2,100".</summary>
    public static IEnumerable<string> NumericNeighbours(string text, uint seed)
    {
        var word = WordNumberPart().Match(text);
        if (word.Success)
        {
            var n = Array.FindIndex(NumberWords, w => w.Equals(word.Value, StringComparison.OrdinalIgnoreCase));
            int[] offsets = [-1, 1, -2, 2, 3, -3];
            foreach (var candidate in Rotate(offsets, seed).Select(o => n + o).Where(v => v is >= 2 and <= 20))
            {
                var replacement = NumberWords[candidate];
                if (char.IsUpper(word.Value[0]))
                {
                    replacement = char.ToUpperInvariant(replacement[0]) + replacement[1..];
                }

                yield return text[..word.Index] + replacement + text[(word.Index + word.Length)..];
            }

            yield break;
        }

        var number = NumberPart().Match(text);
        if (!number.Success)
        {
            yield break;
        }

        var raw = number.Value;
        var value = decimal.Parse(raw.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
        var decimals = raw.Contains('.', StringComparison.Ordinal) ? raw.Length - raw.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        // "$843 billion" → "$1,473 billion": a neighbour of four digits or more is grouped even when the answer had no comma.
        var grouped = raw.Contains(',', StringComparison.Ordinal) || value < 1000;
        var isPercent = text.Contains('%', StringComparison.Ordinal) || text.Contains("cent", StringComparison.OrdinalIgnoreCase);
        foreach (var candidate in NeighbourValues(value, decimals, isPercent, seed))
        {
            var formatted = candidate.ToString((grouped || candidate >= 10_000 ? "#,##0" : "0") + (decimals > 0 ? "." + new string('0', decimals) : string.Empty), CultureInfo.InvariantCulture);
            yield return text[..number.Index] + formatted + text[(number.Index + number.Length)..];
        }
    }

    private static IEnumerable<decimal> NeighbourValues(decimal value, int decimals, bool isPercent, uint seed)
    {
        decimal step;
        if (decimals > 0)
        {
            // Three units of the last decimal at least: 0.4% / 0.6% / 0.7% against 0.5% tests memory of a digit, not the fact.
            step = Math.Max(Math.Round(value * 0.2m, decimals), 3 * (decimal)Math.Pow(10, -decimals));
        }
        else if (isPercent)
        {
            step = value >= 20 && value % 10 == 0 ? 10 : value % 5 == 0 && value >= 10 ? 5 : Math.Max(1, Math.Round(value * 0.2m));
        }
        else
        {
            // Round to the answer's own precision so that 1,400 yields 1,100 or 2,100 rather than 1,433.
            var magnitude = (decimal)Math.Pow(10, Math.Max(0, Math.Floor(Math.Log10((double)Math.Max(1, value))) - 1));
            step = Math.Max(1, Math.Round(value * 0.25m / magnitude) * magnitude);
        }

        int[] multiples = [-1, 1, 2, -2, 3];
        foreach (var k in Rotate(multiples, seed))
        {
            var candidate = value + (k * step);
            if (candidate > 0 && (!isPercent || candidate < 100))
            {
                yield return candidate;
            }
        }

        // "90%" has room above it for none: it takes the shares further below ("60%") rather than go without options.
        for (var k = 3; isPercent && k <= 4 && value - (k * step) > 0; k++)
        {
            yield return value - (k * step);
        }
    }

    private static IEnumerable<string> DateNeighbours(string text, uint seed)
    {
        var match = Numbers.MatchDate(text);
        var dayGroup = match.Groups["d1"].Success ? match.Groups["d1"] : match.Groups["d2"];
        if (dayGroup.Success)
        {
            var day = int.Parse(dayGroup.Value, CultureInfo.InvariantCulture);
            // "June 6-10" moves as a whole: "June 16-20".
            var endGroup = match.Groups["d2end"];
            var length = endGroup.Success ? int.Parse(endGroup.Value, CultureInfo.InvariantCulture) - day : 0;
            int[] offsets = [10, -10, 7, -7, 14, -3, 3];
            foreach (var candidate in Rotate(offsets, seed).Select(o => day + o).Where(d => d is >= 1 && d + length <= 28))
            {
                var moved = candidate.ToString(CultureInfo.InvariantCulture);
                if (endGroup.Success)
                {
                    yield return text[..dayGroup.Index] + moved + text[(dayGroup.Index + dayGroup.Length)..endGroup.Index] +
                        (candidate + length).ToString(CultureInfo.InvariantCulture) + text[(endGroup.Index + endGroup.Length)..];
                }
                else
                {
                    yield return text[..dayGroup.Index] + moved + text[(dayGroup.Index + dayGroup.Length)..];
                }
            }

            yield break;
        }

        var monthGroup = match.Groups["m3"];
        if (monthGroup.Success)
        {
            var month = Numbers.MonthIndex(monthGroup.Value);
            int[] offsets = [-2, 3, -4, 5, 1];
            foreach (var o in Rotate(offsets, seed))
            {
                var candidate = Numbers.MonthNames[((month + o) % 12 + 12) % 12];
                if (candidate != "May")
                {
                    yield return candidate + text[(monthGroup.Index + monthGroup.Length)..];
                }
            }
        }
    }

    private static IEnumerable<string> MonthNeighbours(string text, uint seed)
    {
        var month = Numbers.MonthIndex(text);
        int[] offsets = [-2, 3, -4, 5, 2, -3, 4];
        foreach (var o in Rotate(offsets, seed))
        {
            yield return Numbers.MonthNames[((month + o) % 12 + 12) % 12];
        }
    }

    /// <summary>"seven years" → "five years", "50 weeks" → "40 weeks", "18-year" → "14-year", "a month" → "three months".</summary>
    public static IEnumerable<string> DurationNeighbours(string text, uint seed)
    {
        var match = DurationParts().Match(text);
        if (!match.Success)
        {
            yield break;
        }

        var amount = match.Groups["n"].Value;
        var separator = match.Groups["sep"].Value;
        var unit = match.Groups["unit"].Value;
        var singular = unit.Equals("centuries", StringComparison.OrdinalIgnoreCase) ? "century" : unit.TrimEnd('s');
        var plural = singular.Equals("century", StringComparison.OrdinalIgnoreCase) ? "centuries" : singular + "s";
        if (amount.Equals("a", StringComparison.OrdinalIgnoreCase) || amount.Equals("an", StringComparison.OrdinalIgnoreCase) ||
            amount.Equals("one", StringComparison.OrdinalIgnoreCase) || amount == "1")
        {
            string[] others = ["three", "two", "six", "four"];
            foreach (var other in Rotate([0, 1, 2, 3], seed).Select(i => others[i]))
            {
                yield return separator == "-" ? other + "-" + singular : other + " " + plural;
            }

            yield break;
        }

        foreach (var neighbour in NumericNeighbours(amount, seed))
        {
            var isOne = neighbour is "one" or "One" or "1";
            yield return neighbour + separator + (separator == "-" || isOne ? singular : plural);
        }
    }

    [GeneratedRegex(@"^(?<n>.+?)(?<sep>[ -])(?<unit>[A-Za-z]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationParts();

    // "at the border with _____", "neighbouring _____": only a country of the same part of the world can be a neighbour.
    [GeneratedRegex(@"\b(?:borders?|bordering|neighbou?ring|neighbou?rs?|adjacent\s+to)\s+(?:with\s+)?(?:the\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Bordering();

    private static IEnumerable<string> Countries(Mention answer, ArticleAnalysis analysis, uint seed, bool neighboursOnly)
    {
        var region = answer.Hit?.Country?.Region;
        var named = analysis.DistinctOfKind(EntityKind.Country).ToLookup(m => m.Hit?.Country?.Region == region);

        // The answer's part of the world first, from the article and then from the gazetteer: "assisting _____'s chemical
        // weapons program" offered Germany and the United States against Syria because the article named them.
        // Never a country drawn from anywhere on the map (Bhutan against Afghanistan's captors).
        var neighbours = named[true].Select(m => m.Key)
            .Concat(HashOrder(analysis.Gazetteer.Countries.Where(c => c.Region == region).Select(c => c.Name), seed));

        // Only then the article's other countries, where the region has too few ("at the border with _____" never).
        return neighboursOnly ? neighbours : neighbours.Concat(named[false].Select(m => m.Key));
    }

    private static IEnumerable<string> Cities(Mention answer, ArticleAnalysis analysis, uint seed)
    {
        foreach (var mention in analysis.DistinctOfKind(EntityKind.City))
        {
            yield return mention.Key;
        }

        var country = answer.Hit?.City?.Country;
        var region = country is not null && analysis.Gazetteer.CountryByName.TryGetValue(country, out var entry) ? entry.Region : null;
        foreach (var capital in HashOrder(analysis.Gazetteer.Countries.Where(c => c.Region == region).Select(c => c.Capital), seed))
        {
            yield return capital;
        }
    }

    private static IEnumerable<string> Regions(ArticleAnalysis analysis, uint seed)
    {
        foreach (var mention in analysis.DistinctOfKind(EntityKind.Region))
        {
            yield return mention.Key;
        }

        foreach (var region in HashOrder(analysis.Gazetteer.Regions, seed))
        {
            yield return region;
        }
    }

    private static IEnumerable<string> Organisations(Mention answer, ArticleAnalysis analysis, uint seed)
    {
        var wantAcronym = answer.Text.Length <= 10 && answer.Text.Count(char.IsUpper) >= 2 && !answer.Text.Contains(' ', StringComparison.Ordinal);
        string Form(string acronym, string name) => wantAcronym ? acronym : name;

        // An institution the gazetteer classes (a UN body, a development bank) is offered only its own class: the
        // article's courts, parties and offices are of another kind ("Supreme Court" for the Security Council).
        var orgClass = answer.Hit?.Organisation?.Class;
        foreach (var mention in analysis.DistinctOfKind(EntityKind.Organisation))
        {
            if (orgClass is not null && (mention.Hit?.Organisation?.Class ?? (analysis.Gazetteer.TryLookup(mention.Key, out var known) ? known.Organisation?.Class : null)) != orgClass)
            {
                continue;
            }

            var pair = analysis.Acronyms.FirstOrDefault(a => a.Expansion == mention.Key || a.Acronym == mention.Text);
            if (pair is not null)
            {
                yield return Form(pair.Acronym, pair.Expansion);
            }
            else if (!wantAcronym && mention.Key.Contains(' ', StringComparison.Ordinal))
            {
                yield return mention.Key;
            }
        }

        // Then institutions of the same class; never one drawn from the whole list (ICAO against the IMF's forecast).
        var subtype = AnswerTypes.Subtype(answer.Text, analysis.Gazetteer);
        foreach (var org in HashOrder(analysis.Gazetteer.Organisations.Where(o => orgClass is not null ? o.Class == orgClass : AnswerTypes.Subtype(o.Name, analysis.Gazetteer) == subtype), seed, o => o.Name))
        {
            yield return Form(org.Acronym, org.Name);
        }
    }

    private static IEnumerable<string> Treaties(Mention answer, ArticleAnalysis analysis)
    {
        foreach (var mention in analysis.DistinctOfKind(EntityKind.Treaty))
        {
            yield return mention.Key;
        }

        var year = answer.Hit?.Treaty?.Year ?? 1990;
        foreach (var treaty in analysis.Gazetteer.Treaties.OrderBy(t => Math.Abs(t.Year - year)).ThenBy(t => t.Name, StringComparer.Ordinal))
        {
            yield return treaty.Name;
        }
    }

    private static IEnumerable<string> People(Mention answer, ArticleAnalysis analysis)
    {
        var surnameOnly = !answer.Text.Contains(' ', StringComparison.Ordinal);
        var honorific = HonorificBefore(analysis.Text, answer.Range);
        // An official is answered among officials: hostages, victims or bystanders the article names are not plausible
        // as a Secretary of State, and a hospital director is not plausible as a president.
        var roles = Roles(analysis);
        var role = roles.GetValueOrDefault(answer.Key, roles.GetValueOrDefault(answer.Text));
        var answerWords = AnswerTypes.NameWords(answer.Key);
        answerWords.UnionWith(AnswerTypes.NameWords(answer.Text));

        // "President _____": people the article also calls "President" come first, then the other officials.
        var title = TitleBefore(analysis.Text, answer.Range);
        var titles = Titles(analysis);
        var people = analysis.DistinctOfKind(EntityKind.Person)
            .OrderByDescending(m => title is not null && (titles.GetValueOrDefault(m.Key)?.Contains(title) == true || titles.GetValueOrDefault(m.Text)?.Contains(title) == true));
        foreach (var mention in people)
        {
            // "Ms. _____" is answered by the only woman among the options: after an honorific, only people the article gives the same one.
            if (mention.Key == answer.Key || honorific is not null && analysis.HonorificOf(mention.Key) != honorific ||
                role > PersonRole.None && roles.GetValueOrDefault(mention.Key) != role)
            {
                continue;
            }

            // "Yoon" and "Yoon Suk Yeol" are one man: compare the full names, not the surname shown.
            var words = AnswerTypes.NameWords(mention.Key);
            if (words.IsSubsetOf(answerWords) || answerWords.IsSubsetOf(words))
            {
                continue;
            }

            yield return surnameOnly ? AcceptedAnswers.ShortName(mention.Key) : mention.Key;
        }
    }

    /// <summary>The office written right before a name ("President", "Secretary of State", "Lt. Gen."), in lower case, or null.</summary>
    private static string? TitleBefore(string text, TextRange name)
    {
        var found = RoleBefore().Match(text[Math.Max(0, name.Start - 40)..name.Start]);
        return found.Success ? Words.CollapseSpace(found.Value.Trim().TrimEnd(',', '.')).ToLowerInvariant() : null;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ArticleAnalysis, Dictionary<string, HashSet<string>>> TitlesCache = new();

    /// <summary>Every office the article writes right before each person's name: "Secretary of State Mike Pompeo" gives him "secretary of state".</summary>
    private static Dictionary<string, HashSet<string>> Titles(ArticleAnalysis analysis) => TitlesCache.GetValue(analysis, a =>
    {
        var titles = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var mention in a.Sentences.SelectMany(s => s.Mentions).Where(m => m.Kind is EntityKind.Person))
        {
            if (TitleBefore(a.Text, mention.Range) is not { } title)
            {
                continue;
            }

            foreach (var name in new[] { mention.Key, mention.Text })
            {
                if (!titles.TryGetValue(name, out var set))
                {
                    titles[name] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(title);
            }
        }

        return titles;
    });

    /// <summary>Whether the article gives the named person an office or a role ("the Home Secretary, Sajid Javid").</summary>
    internal static bool HasRole(string name, ArticleAnalysis analysis) => Roles(analysis).ContainsKey(name);

    /// <summary>What the article makes of a person: nothing, a role (director, economist), or a political office.</summary>
    private enum PersonRole
    {
        None,
        Role,
        Office,
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ArticleAnalysis, Dictionary<string, PersonRole>> RolesCache = new();

    /// <summary>
    /// The people the article gives an office or a role: a title before the name ("Secretary of State Mike Pompeo",
    /// "campaign chairman John Podesta") or an appositive after it ("Jane Roe, the central bank's governor").
    /// </summary>
    private static Dictionary<string, PersonRole> Roles(ArticleAnalysis analysis) => RolesCache.GetValue(analysis, a =>
    {
        var roles = new Dictionary<string, PersonRole>(StringComparer.Ordinal);
        var text = a.Text;
        foreach (var sentence in a.Sentences)
        {
            // Names the recogniser could not call people ("the Home Secretary, Sajid Javid", named once) count as well.
            foreach (var mention in sentence.Mentions.Where(m => m.Kind is EntityKind.Person or EntityKind.Name))
            {
                var from = Math.Max(sentence.Range.Start, mention.Range.Start - 40);
                var before = RoleBefore().Match(text[from..mention.Range.Start]);
                var after = RoleAfter().Match(text[mention.Range.End..Math.Min(sentence.Range.End, mention.Range.End + 80)]);
                var found = before.Success ? before : after;
                if (!found.Success)
                {
                    continue;
                }

                var role = OfficeWord().IsMatch(found.Groups["role"].Value) ? PersonRole.Office : PersonRole.Role;
                foreach (var name in new[] { mention.Key, mention.Text })
                {
                    if (roles.GetValueOrDefault(name) < role)
                    {
                        roles[name] = role;
                    }
                }
            }
        }

        return roles;
    });

    private const string RoleWords =
        "President|Minister|Secretary|Chancellor|Ambassador|Senator|Governor|Spokes(?:person|man|woman)|Director(?:-General)?|Chair(?:man|woman|person)?|" +
        "Commissioner|Envoy|King|Queen|Prince|Emir|Sultan|Premier|Leader|General|Admiral|Mayor|Speaker|Chief|Head|Representative|Congress(?:man|woman)|" +
        "Lawmaker|Diplomat|Negotiator|Counterpart|Commander|Official|Adviser|Advisor|Economist|Prosecutor|Judge|Justice|Founder|Editor|Editor-in-Chief|Pope|Ayatollah|" +
        "Successor|Predecessor|Replacement";

    // "Secretary of State Ruth Calder", "Minister of Foreign Affairs Ali Sabri": the office may name its portfolio.
    [GeneratedRegex(@"\b(?<role>" + RoleWords + @")(?:\s+of\s+(?:the\s+)?\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)?\.?,?\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RoleBefore();

    [GeneratedRegex(@"^,\s+(?:(?:the|a|an|who\s+(?:is|was)|its|his|her|their)\s+)?(?:[\p{L}’'.-]+\s+){0,5}?(?<role>" + RoleWords + @")\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RoleAfter();

    // Offices of state: a president's slot is filled by politicians and diplomats, not by the article's doctors or analysts.
    [GeneratedRegex(@"^(?:President|Minister|Secretary|Chancellor|Ambassador|Senator|Governor|Spokes(?:person|man|woman)|Commissioner|Envoy|King|Queen|Prince|Emir|Sultan|Premier|Leader|Mayor|Speaker|Representative|Congress(?:man|woman)|Lawmaker|Diplomat|Negotiator|Counterpart|Ayatollah)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OfficeWord();

    private static IEnumerable<string> Names(Mention answer, ArticleAnalysis analysis)
    {
        var hyphenated = answer.Text.Contains('-', StringComparison.Ordinal) || answer.Text.Contains('–', StringComparison.Ordinal);
        var parts = answer.Text.Split(' ');
        // "Scarborough Shoal" needs another shoal, not "Cold War": a name ending in a common head keeps that head.
        var head = parts.Length > 1 && PlaceHeads.Contains(parts[^1]) ? parts[^1] : null;
        if (head is null && !hyphenated)
        {
            // A name of unknown kind could be a person, a place, a paper or a militia: no other name is safely of its kind.
            yield break;
        }

        var shape = HyphenShape(answer.Text);
        foreach (var mention in analysis.DistinctOfKind(EntityKind.Name))
        {
            var otherHyphenated = mention.Text.Contains('-', StringComparison.Ordinal) || mention.Text.Contains('–', StringComparison.Ordinal);
            var otherParts = mention.Text.Split(' ');
            // "Cuba-style" needs another "-style", "Iran-Iraq" another pair of names: "AK-47s" or "English-language" is another kind.
            if (otherHyphenated == hyphenated && otherParts.Length == parts.Length && (head is null || otherParts[^1] == head) &&
                (!hyphenated || HyphenShape(mention.Text) == shape))
            {
                yield return mention.Text;
            }
        }
    }

    /// <summary>"Cuba-style" → "X-style", "Iran-Iraq" → "X-X", "AK-47s" → "X-47s": capitalised parts stand for any name.</summary>
    private static string HyphenShape(string text) =>
        string.Join("-", text.Split('-', '–').Select(part => part.Length > 0 && char.IsUpper(part[0]) ? "X" : part));

    private static string? HonorificBefore(string text, TextRange answer)
    {
        var before = text.AsSpan(0, answer.Start).TrimEnd();
        foreach (var honorific in Honorifics)
        {
            if (before.EndsWith(honorific, StringComparison.Ordinal) && (before.Length == honorific.Length || !char.IsLetter(before[^(honorific.Length + 1)])))
            {
                return honorific.TrimEnd('.');
            }
        }

        return null;
    }

    internal static readonly string[] Honorifics = [.. Lexicon.Default.Words("honorifics").Select(h => h + "."), .. Lexicon.Default.Words("honorifics")];

    private static readonly HashSet<string> PlaceHeads = new(Lexicon.Default.Words("placeHeads"), StringComparer.Ordinal);

    private static IEnumerable<string> Concepts(Mention answer, ArticleAnalysis analysis, uint seed)
    {
        foreach (var mention in analysis.DistinctOfKind(EntityKind.Concept))
        {
            yield return mention.Text;
        }

        foreach (var concept in HashOrder(analysis.Gazetteer.Concepts.Where(c => char.IsLower(c[0]) && c.Split(' ').Length == answer.Text.Split(' ').Length), seed))
        {
            yield return concept;
        }
    }

    private static IEnumerable<int> Rotate(int[] values, uint seed)
    {
        var rotation = (int)(seed % (uint)values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            yield return values[(i + rotation) % values.Length];
        }
    }

    private static IEnumerable<string> HashOrder(IEnumerable<string> items, uint seed) => HashOrder(items, seed, s => s);

    /// <summary>
    /// Every item once, in an order fixed by the seed: start anywhere, stride by a prime. Linear and lazy,
    /// so taking three distractors from two hundred countries costs three steps, not a sort.
    /// </summary>
    private static IEnumerable<T> HashOrder<T>(IEnumerable<T> items, uint seed, Func<T, string> key)
    {
        _ = key;
        var list = items as IReadOnlyList<T> ?? items.ToList();
        var count = list.Count;
        if (count == 0)
        {
            yield break;
        }

        const long Stride = 7919;
        var start = (long)(seed % (uint)count);
        for (long i = 0; i < count; i++)
        {
            yield return list[(int)((start + (i * Stride)) % count)];
        }
    }
}
