using System.Collections.Frozen;
using System.Text.RegularExpressions;
using IRLearn.QuestionGeneration.Gazetteer;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Entities;

/// <summary>
/// Finds named entities in a sentence: the gazetteer first (longest match), then capitalised chunks
/// whose head word marks an organisation or a treaty, then people (by title, by a speech verb, or by a
/// name the article already introduced), then other proper names, then IR concepts.
/// </summary>
public sealed partial class EntityRecognizer(IrGazetteer gazetteer, PersonRegistry people)
{
    // Newspapers are organisations too ("The Kampala Times"); "Press" is left out, for it also heads a title ("Press Secretary").
    private static readonly FrozenSet<string> OrganisationHeads = Lexicon.Default.Words("organisationHeads")
        .Concat(Lexicon.Default.Groups("organisationSubtypes").Single(g => g.Name == "media").Words.Where(w => w != "Press"))
        .ToFrozenSet(StringComparer.Ordinal);

    // Plural owners that begin names of bodies: "People's Bank of China", "Workers' Party", "Women's Protection Units".
    private static readonly FrozenSet<string> CollectiveOwners = Lexicon.Default.Set(StringComparer.Ordinal, "collectiveOwners");

    private static readonly FrozenSet<string> TreatyHeads = Lexicon.Default.Set(StringComparer.Ordinal, "treatyHeads");

    private static readonly FrozenSet<string> Connectors = Lexicon.Default.Set(StringComparer.Ordinal, "nameConnectors", "innerNameWords");

    // Number words, capitalised: "Group of Twenty".
    private static readonly FrozenSet<string> NumberNames = Lexicon.Capitalised(Lexicon.Default.Words("numberWords")).ToFrozenSet(StringComparer.Ordinal);

    // Capitalised words that open sentences or mark time and are not names.
    internal static readonly FrozenSet<string> NotNames = Lexicon.Default.Set(
            StringComparer.Ordinal, "notNames", "determiners", "weekdays", "months", "honorifics", "academicTitles", "titles", "titleQualifiers", "compassPoints")
        .Union(NumberNames).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Titles that are also family names ("Kevin King"): a name may end with one.</summary>
    internal static readonly FrozenSet<string> SurnameTitles = FrozenSet.ToFrozenSet(["King", "Queen"], StringComparer.Ordinal);

    // Function words a sentence may put in front of a name ("Whether the Arctic Council can …"); never part of it.
    private static readonly FrozenSet<string> SentenceWords = Lexicon.Default.Set(StringComparer.Ordinal, "wordsBeforeNames");
    private static readonly FrozenSet<string> Waters = Lexicon.Default.Set(StringComparer.Ordinal, "waters");

    [GeneratedRegex(@"\b[a-z]+-[a-z]+(?:-[a-z]+)?\s+(?:[a-z]+\s+)?(?:solution|policy|approach|order|system|strategy|agreement|deal|framework|initiative|partnership|cooperation|security|relations|dialogue|diplomacy|power|world|conflict|war|economy|energy|transition|corridor|route)\b", RegexOptions.CultureInvariant)]
    private static partial Regex HyphenatedConcept();

