using System.Collections.Frozen;
using System.Text.RegularExpressions;
using IRLearn.QuestionGeneration.Entities;
using IRLearn.QuestionGeneration.Gazetteer;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Analysis;

/// <summary>
/// Resolves "it", "its", "he", "she", "the country", "the organisation" to an entity when the
/// antecedent is unambiguous: the grammatical subject (or last compatible entity) of the same or the
/// previous sentence. Anything else stays unresolved, and the generator then asks nothing that needs it.
/// </summary>
public static partial class CoreferenceResolver
{
    private static readonly FrozenSet<string> Prepositions = Lexicon.Default.Set(StringComparer.OrdinalIgnoreCase, "prepositions");

    [GeneratedRegex(@"\b(?:(?<described>[Tt]he \d{1,3}-year-old (?:\p{Lu}\p{Ll}+|[a-z]{3,})(?:[’']s)?(?= [a-z]))|(?<org>[Tt]he (?:organi[sz]ation|bloc|alliance|body|group|grouping|union|association|forum|council|league|court)(?:[’']s)?)|(?<named>[Tt]he (?:fund|(?:central\s)?bank|agency|commission|committee|ministry|party|parliament|authority|institute|department)(?:[’']s)?)|(?<country>[Tt]he (?:country|nation|state|republic)(?:[’']s)?)|(?<treaty>[Tt]he (?:agreement|treaty|accord|protocol|convention|pact)(?:[’']s)?)|(?<it>[Ii]ts?)|(?<person>[Hh]e|[Hh]is|[Ss]he|[Hh]er|[Hh]im))\b", RegexOptions.CultureInvariant)]
    private static partial Regex Anaphor();