    // "a political ideology called liberal municipalism", "a strategy known as forward island defence": a lower-case name
    // the article gives an idea. Two to four words, up to the clause's end or a word that starts another phrase.
    [GeneratedRegex(@"\b(?<head>[a-z]+)\s+(?:called|known\s+as|termed|dubbed)\s+(?<term>[a-z][a-z-]+(?:\s+[a-z][a-z-]+){1,3}?)(?=\s*(?:[,.;:)—–]|$)|\s+(?:that|which|who|and|or|but|to|in|of|for|by|with|on|as|from|at|is|was|has|had|were|are)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex NamedTerm();

    private static readonly FrozenSet<string> TermHeads = Lexicon.Default.Set(StringComparer.Ordinal, "termHeads");

    private static readonly FrozenSet<string> GradingModifiers = Lexicon.Default.Set(StringComparer.Ordinal, "gradingModifiers");

    // "the extradition law", "a recent face mask ban", "a military crackdown": a determiner, up to three lower-case words,
    // then a measure's head noun (lexicon "measureHeads"); MeasureName decides which of the words name the measure.
    private static readonly Regex MeasureTerm = new(
        @"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?<term>(?:[a-z][a-z-]*\s+){1,3}?(?:" +
        string.Join('|', Lexicon.Default.Words("measureHeads").Select(Regex.Escape)) + @"))\b(?![-’'])",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public List<Mention> Recognize(string text, TextRange sentence)
    {
        var mentions = new List<Mention>();
        Numbers.Find(text, sentence, mentions);
        var tokens = Words.Tokens(text, sentence);
        var i = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i].Slice(text);
            if (!StartsName(token) || Overlaps(mentions, tokens[i]))
            {
                i++;
                continue;
            }

            var next = TryName(text, tokens, i, i == 0 || IsSentenceInitial(text, sentence, tokens[i]), mentions);
            i = next > i ? next : i + 1;
        }

        FindConcepts(text, sentence, tokens, mentions);
        mentions.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
        JoinCountryPrefixes(text, mentions);
        return mentions;
    }

    /// <summary>
    /// "the U.S.-Norland Nuclear Consultative Group": a body or treaty named after the countries it joins is one name with
    /// its hyphenated prefix, not a country followed by a fragment.
    /// </summary>
    private static void JoinCountryPrefixes(string text, List<Mention> mentions)
    {
        for (var k = mentions.Count - 1; k > 0; k--)
        {
            var name = mentions[k];
            var prefix = mentions[k - 1];
            if (name.Kind is EntityKind.Organisation or EntityKind.Treaty && name.Hit is null && prefix.Kind == EntityKind.Country &&
                prefix.Range.End + 1 == name.Range.Start && text[prefix.Range.End] == '-')
            {
                var range = new TextRange(prefix.Range.Start, name.Range.End - prefix.Range.Start);
                var surface = range.Slice(text);
                mentions[k - 1] = new Mention(name.Kind, range, surface, surface);
                mentions.RemoveAt(k);
            }
        }
    }

    private int TryName(string text, List<TextRange> tokens, int i, bool sentenceInitial, List<Mention> mentions)
    {
        var token = tokens[i].Slice(text);

        // Titles introduce people: "President Kassym-Jomart Tokayev".
        var titleLength = PersonRegistry.TitleLength(text, tokens, i);
        if (titleLength > 0)
        {
            var nameEnd = PersonRegistry.NameEnd(text, tokens, i + titleLength, gazetteer);
            if (nameEnd > i + titleLength)
            {
                var range = Span(tokens, i + titleLength, nameEnd - 1);
                var name = range.Slice(text);
                mentions.Add(new Mention(EntityKind.Person, range, name, people.Canonical(name)));
                return nameEnd;
            }
        }

        var (gazetteerEnd, hit) = LongestGazetteerMatch(text, tokens, i);
        var chunkEnd = ChunkEnd(text, tokens, i);
        if (sentenceInitial && hit is null && chunkEnd - i >= 2 && (people.MatchKnown(text, tokens, i + 1) > i + 1 || LongestGazetteerMatch(text, tokens, i + 1).Hit is not null))
        {
            // "Later Tokayev answered": the opening word is capitalised for the sentence, the name starts after it.
            return i + 1;
        }

        var chunkKind = ChunkKind(text, tokens, i, chunkEnd);

        if (chunkKind is not null && chunkEnd > gazetteerEnd && !(sentenceInitial && chunkEnd - i == 1))
        {
            // "The Arctic Council", "Whether the Arctic Council": sentence words before the name are not part of it.
            var start = i;
            while (start < chunkEnd - 1 && SentenceWords.Contains(tokens[start].Slice(text)))
            {
                start++;
            }

            if (start > i && chunkEnd - start < 2)
            {
                return start;
            }

            var range = Span(tokens, start, chunkEnd - 1);
            var surface = Words.CollapseSpace(range.Slice(text));
            var known = gazetteer.TryLookup(surface, out var chunkHit) ? chunkHit : null;
            mentions.Add(new Mention(chunkKind.Value, range, surface, known?.Canonical ?? surface) { Hit = known });
            return chunkEnd;
        }

        if (hit is not null)
        {
            var range = Span(tokens, i, gazetteerEnd - 1);
            var kind = hit.Kind switch
            {
                GazetteerKind.Country => EntityKind.Country,
                GazetteerKind.City => EntityKind.City,
                GazetteerKind.Organisation => EntityKind.Organisation,
                GazetteerKind.Region => EntityKind.Region,
                _ => EntityKind.Treaty,
            };
            mentions.Add(new Mention(kind, range, range.Slice(text), hit.Canonical) { Hit = hit });
            return gazetteerEnd;
        }

        var personEnd = people.MatchKnown(text, tokens, i);
        if (personEnd > i && personEnd < tokens.Count && OnlySpaceBetween(text, tokens[personEnd - 1], tokens[personEnd]) &&
            HyphenatedGivenName().IsMatch(tokens[personEnd].Slice(text)))
        {
            // "Han Min-jun" in an article that knows "Han Sun-hee": a family name before a hyphenated given name is
            // another person of that family, named in full.
            var range = Span(tokens, i, personEnd);
            var name = range.Slice(text);
            mentions.Add(new Mention(EntityKind.Person, range, name, people.Canonical(name)));
            return personEnd + 1;
        }

        if (personEnd > i)
        {
            var range = Span(tokens, i, personEnd - 1);
            var name = range.Slice(text);
            mentions.Add(new Mention(EntityKind.Person, range, name, people.Canonical(name)));
            return personEnd;
        }

        // A capitalised word opening the sentence is a name only when its shape says so ("COP28", "BRICS", "Kassym-Jomart"),
        // even when a name follows after a small word ("Exports to Togo", "Outside the United States").
        var nameRangeEnd = ProperNameEnd(text, tokens, i);
        if (NotNames.Contains(token) || (sentenceInitial && nameRangeEnd - i == 1 && !token.Contains('-', StringComparison.Ordinal) &&
            !token.Any(char.IsDigit) && token.Count(char.IsUpper) < 2))
        {
            return i + 1;
        }

        if (nameRangeEnd - i >= 3 && LooksLikeDemonym(token) && !PersonRegistry.IsPlaceOrBodyHead(tokens[nameRangeEnd - 1].Slice(text)))
        {
            // "American Kevin King", "Australian Timothy Weeks": the nationality describes the person; the name starts after it.
            // A place keeps it: "the Vestarian Friendship Hospital".
            return i + 1;
        }

        for (var j = i + 1; j < nameRangeEnd; j++)
        {
            if (people.MatchKnown(text, tokens, j) >= nameRangeEnd && AfterMiddleInitial(text, tokens, i, j))
            {
                // "Richard A. Grenell" when the article also says "Mr. Grenell": the whole name is the person's.
                var fullRange = Span(tokens, i, nameRangeEnd - 1);
                var full = fullRange.Slice(text);
                mentions.Add(new Mention(EntityKind.Person, fullRange, full, people.Canonical(full)));
                return nameRangeEnd;
            }

            if (people.MatchKnown(text, tokens, j) >= nameRangeEnd)
            {
                // "Prosecution Eva-Marie Persson": the end of the run is a person the article names; the words before are an office.
                return j;
            }
        }

        var nameRange = Span(tokens, i, nameRangeEnd - 1);
        var proper = nameRange.Slice(text);
        if (FacilityHeadAt(text, tokens, nameRangeEnd, proper) is { } facility)
        {
            // "held at Belmarsh prison", "refuge at the Ecuadorean embassy": the place is the name with its lower-case head.
            var facilityRange = Span(tokens, i, facility);
            mentions.Add(new Mention(EntityKind.Name, facilityRange, facilityRange.Slice(text), facilityRange.Slice(text)));
            return facility + 1;
        }

        if ((!LooksLikeDemonym(proper) && !UsedAsAdjective(text, tokens, nameRangeEnd, proper)) || HeadNounFollows(text, nameRange))
        {
            mentions.Add(new Mention(EntityKind.Name, nameRange, proper, proper));
        }

        return nameRangeEnd;
    }

    private (int End, GazetteerHit? Hit) LongestGazetteerMatch(string text, List<TextRange> tokens, int i)
    {
        var limit = Math.Min(tokens.Count, i + gazetteer.MaxTokens);
        for (var end = limit; end > i; end--)
        {
            var range = Span(tokens, i, end - 1);
            var surface = text.AsSpan(range.Start, range.Length);
            if (surface.Contains(". ", StringComparison.Ordinal) || surface.Contains(';'))
            {
                continue;
            }

            if (gazetteer.TryLookup(surface, out var hit))
            {
                return (end, hit);
            }
        }

        return (i, null);
    }

    /// <summary>The end of a run of capitalised words joined by "of", "for", "and", "the" (and "in" once an organisation head was seen).</summary>
    private static int ChunkEnd(string text, List<TextRange> tokens, int i)
    {
        var end = i + 1;
        var sawHead = IsHead(tokens[i].Slice(text));
        var k = i + 1;
        while (k < tokens.Count)
        {
            if (PossessiveInsideName(text, tokens, i, k) is var possessive and > 0)
            {
                // "Magistrate's Court": the possessive's "s" is a token of its own; the name goes on after it.
                k += possessive - 1;
            }
            else if (!OnlySpaceBetween(text, tokens[k - 1], tokens[k]) && !CommaInsideName(text, tokens, k))
            {
                break;
            }

            var word = tokens[k].Slice(text);
            // "Group of Four", "Group of 77": after a head and "of", a capitalised number is part of the name.
            var numberAfterOf = sawHead && tokens[k - 1].Slice(text) == "of" && (NumberNames.Contains(word) || word.Length <= 3 && word.All(char.IsDigit));
            if (StartsName(word) && !NotNames.Contains(word) || numberAfterOf)
            {
                sawHead |= IsHead(word);
                end = k + 1;
                k++;
                continue;
            }

            // "in" continues a name only mid-phrase ("Measures in Asia"), never straight after a head ("Treaty in Washington");
            // nor does "and" unless another head follows: "the Labour Party and Mensah’s rival" is a name and more words. A
            // country ends its name before "on": "the Republic of Azerbaijan on Port Cooperation" is a party, then a subject.
            var afterHead = IsHead(tokens[k - 1].Slice(text));
            if (Connectors.Contains(word) && (word != "in" || sawHead && !afterHead) && (word != "on" || !AfterCountry(text, tokens, k)) &&
                (word != "and" || sawHead && !JoinsTwoNames(text, tokens, i, k) && (!afterHead || HeadAhead(text, tokens, k + 1)) || !sawHead && HeadAhead(text, tokens, k + 1)))
            {
                k++;
                continue;
            }

            break;
        }

        return end;
    }

    private static bool AfterCountry(string text, List<TextRange> tokens, int k) =>
        IrGazetteer.Default.TryLookup(tokens[k - 1].Slice(text), out var hit) && hit.Kind == GazetteerKind.Country;

    /// <summary>"Belt and Road Forum": before any head, "and" still joins words when the capitalised run after it ends in one.</summary>
    private static bool HeadAhead(string text, List<TextRange> tokens, int from)
    {
        for (var h = from; h < Math.Min(tokens.Count, from + 4) && StartsName(tokens[h].Slice(text)) && OnlySpaceBetween(text, tokens[h - 1], tokens[h]); h++)
        {
            if (IsHead(tokens[h].Slice(text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"the European Union and the United States" is two names, not one.</summary>
    private static bool JoinsTwoNames(string text, List<TextRange> tokens, int start, int and)
    {
        var next = and + 1 < tokens.Count ? tokens[and + 1].Slice(text) : string.Empty;
        return next == "the" || IrGazetteer.Default.TryLookup(Span(tokens, start, and - 1).Slice(text), out _);
    }

    private static bool CommaInsideName(string text, List<TextRange> tokens, int k)
    {
        // "United Nations Educational, Scientific and Cultural Organization" — but not "the European Union, China and Japan":
        // the run after "and" must end in an organisation's head word.
        var gap = text.AsSpan(tokens[k - 1].End, tokens[k].Start - tokens[k - 1].End);
        if (!gap.SequenceEqual(", ") || k + 2 >= tokens.Count || tokens[k + 1].Slice(text) != "and")
        {
            return false;
        }

        for (var h = k + 2; h < Math.Min(tokens.Count, k + 6) && StartsName(tokens[h].Slice(text)); h++)
        {
            if (OrganisationHeads.Contains(tokens[h].Slice(text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Westminster Magistrate's Court", "the People's Liberation Army": a possessive inside a name whose run goes on to an
    /// organisation's head. Not "China's Communist Party" or "Haley's United Nations": a place, a body or a lone name that owns
    /// the name after it stays apart.
    /// </summary>
    private static int PossessiveInsideName(string text, List<TextRange> tokens, int start, int k)
    {
        // Tokens stop at apostrophes: "Magistrate's Court" is "Magistrate", "s", "Court"; "Magistrates' Court" has no "s".
        var gap = text.AsSpan(tokens[k - 1].End, tokens[k].Start - tokens[k - 1].End);
        var next = gap is "'" or "’" && tokens[k].Slice(text) == "s" && k + 1 < tokens.Count && OnlySpaceBetween(text, tokens[k], tokens[k + 1]) ? k + 1
            : gap is "' " or "’ " ? k : -1;
        if (next < 0 || !StartsName(tokens[next].Slice(text)))
        {
            return 0;
        }

        var owner = tokens[k - 1].Slice(text);
        if (IrGazetteer.Default.TryLookup(owner, out _) || IrGazetteer.Default.TryLookup(Span(tokens, start, k - 1).Slice(text), out _) ||
            k - 1 == start && !CollectiveOwners.Contains(owner))
        {
            return 0;
        }

        return IsHead(tokens[next].Slice(text)) || HeadAhead(text, tokens, next + 1) ? next - k + 1 : 0;
    }

    private static bool IsHead(string word) => OrganisationHeads.Contains(word) || TreatyHeads.Contains(word);

    internal static bool IsHeadWord(string word) => IsHead(word);

    private static EntityKind? ChunkKind(string text, List<TextRange> tokens, int start, int end)
    {
        // "the Gulf of Finland", "Bay of Bengal": a body of water named after a place is one region, not "Gulf" and a country.
        var first = start < end && SentenceWords.Contains(tokens[start].Slice(text)) ? start + 1 : start;
        EntityKind? kind = end - first >= 3 && Waters.Contains(tokens[first].Slice(text)) && tokens[first + 1].Slice(text) == "of" ? EntityKind.Region : null;
        for (var k = start; k < end; k++)
        {
            var word = tokens[k].Slice(text);
            if (TreatyHeads.Contains(word))
            {
                kind = EntityKind.Treaty;
            }
            else if (OrganisationHeads.Contains(word))
            {
                kind = word == "Summit" ? EntityKind.Name : EntityKind.Organisation;
            }
        }

        return end - start >= 2 ? kind : null;
    }

    private static int ProperNameEnd(string text, List<TextRange> tokens, int i)
    {
        var end = i + 1;
        while (end < tokens.Count && (OnlySpaceBetween(text, tokens[end - 1], tokens[end]) || AfterMiddleInitial(text, tokens, i, end)) && end - i < 6)
        {
            var word = tokens[end].Slice(text);
            if (NameParticles.Contains(word) && end + 1 < tokens.Count && OnlySpaceBetween(text, tokens[end], tokens[end + 1]) &&
                StartsName(tokens[end + 1].Slice(text)) && !NotNames.Contains(tokens[end + 1].Slice(text)))
            {
                // "Luiz Inacio Lula da Silva", "Mercado Comun del Sur": the particle joins the words around it.
                end += 2;
                continue;
            }

            // "Liu He": inside a run of names a capitalised "He" is a given name, never the pronoun.
            var initial = end + 1 < tokens.Count && AfterMiddleInitial(text, tokens, i, end + 1);
            // "Kevin King and …": a title that is also a family name ends a name when no name follows it.
            var surnameTitle = SurnameTitles.Contains(word) && !(end + 1 < tokens.Count && OnlySpaceBetween(text, tokens[end], tokens[end + 1]) &&
                StartsName(tokens[end + 1].Slice(text)));
            if (!StartsName(word) || NotNames.Contains(word) && word != "He" && !initial && !surnameTitle)
            {
                break;
            }

            end++;
        }

        return end;
    }

    /// <summary>"Richard A. Grenell": a capital letter and a full stop after a first name is a middle initial, not a sentence end.</summary>
    private static bool AfterMiddleInitial(string text, List<TextRange> tokens, int start, int end) =>
        end - start >= 2 && tokens[end - 1].Length == 1 && char.IsUpper(text[tokens[end - 1].Start]) && tokens[end - 2].Length > 1 &&
        text.AsSpan(tokens[end - 1].End, tokens[end].Start - tokens[end - 1].End).SequenceEqual(". ") && StartsName(tokens[end].Slice(text));

    /// <summary>Lower-case words inside names: "Lula da Silva", "von der Leyen", "Mercado Comun del Sur", "bin Salman".</summary>
    internal static readonly FrozenSet<string> NameParticles = Lexicon.Default.Set(StringComparer.Ordinal, "nameParticles");

    private void FindConcepts(string text, TextRange sentence, List<TextRange> tokens, List<Mention> mentions)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var first = text.Substring(tokens[i].Start, tokens[i].Length).ToLowerInvariant();
            if (!gazetteer.ConceptLengthByFirstWord.TryGetValue(first, out var longest))
            {
                continue;
            }

            for (var len = Math.Min(longest, tokens.Count - i); len >= 1; len--)
            {
                var range = Span(tokens, i, i + len - 1);
                if (!gazetteer.ConceptSet.Contains(Words.Normalize(range.Slice(text))) || Overlaps(mentions, range))
                {
                    continue;
                }

                var surface = range.Slice(text);
                mentions.Add(new Mention(EntityKind.Concept, range, surface, Words.Normalize(surface)));
                i += len - 1;
                break;
            }
        }

        for (var match = NamedTerm().Match(text, sentence.Start, sentence.Length); match.Success; match = match.NextMatch())
        {
            var term = match.Groups["term"];
            var range = new TextRange(term.Index, term.Length);
            if (TermHeads.Contains(match.Groups["head"].Value) && !Overlaps(mentions, range))
            {
                mentions.Add(new Mention(EntityKind.Concept, range, term.Value, Words.Normalize(term.Value)));
            }
        }

        for (var match = MeasureTerm.Match(text, sentence.Start, sentence.Length); match.Success; match = match.NextMatch())
        {
            if (MeasureName(text, match.Groups["term"], sentence) is not { } range)
            {
                continue;
            }

            // The measure's whole name wins over a concept inside it: "the extradition law", not "extradition".
            bool Inside(Mention m) => m.Kind == EntityKind.Concept && m.Range.Start >= range.Start && m.Range.End <= range.End && m.Range != range;
            if (!mentions.Exists(m => m.Range.Overlaps(range) && !Inside(m)))
            {
                mentions.RemoveAll(Inside);
                var surface = range.Slice(text);
                mentions.Add(new Mention(EntityKind.Concept, range, surface, Words.Normalize(surface)));
            }
        }

        foreach (var match in HyphenatedConcept().EnumerateMatches(text.AsSpan(sentence.Start, sentence.Length)))
        {
            var range = new TextRange(sentence.Start + match.Index, match.Length);
            if (!Overlaps(mentions, range))
            {
                var surface = range.Slice(text);
                mentions.Add(new Mention(EntityKind.Concept, range, surface, Words.Normalize(surface)));
            }
        }
    }

    /// <summary>
    /// The words of a measure's name: "face mask ban" in "a recent face mask ban". Words that grade or date the measure
    /// ("new", "recent", "existing", "revised") are not its name, and what is left must be one or more naming words. Null
    /// when nothing names it ("the new law"), a function word is among them ("the rule of law"), or the head describes the
    /// noun after it ("the martial law decree").
    /// </summary>
    private static TextRange? MeasureName(string text, Group term, TextRange sentence)
    {
        var start = term.Index;
        var words = term.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var skipped = 0;
        while (skipped < words.Length - 1 && Grading(words[skipped]))
        {
            start += words[skipped].Length + 1;
            skipped++;
        }

        var modifiers = words[skipped..^1];
        if (modifiers.Length == 0 || modifiers.Any(w => Grading(w) || Words.StopWords.Contains(w) || w.EndsWith("ly", StringComparison.Ordinal)))
        {
            return null;
        }

        var end = term.Index + term.Length;
        var next = end;
        while (next < sentence.End && text[next] == ' ')
        {
            next++;
        }

        var after = next;
        while (after < sentence.End && char.IsLower(text[after]))
        {
            after++;
        }

        var following = text[next..after];
        return following.Length == 0 || Words.StopWords.Contains(following) || VerbForms.IsPastTense(following) || following.EndsWith('s')
            ? new TextRange(start, end - start)
            : null;

        static bool Grading(string word) =>
            GradingModifiers.Contains(word) || (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal));
    }

    internal static bool StartsName(string token) =>
        token.Length > 0 && (char.IsUpper(token[0]) || (char.IsDigit(token[0]) && token.Any(char.IsUpper)));

    /// <summary>"Israeli", "Omani", "Emirati": a demonym in -i is a country's name (or one of its words) plus the ending; "Pivdennyi" is not.</summary>
    private static bool CountryWordStartsWith(string stem) => IrGazetteer.Default.CountryNameContinues(stem, anyWord: true);

    internal static bool LooksLikeDemonym(string word) =>
        !word.Contains(' ', StringComparison.Ordinal) && (IrGazetteer.Default.CountryByDemonym.ContainsKey(word) || word.EndsWith("ian", StringComparison.Ordinal) || word.EndsWith("ians", StringComparison.Ordinal) ||
        word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal) || word.EndsWith("is", StringComparison.Ordinal) ||
        word.EndsWith("ans", StringComparison.Ordinal) || word.EndsWith("ean", StringComparison.Ordinal) || word.EndsWith("ous", StringComparison.Ordinal) ||
        word is "Western" or "Eastern" or "Northern" or "Southern" || word.EndsWith("can", StringComparison.Ordinal) ||
        word.EndsWith('i') && word.Length > 4 && CountryWordStartsWith(word[..^1]) || word.EndsWith("ic", StringComparison.Ordinal) ||
        word.EndsWith("ist", StringComparison.Ordinal) || word.EndsWith("ists", StringComparison.Ordinal) || word.EndsWith("ism", StringComparison.Ordinal));

    /// <summary>"Soviet leader", "American bloc": a lone capitalised word before an ordinary noun describes it rather than naming anything.</summary>
    private static bool UsedAsAdjective(string text, List<TextRange> tokens, int next, string proper)
    {
        if (proper.Contains(' ', StringComparison.Ordinal) || proper.Contains('-', StringComparison.Ordinal) || next >= tokens.Count ||
            !OnlySpaceBetween(text, tokens[next - 1], tokens[next]))
        {
            return false;
        }

        var word = tokens[next].Slice(text);
        return char.IsLower(word[0]) && !Words.StopWords.Contains(word) && !word.EndsWith("ed", StringComparison.Ordinal) &&
            !word.EndsWith('s') && !VerbForms.IsPastTense(word);
    }

    /// <summary>"Trans-Caspian route": a named route, corridor or sea is a name even when it reads like an adjective.</summary>
    private static bool HeadNounFollows(string text, TextRange range) =>
        InfrastructureHead().IsMatch(text.AsSpan(range.End, Math.Min(20, text.Length - range.End)));

    /// <summary>
    /// The token index of a facility's or a province's lower-case head right after a one-word proper name ("Belmarsh prison",
    /// "Bushehr reactor", "Harvik province"), or after a demonym for a mission abroad ("the Ecuadorean embassy"); null when none follows.
    /// </summary>
    private static int? FacilityHeadAt(string text, List<TextRange> tokens, int next, string proper)
    {
        if (proper.Contains(' ', StringComparison.Ordinal) || next >= tokens.Count || !OnlySpaceBetween(text, tokens[next - 1], tokens[next]))
        {
            return null;
        }

        var head = tokens[next].Slice(text);
        var mission = head is "embassy" or "consulate";
        return (mission || FacilityHeads.Contains(head) && !LooksLikeDemonym(proper)) && !NotNames.Contains(proper) ? next : null;
    }

    /// <summary>"Belmarsh" for "Belmarsh prison": the facility's own name without its head, when that alone names it.</summary>
    internal static string? FacilityProperName(string name) =>
        name.Split(' ') is [var proper, var head] && FacilityHeads.Contains(head) && head is not ("embassy" or "consulate") && !LooksLikeDemonym(proper)
            ? proper
            : null;

    private static readonly FrozenSet<string> FacilityHeads = Lexicon.Default.Set(StringComparer.Ordinal, "facilityHeads");

    [GeneratedRegex(@"^\p{Lu}\p{Ll}+-\p{Ll}+$", RegexOptions.CultureInvariant)]
    private static partial Regex HyphenatedGivenName();

    [GeneratedRegex(@"^\s(?:route|corridor|railway|railroad|pipeline|highway|sea|basin|canal|port|bridge|line)\b", RegexOptions.CultureInvariant)]
    private static partial Regex InfrastructureHead();

    /// <summary>The first word of a sentence, or of a quotation or clause after a colon, is capitalised for grammar, not because it is a name.</summary>
    private static bool IsSentenceInitial(string text, TextRange sentence, TextRange token)
    {
        var p = token.Start - 1;
        while (p >= sentence.Start && text[p] == ' ')
        {
            p--;
        }

        return p < sentence.Start || text[p] is '“' or '"' or ':' or '(' or '‘' or '—' or '–';
    }

    internal static bool OnlySpaceBetween(string text, TextRange a, TextRange b) =>
        b.Start - a.End == 1 && text[a.End] == ' ';

    internal static TextRange Span(List<TextRange> tokens, int first, int last) =>
        new(tokens[first].Start, tokens[last].End - tokens[first].Start);

    private static bool Overlaps(List<Mention> mentions, TextRange range)
    {
        foreach (var mention in mentions)
        {
            if (mention.Range.Overlaps(range))
            {
                return true;
            }
        }

        return false;
    }
}