    // "it is important that", "it was clear": no antecedent to find.
    // "it was upgraded to …" is not: the word after the verb must be an adjective (or "that"/"time"), not a participle.
    [GeneratedRegex(@"^(?:clear|plain|known|possible|impossible|difficult|harder|easier)\s+(?:that|to)\b|^(?:is|was|would be|will be|has been|had been|seems|seemed|appears|appeared|remains|remained)\s+(?:(?:not|also|now|still|very|more|less|far|quite|increasingly|equally|especially|particularly|hardly|no)\s+)?(?:that|clear|important|likely|unlikely|possible|impossible|necessary|essential|worth|time|true|evident|hard|difficult|easy|crucial|vital|fair|unclear|obvious|apparent|notable|striking|telling|ironic|significant|surprising|unsurprising|natural|reasonable|tempting|fitting|doubtful|uncertain|known|said|believed|expected|estimated|reported|thought|feared|hoped)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Expletive();

    public static void Resolve(string text, IReadOnlyList<SentenceInfo> sentences, Mention? dominantCountry, Mention? dominantEntity = null)
    {
        var honorifics = ArticleAliases.Honorifics(text);
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            sentence.Subject = FindSubject(text, sentence);
            var previous = s > 0 && sentences[s - 1].BlockIndex == sentence.BlockIndex ? sentences[s - 1] : null;
            var links = new List<PronounLink>();
            Mention? local = null;
            Mention? localPerson = null;
            var localFeminine = false;
            Mention? localSubject = null;
            // Who this sentence has already called "she" or "he": a person is never both. (Across sentences an earlier
            // resolution may itself be wrong, so it decides nothing there.)
            var feminineByKey = new Dictionary<string, bool>(StringComparer.Ordinal);
            string? refused = null;
            var quoted = Words.QuotedSpans(sentence.Text, sentence.Range.Start);
            foreach (Match match in Anaphor().Matches(sentence.Text))
            {
                var range = new TextRange(sentence.Range.Start + match.Index, match.Length);
                if (quoted.Any(q => q.Overlaps(range)))
                {
                    // Inside a quotation the pronoun is the speaker's; it is never rewritten.
                    continue;
                }

                if (match.Value == "He" && match.Index > 1 && sentence.Text[match.Index - 1] == ' ' && char.IsLetter(sentence.Text[match.Index - 2]) &&
                    sentence.Text.LastIndexOf(' ', match.Index - 2) is var wordStart && char.IsUpper(sentence.Text[wordStart + 1]))
                {
                    // "with Liu He, China's top trade negotiator": a capitalised "He" straight after a name is part of it.
                    continue;
                }

                var after = sentence.Text[(match.Index + match.Length)..].TrimStart();
                if (match.Groups["it"].Success && match.Value is "it" or "It" && Expletive().IsMatch(after))
                {
                    continue;
                }

                Mention? antecedent;
                if (match.Groups["described"].Success)
                {
                    // "The 52-year-old Norlander was arrested …": a description of the one person the sentences before name or
                    // mean. With none, or two, it reads as the article wrote it.
                    antecedent = localPerson is null ? OnlyRecentPerson(sentences, s) : null;
                    if (antecedent is null)
                    {
                        continue;
                    }

                    localPerson = antecedent;
                    localFeminine = false;
                }
                else if (match.Groups["person"].Success && char.IsUpper(match.Value[0]) && NameAfter().IsMatch(after))
                {
                    // "He Jianxiong, the former director …": a surname, not a pronoun; nothing here may stand in for it.
                    antecedent = null;
                }
                else if (match.Groups["person"].Success)
                {
                    // "She" is never a man the article calls "Mr.", nor "he" a woman it calls "Ms." or "Mrs.".
                    var feminine = match.Value is "she" or "She" or "her" or "Her";
                    var subjectPronoun = match.Value is "he" or "He" or "she" or "She";
                    bool Fits(Mention m) => (!honorifics.TryGetValue(PersonRegistry.SurnameOf(m.Key), out var h) || (h == "Mr") != feminine) &&
                        (!feminineByKey.TryGetValue(m.Key, out var f) || f == feminine);
                    // "… than his deputy, Lt. Gen. Tomas Brandt. But she has worked …": a woman the article calls "Ms." is
                    // meant before a person whose title says nothing either way.
                    bool Woman(Mention m) => feminine && honorifics.TryGetValue(PersonRegistry.SurnameOf(m.Key), out var h) && h is "Ms" or "Mrs";
                    // "he stepped down, placing his ally Ivo Brandt in office while he kept the real power": a second subject "he"
                    // goes on meaning the first, not the person named in between as an object.
                    antecedent = (subjectPronoun && localSubject is not null && localFeminine == feminine && Fits(localSubject) ? localSubject : null) ??
                        (FrontedBeforeSubject(text, sentence, range) is { } fronted && Fits(fronted) ? fronted : null) ??
                        (PersonAfterOpeningPhrase(sentence, range) is { } named && Fits(named) ? named : null) ??
                        sentence.Mentions.LastOrDefault(m => m.Kind == EntityKind.Person && m.Range.End <= range.Start && Woman(m)) ??
                        sentence.Mentions.LastOrDefault(m => m.Kind == EntityKind.Person && m.Range.End <= range.Start && Fits(m)) ??
                        previous?.Mentions.LastOrDefault(m => m.Kind == EntityKind.Person && Woman(m)) ??
                        previous?.Mentions.LastOrDefault(m => m.Kind == EntityKind.Person && Fits(m));
                    if (antecedent is null && !sentence.Mentions.Any(m => m.Kind == EntityKind.Person && m.Range.End <= range.Start))
                    {
                        // "He is being held in London." opening a paragraph, or after a sentence that names nobody: the one person
                        // the nearest sentences name, or already mean by their pronouns. An earlier pronoun of this sentence
                        // already chose; a sentence that names a role first ("The spokeswoman said she …") keeps its own referent.
                        antecedent = localPerson is not null && localFeminine == feminine ? localPerson :
                            localPerson is null && (OpensWithPronoun(sentence.Text, match.Index) || !HumanNoun().IsMatch(sentence.Text.AsSpan(0, match.Index)))
                                ? OnlyRecentPerson(sentences, s) : null;
                        antecedent = antecedent is not null && Fits(antecedent) ? antecedent : null;
                    }

                    if (antecedent is not null && localPerson is null)
                    {
                        localPerson = antecedent;
                        localFeminine = feminine;
                    }

                    if (antecedent is not null && subjectPronoun && localSubject is null && antecedent == localPerson)
                    {
                        localSubject = antecedent;
                    }

                    if (antecedent is not null)
                    {
                        feminineByKey.TryAdd(antecedent.Key, feminine);
                    }
                }
                else if (match.Groups["org"].Success)
                {
                    // The article's main organisation stands in only for a generic "the organisation"; "the body" after
                    // "the Appellate Body" is not the WTO.
                    var generic = GenericOrganisation().IsMatch(match.Value);
                    antecedent = LastBefore(sentence, range.Start, EntityKind.Organisation) ?? SubjectOf(previous, EntityKind.Organisation) ?? Last(previous, EntityKind.Organisation) ??
                        NamedByHeadNoun(sentences, s, match.Value, EntityKind.Organisation) ??
                        (generic && dominantEntity?.Kind == EntityKind.Organisation ? dominantEntity : null) ??
                        (GroupNoun().IsMatch(match.Value) ? OnlyNameBefore(sentence, range.Start) ?? OnlyAcronym(previous) : null);
                }
                else if (match.Groups["named"].Success)
                {
                    // "the fund" in an article that names the International Monetary Fund: only a body whose own name holds the
                    // noun, and clearly the most mentioned of those, is meant; the nearest organisation may be another one.
                    // "the central bank" is whichever central bank the article names most, however it is called ("the Fed").
                    antecedent = match.Value.Contains("central", StringComparison.OrdinalIgnoreCase)
                        ? NamedByHeadNoun(sentences, s, match.Value, EntityKind.Organisation, fits: m => Questions.AnswerTypes.IsCentralBank(m.Key))
                        : NamedByHeadNoun(sentences, s, match.Value, EntityKind.Organisation);
                    if (antecedent is null)
                    {
                        // Unnamed, "the party" reads as the article wrote it; it is no pronoun a stem must resolve.
                        continue;
                    }
                }
                else if (match.Groups["treaty"].Success)
                {
                    antecedent = LastBefore(sentence, range.Start, EntityKind.Treaty) ?? SubjectOf(previous, EntityKind.Treaty) ??
                        NamedByHeadNoun(sentences, s, match.Value, EntityKind.Treaty, minimumMentions: 2) ?? NamedByHeadNoun(sentences, s, match.Value, EntityKind.Organisation, minimumMentions: 2);
                }
                else if (match.Groups["country"].Success)
                {
                    // "Finland's case was the more dramatic. The country shares …" means Finland, though the article is about Sweden.
                    // A country from outside the sentence is no sure reading when the sentence before the noun speaks of another by
                    // its people: "Indian officials … a narrow strip of Indian territory that connects the country's northeastern
                    // states to the rest of India" is not about Bangladesh, the article's subject.
                    var outside = SubjectOf(previous, EntityKind.Country) ?? (previous is null ? null : OpeningPossessive(text, previous, previous.Range.End)) ?? dominantCountry;
                    antecedent = LastBefore(sentence, range.Start, EntityKind.Country) ??
                        (outside is not null && DemonymOfAnotherCountry(sentence.Text.AsSpan(0, match.Index), outside) ? null : outside);
                }
                else
                {
                    var initial = match.Index == 0;
                    var asSubject = initial || match.Value is "its" or "Its" || InSubjectPosition(sentence.Text, match.Index);
                    // A possessive binds to its own clause's subject: "India had campaigned for it throughout its presidency".
                    // An object "it" is never its own clause's subject ("Egypt and Sudan rejected it"), though it may be the subject
                    // of the sentence around an embedded clause ("Kazakhstan … argues that its place makes it a link"); and it may
                    // mean the previous sentence's object as easily as its subject, so it never reaches back there.
                    // A clause subject right before wins ("when Russia judged that it …"); failing that, a referent the sentence
                    // holds itself ("the initiative had at its peak") means the pronoun needs no name from elsewhere.
                    var clauseSubject = asSubject && !initial ? ClauseSubjectBefore(text, sentence, range.Start) : null;
                    antecedent = clauseSubject ?? (InSentenceReferent.Holds(sentence.Text, match.Index, match.Value) ? null :
                        !asSubject ? EmbeddedObjectAntecedent(sentence, range.Start, local) :
                        SubjectBefore(sentence, range.Start) ?? local ?? OpeningPossessive(text, sentence, range.Start) ??
                        (initial || !HasSubjectAhead(sentence, range.Start) ? SubjectOf(previous, EntityKind.Country, EntityKind.Organisation, EntityKind.Treaty, EntityKind.Name) : null));

                    // With no competing candidate nearby, "it" is the entity the whole article is about.
                    // A previous sentence that opened with an "it" nobody could resolve is about something else.
                    if (antecedent is null && dominantEntity is not null && !HasCandidate(sentence) && !HasCandidate(previous) && !OpensUnresolved(previous))
                    {
                        antecedent = dominantEntity;
                    }
                }

                if (antecedent is { Kind: EntityKind.Country } && match.Groups["it"].Success && CopulaThing().IsMatch(after))
                {
                    // "it is the largest hydroelectric plant in Africa, and its reservoir …": whatever "it" is, it is not a
                    // country, and neither is the "its" that follows.
                    refused = antecedent.Key;
                }

                if (antecedent is not null && antecedent.Key == refused && !match.Groups["person"].Success)
                {
                    antecedent = null;
                }

                if (antecedent is not null && !match.Groups["person"].Success)
                {
                    local = antecedent;
                }

                links.Add(new PronounLink(range, match.Value, antecedent));
            }

            sentence.Pronouns = links;

            // "The G20 was created in 1999. It was upgraded …. Its members …": a sentence that opens with a resolved
            // pronoun is about that antecedent, so the next sentence can follow the chain.
            sentence.Topic = sentence.Subject ??
                (links is [{ Antecedent: { } topic } first, ..] && first.Range.Start == sentence.Range.Start && !IsPersonal(first) ? topic : null);
        }

        static bool IsPersonal(PronounLink link) => link.Surface is "he" or "He" or "she" or "She" or "his" or "His" or "her" or "Her" or "him";
    }

    /// <summary>
    /// The last country or organisation before <paramref name="position"/> that is followed by a finite verb, so stands as
    /// a clause's subject ("India had campaigned", "the African Union (AU) has become"); null when there is none.
    /// </summary>
    private static Mention? ClauseSubjectBefore(string text, SentenceInfo sentence, int position)
    {
        for (var i = sentence.Mentions.Count - 1; i >= 0; i--)
        {
            var mention = sentence.Mentions[i];
            if (mention.Range.End > position || mention.Kind is not (EntityKind.Country or EntityKind.Organisation))
            {
                continue;
            }

            var after = text.AsSpan(mention.Range.End, position - mention.Range.End).TrimStart();
            if (after.StartsWith("(") && after.IndexOf(')') is var close and > 0)
            {
                after = after[(close + 1)..].TrimStart();
            }

            var end = after.IndexOfAny(' ', ',');
            var verb = (end < 0 ? after : after[..end]).ToString();
            if (FiniteVerb().IsMatch(verb))
            {
                return mention;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?:has|had|have|is|was|are|were|will|would|could|can|should|may|might|must|did|does|do|also|[a-z]{3,}ed)$", RegexOptions.CultureInvariant)]
    private static partial Regex FiniteVerb();

    private static Mention? FindSubject(string text, SentenceInfo sentence)
    {
        foreach (var mention in sentence.Mentions)
        {
            // A name the sentence opens with ("COP28 in Dubai … completed …") is its subject too, whatever kind of thing it is.
            var opening = mention.Kind == EntityKind.Name && mention.Range.Start == sentence.Range.Start;
            if (mention.Kind is not (EntityKind.Country or EntityKind.Organisation or EntityKind.Person or EntityKind.Treaty) && !IsCapital(mention) && !opening)
            {
                continue;
            }

            var after = mention.Range.End < text.Length ? text.AsSpan(mention.Range.End, Math.Min(2, text.Length - mention.Range.End)) : [];
            if (after.StartsWith("’s") || after.StartsWith("'s") || after.StartsWith("-"))
            {
                continue;
            }

            if (mention.Range.Start > sentence.Range.Start && text[mention.Range.Start - 1] == '(')
            {
                // "… contributions (NDCs)": a parenthesis names something again; it is nobody's subject.
                continue;
            }

            var previousWord = PreviousWord(text, sentence.Range.Start, mention.Range.Start, out var afterComma);
            if (afterComma && InList(text, mention))
            {
                // "London, Moscow and Washington": an item of a list is nobody's subject.
                continue;
            }

            // ", and Beijing agreed …" opens a clause whose subject Beijing is; a bare "and" only joins a list.
            var prefix = text.AsSpan(sentence.Range.Start, mention.Range.Start - sentence.Range.Start);
            var conjunction = prefix.LastIndexOf(previousWord.AsSpan());
            var clauseAfterComma = previousWord is "and" or "but" or "while" or "whereas" && conjunction > 0 && prefix[..conjunction].TrimEnd().EndsWith(",");
            if (mention.Kind == EntityKind.City && (previousWord.Length > 0 && !clauseAfterComma || afterComma))
            {
                // A capital stands for its government only as a clause's opening subject ("Beijing refused …").
                continue;
            }
            if (previousWord.Length == 0 || afterComma || clauseAfterComma || !Prepositions.Contains(previousWord) && !char.IsLower(previousWord[0]))
            {
                return mention;
            }
        }

        return null;
    }

    private static bool InList(string text, Mention mention)
    {
        var after = text.AsSpan(mention.Range.End).TrimStart();
        return after.StartsWith(",") || after.StartsWith("and ") || after.StartsWith("or ");
    }

    private static string PreviousWord(string text, int sentenceStart, int position, out bool afterComma)
    {
        afterComma = false;
        var p = position - 1;
        while (true)
        {
            while (p >= sentenceStart && text[p] == ' ')
            {
                p--;
            }

            if (p >= sentenceStart && text[p] == ',')
            {
                afterComma = true;
                return string.Empty;
            }

            var end = p + 1;
            while (p >= sentenceStart && char.IsLetter(text[p]))
            {
                p--;
            }

            var word = text[(p + 1)..end];
            if (word is "the" or "The")
            {
                continue;
            }

            return word;
        }
    }

    /// <summary>
    /// "the council" in an article about the Arctic Council: the organisation named so far whose name holds the same
    /// head noun, when one of them is clearly the most mentioned (a list of other councils must not win by being last).
    /// </summary>
    private static Mention? NamedByHeadNoun(IReadOnlyList<SentenceInfo> sentences, int current, string phrase, EntityKind kind, int minimumMentions = 1, Func<Mention, bool>? fits = null)
    {
        var head = phrase.Split(' ')[^1].Replace("’s", string.Empty, StringComparison.Ordinal).Replace("'s", string.Empty, StringComparison.Ordinal);
        // Earlier "the council"s already resolved count as mentions too: the article keeps talking about its subject.
        var counts = sentences.Take(current + 1)
            .SelectMany(s => s.Mentions.Concat(s.Pronouns.Select(p => p.Antecedent).OfType<Mention>()))
            .Where(m => m.Kind == kind && (fits is not null ? fits(m) : m.Text.Contains(' ', StringComparison.Ordinal) &&
                m.Key.Split(' ').Contains(head, StringComparer.OrdinalIgnoreCase)))
            .GroupBy(m => m.Key)
            .Select(g => (Mention: g.First(), Count: g.Count()))
            .OrderByDescending(g => g.Count)
            .ToList();
        // "the agreement" in an article about an unnamed trade deal must not become the one named agreement it cites in passing.
        var explicitMentions = counts.Count == 0 ? 0 : sentences.Take(current + 1).SelectMany(s => s.Mentions).Count(m => m.Key == counts[0].Mention.Key);
        return counts.Count > 0 && (counts.Count == 1 || counts[0].Count > counts[1].Count) && explicitMentions >= minimumMentions ? counts[0].Mention : null;
    }

    /// <summary>"On 20 January 2025, his first day back in office, Trump signed …": a pronoun in a phrase fronted before the subject is the subject.</summary>
    private static Mention? FrontedBeforeSubject(string text, SentenceInfo sentence, TextRange pronoun)
    {
        if (sentence.Subject is not { Kind: EntityKind.Person } subject || subject.Range.Start <= pronoun.End)
        {
            return null;
        }

        // "When he arrived, (President) Tokayev said": the subject opens the clause after the comma. A name further into that
        // clause ("…, placing his ally Karel Dvorak in office") is an object.
        var gap = text.AsSpan(pronoun.End, subject.Range.Start - pronoun.End);
        var comma = gap.LastIndexOf(',');
        return comma >= 0 && !LowerCaseWord().IsMatch(gap[(comma + 1)..]) ? subject : null;
    }

    [GeneratedRegex(@"(?:^|\s)\p{Ll}", RegexOptions.CultureInvariant)]
    private static partial Regex LowerCaseWord();

    [GeneratedRegex(@"^[Tt]he group", RegexOptions.CultureInvariant)]
    private static partial Regex GroupNoun();

    /// <summary>
    /// "The PKK's operations shifted … The group had established …": an armed or political group the gazetteer does not know is
    /// a bare acronym to the recogniser; "the group" means it when it is the only acronym of the sentence before.
    /// </summary>
    private static Mention? OnlyAcronym(SentenceInfo? previous)
    {
        var acronyms = previous?.Mentions.Where(m => m.Kind == EntityKind.Name && m.Text.Length >= 2 && m.Text.All(c => char.IsUpper(c) || char.IsDigit(c)))
            .DistinctBy(m => m.Key).ToList();
        return acronyms is [var only] ? only : null;
    }

    /// <summary>
    /// "… talks with the Taliban and the government in Kabul to end the group's insurgency": a movement the gazetteer does not
    /// know is a name of no known kind; "the group" means it when it is the only such name earlier in its own sentence.
    /// </summary>
    private static Mention? OnlyNameBefore(SentenceInfo sentence, int position) =>
        sentence.Mentions.Where(m => m.Kind == EntityKind.Name && m.Range.End <= position).DistinctBy(m => m.Key).ToList() is [var only] ? only : null;

    /// <summary>"Before his address on Saturday, Yoon, 63, …": a pronoun in the opening phrase means the person the clause then names.</summary>
    private static Mention? PersonAfterOpeningPhrase(SentenceInfo sentence, TextRange pronoun)
    {
        var offset = pronoun.Start - sentence.Range.Start;
        var comma = sentence.Text.IndexOf(", ", offset, StringComparison.Ordinal);
        // "In 2005, his death sentence reduced to life, Öcalan …": a short opening phrase may come first.
        var opening = OpeningPhrasePrefix().Match(sentence.Text) is { Success: true } phrase && phrase.Length <= offset ? phrase.Length : 0;
        if (comma < 0 || sentence.Text.AsSpan(opening, offset - opening).Contains(',') || sentence.Text.AsSpan(0, comma).Contains('“') ||
            !FrontedPhrase().IsMatch(sentence.Text.AsSpan(opening)))
        {
            // "Beijing is concerned about … his departure …, Kim Jong-un": a clause that has its subject already is no opening phrase.
            return null;
        }

        var start = sentence.Range.Start + comma + 2;
        return sentence.Mentions.FirstOrDefault(m => m.Range.Start >= start) is { Kind: EntityKind.Person } person && person.Range.Start == start ? person : null;
    }

    /// <summary>"Sudan's position has shifted: it stands to benefit …": the country the sentence opens with, in the possessive.</summary>
    private static Mention? OpeningPossessive(string text, SentenceInfo sentence, int position) =>
        sentence.Mentions is [{ Kind: EntityKind.Country or EntityKind.Organisation } first, ..] && first.Range.Start == sentence.Range.Start &&
        first.Range.End < position && (text.AsSpan(first.Range.End).StartsWith("’s") || text.AsSpan(first.Range.End).StartsWith("'s")) ? first : null;

    [GeneratedRegex(@"^(?:is|was|remains|became|has become)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:plant|dam|river|lake|project|reservoir|pipeline|railway|railroad|road|corridor|port|bridge|canal|treaty|agreement|deal|document|text|declaration|summit|meeting|report|plan|fund|bank|company|firm|programme|program|initiative|route|sea|mountain|building|facility|station|mine|field)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CopulaThing();

    private static readonly FrozenSet<string> ClauseOpeners = Lexicon.Default.Set(StringComparer.OrdinalIgnoreCase, "clauseOpeners");

    private static Mention? EmbeddedObjectAntecedent(SentenceInfo sentence, int position, Mention? local)
    {
        var candidate = local ?? SubjectBefore(sentence, position);
        if (candidate is null || candidate.Range.End > position)
        {
            return null;
        }

        var between = sentence.Text[(Math.Max(candidate.Range.End, sentence.Range.Start) - sentence.Range.Start)..(position - sentence.Range.Start)];
        return between.Contains(" that ", StringComparison.Ordinal) || between.Contains(" which ", StringComparison.Ordinal) ||
            between.Contains(" its ", StringComparison.Ordinal) || between.Contains(',', StringComparison.Ordinal) ? candidate : null;
    }

    private static bool InSubjectPosition(string sentence, int index)
    {
        var before = sentence.AsSpan(0, index).TrimEnd();
        if (before.IsEmpty || before[^1] is ',' or ';' or '—' or '–' or ':')
        {
            return true;
        }

        var space = before.LastIndexOf(' ');
        if (ClauseOpeners.Contains(before[(space + 1)..].ToString()))
        {
            return true;
        }

        // "the nuclear arsenal it inherited": followed by its own verb, "it" is a subject whatever precedes it.
        var after = sentence.AsSpan(index).TrimStart("Iit").TrimStart();
        var end = after.IndexOfAny(' ', ',', '.');
        return FiniteVerb().IsMatch((end < 0 ? after : after[..end]).ToString());
    }

    /// <summary>How far back a sentence-opening "he" or "she" may look for the one person it can mean.</summary>
    private const int PersonLookback = 3;

    /// <summary>
    /// The person the nearest earlier sentence that involves anyone names or means, when that is exactly one person and no
    /// other person appears in the sentences between; paragraph breaks do not stop the search, a second person does.
    /// </summary>
    private static Mention? OnlyRecentPerson(IReadOnlyList<SentenceInfo> sentences, int current)
    {
        for (var s = current - 1; s >= Math.Max(0, current - PersonLookback); s--)
        {
            var people = sentences[s].Mentions.Where(m => m.Kind == EntityKind.Person)
                .Concat(sentences[s].Pronouns.Where(p => p.Antecedent is { Kind: EntityKind.Person }).Select(p => p.Antecedent!))
                .DistinctBy(m => m.Key)
                .ToList();
            if (people.Count > 0)
            {
                return people.Count == 1 ? people[0] : null;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^\p{Lu}[\p{L}\p{N}]*(?:[\s-][\p{L}\p{N}.-]+){0,5}, ", RegexOptions.CultureInvariant)]
    private static partial Regex OpeningPhrasePrefix();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}", RegexOptions.CultureInvariant)]
    private static partial Regex NameAfter();

    // A phrase fronted before its clause's subject: a preposition or subordinator ("Before his address", "After her election"),
    // or an absolute construction that opens with the pronoun itself ("his sentence reduced to life, …").
    [GeneratedRegex(@"^(?:(?:[Bb]efore|[Aa]fter|[Dd]uring|[Ss]ince|[Uu]ntil|[Oo]n|[Ii]n|[Aa]t|[Ff]ollowing|[Dd]espite|[Uu]pon|[Ww]hen|[Ww]hile|[Aa]s|[Ww]ith|[Ff]or|[Ss]hortly\s+(?:before|after))\s|(?:[Hh]is|[Hh]er)\s)", RegexOptions.CultureInvariant)]
    private static partial Regex FrontedPhrase();

    // "He is …", "Since then, he has …", "In 2005, his death sentence …": the pronoun is the first thing the sentence is about.
    [GeneratedRegex(@"^(?:[A-Z][^,“”""]{0,40}, )?$", RegexOptions.CultureInvariant)]
    private static partial Regex OpeningPhrase();

    // A person the sentence describes without naming ("the spokeswoman", "his lawyer", "a 19-year-old student") may be the one
    // a later pronoun means, so such a sentence never borrows a person from the sentences before.
    [GeneratedRegex(@"\b\d+-year-old\b|^The [A-Z]\p{L}+(?:an|ese|ish|i)\b|\b(?:man|woman|men|women|boy|girl|child|children|spokes(?:man|woman|person)|officials?|officers?|ministers?|president|leaders?|prosecutors?|judges?|lawyers?|attorneys?|director|ambassador|envoy|chief|head|commander|soldiers?|journalists?|reporters?|doctors?|father|mother|son|daughter|brother|sister|wife|husband|friends?|aides?|advis[eo]rs?|secretary|negotiators?|candidates?|lawmakers?|senators?|governor|mayor|activists?|protesters?|victims?|suspects?|sources?|analysts?|experts?|professors?|students?|citizens?|residents?|patients?|nurses?|workers?|members?|authors?|writers?|founder|king|queen|prince|princess|emperor|pope|chairman|chairwoman|chair|executive|ceo|colleagues?|rivals?|opponents?|successor|predecessor|deputy|nominee|defendant|detainee|prisoners?|hostages?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HumanNoun();

    private static bool OpensWithPronoun(string sentence, int index) => OpeningPhrase().IsMatch(sentence.AsSpan(0, index));

    private static bool OpensUnresolved(SentenceInfo? sentence) =>
        sentence?.Pronouns is [{ Antecedent: null } first, ..] && first.Range.Start == sentence.Range.Start;

    // Any name a pronoun could mean, a capital ("Beijing agreed …") or a person included, rules out the article-wide fallback.
    private static bool HasCandidate(SentenceInfo? sentence) =>
        sentence is not null && sentence.Mentions.Any(m => m.Kind is EntityKind.Country or EntityKind.Organisation or EntityKind.Region or EntityKind.Name or EntityKind.City or EntityKind.Person);

    [GeneratedRegex(@"^[Tt]he organi[sz]ation", RegexOptions.CultureInvariant)]
    private static partial Regex GenericOrganisation();

    private static bool HasSubjectAhead(SentenceInfo sentence, int position) =>
        sentence.Mentions.Any(m => m.Kind is EntityKind.Country or EntityKind.Organisation && m.Range.Start > position);

    private static Mention? SubjectBefore(SentenceInfo sentence, int position) =>
        sentence.Subject is { } subject && subject.Range.Start < position && (subject.Kind is EntityKind.Country or EntityKind.Organisation or EntityKind.Treaty || IsCapital(subject)) ? subject : null;

    private static Mention? SubjectOf(SentenceInfo? sentence, params EntityKind[] kinds) =>
        sentence?.Topic is { } subject && (kinds.Contains(subject.Kind) || kinds.Contains(EntityKind.Country) && IsCapital(subject)) ? subject : null;

    /// <summary>"Beijing refused …, and its foreign ministry …": a capital stands for its government.</summary>
    internal static bool IsCapital(Mention mention) =>
        mention.Kind == EntityKind.City && mention.Hit?.City is { } city && IrGazetteer.Default.CountryWithCapital(city) is not null;

    private static bool DemonymOfAnotherCountry(ReadOnlySpan<char> before, Mention country)
    {
        foreach (var word in before.Split(' '))
        {
            var token = before[word].Trim(",;:“”\"'’(").ToString();
            if (IrGazetteer.Default.CountryByDemonym.TryGetValue(token, out var people) && people.Name != country.Key)
            {
                return true;
            }
        }

        return false;
    }

    private static Mention? LastBefore(SentenceInfo sentence, int position, EntityKind kind) =>
        sentence.Mentions.LastOrDefault(m => m.Kind == kind && m.Range.End <= position);

    private static Mention? Last(SentenceInfo? sentence, EntityKind kind) =>
        sentence?.Mentions.LastOrDefault(m => m.Kind == kind);
}
