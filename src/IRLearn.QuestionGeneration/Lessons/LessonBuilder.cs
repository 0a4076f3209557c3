using System.Text.RegularExpressions;
using IRLearn.QuestionGeneration.Analysis;
using IRLearn.QuestionGeneration.Entities;
using IRLearn.QuestionGeneration.Questions;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Lessons;

/// <summary>
/// Turns the analysis into a lesson draft: a summary of the most salient sentences, sections
/// (the article's own headings, or paragraph groups named after what they discuss), key terms,
/// learning objectives and topic tags.
/// </summary>
public static partial class LessonBuilder
{
    public const int SummarySentences = 3;
    public const int MaxTags = 8;
    public const int MaxKeyTerms = 12;

    /// <summary>How many treaties, organisations and concepts each may join the acronyms as key terms.</summary>
    public const int TermsPerKind = 3;

    public static LessonDraft Build(ArticleAnalysis analysis, IReadOnlyList<GeneratedQuestion> questions)
    {
        // The lesson is built from the article, not from whichever questions the bank kept.
        _ = questions;
        var keyTerms = KeyTerms(analysis);
        return new LessonDraft(
            Summary(analysis),
            Sections(analysis),
            keyTerms,
            Objectives(analysis),
            Tags(analysis));
    }

    private static string Summary(ArticleAnalysis analysis)
    {
        var picked = analysis.Sentences
            .Where(s => s.WordCount is >= 8 and <= 60 && !s.Text.Contains('“', StringComparison.Ordinal))
            .Where(s => s.Pronouns.All(p => p.Antecedent is not null) || s.Index == 0)
            .OrderByDescending(s => s.Salience)
            .ThenBy(s => s.Index)
            .Take(SummarySentences)
            .OrderBy(s => s.Index)
            .Select(s => StemWriter.Rewrite(s, analysis.Text, null) ?? s.Text);
        return string.Join(' ', picked);
    }

    private static List<LessonSectionDraft> Sections(ArticleAnalysis analysis)
    {
        var article = analysis.Article;
        var sections = new List<LessonSectionDraft>();
        // A heading block that is not a heading (a time, a byline, a pull quote, "In partnership with") names nothing.
        var headings = article.Blocks.Where(b => b.IsHeading && IsWholeHeading(b.Range.Slice(article.Text), analysis)).ToHashSet();
        if (headings.Count > 0)
        {
            string? heading = null;
            var body = new List<string>();
            foreach (var block in article.Blocks)
            {
                if (headings.Contains(block))
                {
                    Flush(sections, heading ?? "Introduction", body);
                    heading = block.Range.Slice(article.Text);
                    continue;
                }

                if (!block.IsHeading)
                {
                    body.Add(block.Range.Slice(article.Text));
                }
            }

            Flush(sections, heading ?? "Introduction", body);
            return sections;
        }

        var paragraphs = article.Blocks.Select((b, i) => (Block: b, Index: i)).ToList();
        var groupSize = paragraphs.Count <= 4 ? 1 : 2;
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var start = 0; start < paragraphs.Count; start += groupSize)
        {
            var group = paragraphs.Skip(start).Take(groupSize).ToList();
            var indexes = group.Select(g => g.Index).ToHashSet();
            var sentences = analysis.Sentences.Where(s => indexes.Contains(s.BlockIndex)).ToList();
            var text = string.Join("\n\n", group.Select(g => g.Block.Range.Slice(article.Text)));
            var heading = Heading(analysis, sentences, start + groupSize >= paragraphs.Count, used);
            if (heading is null && sections.Count > 0)
            {
                // Paragraphs that name nothing new carry on the section before them: a lesson of "Further points",
                // "Further points" and "Further points" names none of its sections.
                sections[^1] = sections[^1] with { Text = sections[^1].Text + "\n\n" + text };
                continue;
            }

            sections.Add(new LessonSectionDraft(heading ?? "Introduction", text));
        }

        return sections;
    }

    private static void Flush(List<LessonSectionDraft> sections, string heading, List<string> body)
    {
        if (body.Count > 0)
        {
            sections.Add(new LessonSectionDraft(heading, string.Join("\n\n", body)));
            body.Clear();
        }
    }

    // "captionWho", "WisemanFatima": two words a scraper glued together.
    [GeneratedRegex(@"(?<!\bMa?c)\p{Ll}\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex GluedWords();

    [GeneratedRegex(@"^\W*[0-9]{1,2}[:.][0-9]{2}\b|\b[0-9]{1,2}[:.][0-9]{2}\s*(?:a\.?m\.?|p\.?m\.?)|^(?:Updated|Published|Posted)\b|\b(?:19|20)[0-9]{2}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Timestamp();

    private static readonly HashSet<string> NotHeadings = new(Lexicon.Default.Words("notHeadings"), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A heading a student can read as the name of a section: words, not a time, a byline, a pull quote, glued scraper text
    /// or a phrase cut off before its end ("In partnership with", "More On:").
    /// </summary>
    public static bool IsWholeHeading(string heading, ArticleAnalysis analysis)
    {
        var text = heading.Trim();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (text.Length is < 3 or > 90 || words.Length == 0 || !words.Any(w => w.Count(char.IsLetter) >= 3) || NotHeadings.Contains(text.TrimEnd(':', '.')) ||
            text.EndsWith(':') || text.EndsWith(',') || EndsOnFunctionWord(words[^1]) || GluedWords().IsMatch(text) || Timestamp().IsMatch(text) ||
            IsQuoteOpener(text[0]) || text.EndsWith('.') || text.EndsWith('…'))
        {
            return false;
        }

        // A byline or credit ("By: …", "Caroline Hawley, diplomatic correspondent", "Ryan Grim"), a caption ("(left)"), or a
        // label in capitals ("PM UTC"): names and labels rather than a phrase. A title-case heading such as "Cancer Patients"
        // passes because the article writes its words in lower case elsewhere; a name's words it never does.
        if (text.StartsWith("By", StringComparison.Ordinal) && (text.Length == 2 || !char.IsLower(text[2])) || text.Contains('(', StringComparison.Ordinal) ||
            words.All(w => !w.Any(char.IsLower)))
        {
            return false;
        }

        var firstPart = text.Split(',')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var body = analysis.Text;
        return !(firstPart.Length <= 4 && firstPart.All(w => char.IsUpper(w[0])) &&
            !firstPart.Any(w => w.Length > 2 && Count(body, char.ToLowerInvariant(w[0]) + w[1..].TrimEnd(':', '.', ',')) > 0));
    }

    private static bool IsQuoteOpener(char c) => c is '“' or '"' or '‘' or '\'';

    private static bool EndsOnFunctionWord(string word) =>
        word.ToLowerInvariant() is "the" or "a" or "an" or "of" or "to" or "for" or "with" or "and" or "or" or "on" or "in" or "at" or "by" or "from" or "as" or "about";

    /// <summary>
    /// A short heading from what the paragraphs name most, leaving out the article's overall subject and what earlier
    /// headings named; null when that leaves nothing (the first section is then the introduction).
    /// </summary>
    private static string? Heading(ArticleAnalysis analysis, List<SentenceInfo> sentences, bool last, HashSet<string> used)
    {
        if (last && sentences.Count > 0 && sentences[0].Text.StartsWith("In conclusion", StringComparison.OrdinalIgnoreCase))
        {
            return "Conclusion";
        }

        var dominant = analysis.DominantCountry?.Key;
        var surnames = analysis.DistinctOfKind(EntityKind.Person).Concat(analysis.DistinctOfKind(EntityKind.Name))
            .Where(p => p.Key.Contains(' ', StringComparison.Ordinal)).SelectMany(p => p.Key.Split(' ')).ToHashSet(StringComparer.Ordinal);
        var ranked = sentences.SelectMany(s => s.Mentions.Select(m => (Sentence: s, Mention: m)))
            .Where(x => x.Mention.Kind is EntityKind.Organisation or EntityKind.Country or EntityKind.Treaty or EntityKind.City or EntityKind.Name ||
                x.Mention.Kind == EntityKind.Concept && IsGazetteerConcept(analysis, x.Mention))
            .Where(x => x.Mention.Key != dominant && IsWholeName(analysis.Text, x.Sentence, x.Mention) && !IsPartOfName(x.Mention, surnames))
            .GroupBy(x => x.Mention.Key)
            .OrderByDescending(g => g.Count() * (g.First().Mention.Kind == EntityKind.Concept ? 1.5 : 1.0))
            .ThenBy(g => g.First().Mention.Range.Start)
            .Select(g => Display(analysis, g.First().Mention))
            .Where(t => !used.Contains(t));
        var terms = new List<string>();
        foreach (var term in ranked)
        {
            // "South Korea and South Korea Nuclear Consultative Group" says one thing twice.
            if (!terms.Any(t => t.Contains(term, StringComparison.OrdinalIgnoreCase) || term.Contains(t, StringComparison.OrdinalIgnoreCase)))
            {
                terms.Add(term);
            }

            if (terms.Count == 2)
            {
                break;
            }
        }

        if (terms.Count == 0)
        {
            return null;
        }

        foreach (var term in terms)
        {
            used.Add(term);
        }

        var heading = string.Join(" and ", terms);
        return char.ToUpperInvariant(heading[0]) + heading[1..];
    }

    /// <summary>
    /// A name as the text writes it whole: not "Sea Route" out of "Northern Sea Route" or "Liu" out of "Liu He", where the
    /// recogniser kept only part of a longer capitalised name.
    /// </summary>
    private static bool IsWholeName(string text, SentenceInfo sentence, Mention mention)
    {
        if (mention.Kind == EntityKind.Concept)
        {
            return true;
        }

        var before = text[sentence.Range.Start..mention.Range.Start].TrimEnd();
        var previous = before.Length == 0 ? string.Empty : before[(before.LastIndexOf(' ') + 1)..];
        var after = text[mention.Range.End..sentence.Range.End];
        var next = after.StartsWith(' ') ? after.TrimStart().Split(' ')[0].TrimEnd(',', '.', ';', ':') : string.Empty;
        bool Capitalised(string word) => word.Length > 1 && char.IsUpper(word[0]) && char.IsLetter(word[^1]) && !EntityRecognizer.NotNames.Contains(word);
        return !(before.Length > 0 && Capitalised(previous)) && !Capitalised(next);
    }

    /// <summary>
    /// "Lee" where the article also names "Lee Jae-myung", "TV", "Washington-based", "Middle Eastern": a piece of a name, an
    /// abbreviation or an adjective, none of which names a section.
    /// </summary>
    private static bool IsPartOfName(Mention mention, HashSet<string> nameWords)
    {
        var text = mention.Text;
        var hyphenated = text.LastIndexOf('-') is var dash and > 0 && dash < text.Length - 1 && char.IsLower(text[dash + 1]);
        var single = mention.Kind == EntityKind.Name && !text.Contains(' ', StringComparison.Ordinal);
        // "Middle Eastern": an adjective the recogniser took for a name.
        var adjective = mention.Kind == EntityKind.Name && text.Split(' ')[^1] is "Eastern" or "Western" or "Northern" or "Southern" or "Central";
        return hyphenated || adjective || single && (nameWords.Contains(text) || text.Length <= 3);
    }

    private static bool IsGazetteerConcept(ArticleAnalysis analysis, Mention concept) => analysis.Gazetteer.ConceptSet.Contains(Words.Normalize(concept.Text));

    private static string Display(ArticleAnalysis analysis, Mention mention)
    {
        var pair = analysis.Acronyms.FirstOrDefault(a => a.Expansion == mention.Key);
        return pair is not null && pair.Expansion.Length > 30 ? pair.Acronym : mention.Kind == EntityKind.Concept ? mention.Text.ToLowerInvariant() : mention.Key;
    }

    /// <summary>
    /// The acronyms the article uses, then its main treaties, organisations and concepts, each explained by the article's own
    /// first sentence about it. Every term and every explanation is distinct, because the lesson's key terms also serve as
    /// grading aliases: two terms sharing an explanation would make each an accepted answer for the other.
    /// </summary>
    private static List<KeyTermDraft> KeyTerms(ArticleAnalysis analysis)
    {
        var terms = new List<KeyTermDraft>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        void Add(string term, string expansion)
        {
            if (terms.Count < MaxKeyTerms && !taken.Contains(Words.Normalize(term)) && !taken.Contains(Words.Normalize(expansion)))
            {
                taken.Add(Words.Normalize(term));
                taken.Add(Words.Normalize(expansion));
                terms.Add(new KeyTermDraft(term, expansion));
            }
        }

        // An acronym the gazetteer supplied for a name the article only writes out ("WB" for the World Bank) teaches nothing
        // the article says; that organisation is explained in the article's words below instead.
        foreach (var pair in analysis.Acronyms.Where(a => a.DefinedIn is not null || Words.ContainsPhrase(analysis.NormalizedText, Words.Normalize(a.Acronym))))
        {
            Add(pair.Acronym, pair.Expansion);
        }

        bool Listed(Mention m) => taken.Contains(Words.Normalize(m.Key)) || taken.Contains(Words.Normalize(m.Text));
        var treaties = analysis.DistinctOfKind(EntityKind.Treaty).Where(t => !Listed(t)).Take(TermsPerKind);
        var organisations = analysis.DistinctOfKind(EntityKind.Organisation)
            .Where(o => !Listed(o) && (analysis.Frequency.GetValueOrDefault(o.Key) >= 2 || InTitle(analysis, o)) &&
                (o.Hit?.Organisation is not null || AnswerTypes.Classify(o.Key, analysis.Gazetteer) == "organisation"))
            .Take(TermsPerKind);
        var concepts = analysis.DistinctOfKind(EntityKind.Concept).Where(c => !Listed(c) && IsGazetteerConcept(analysis, c))
            .DistinctBy(c => Words.ConceptKey(c.Text), StringComparer.Ordinal).Take(TermsPerKind);
        foreach (var mention in treaties.Concat(organisations).Concat(concepts))
        {
            var term = mention.Kind == EntityKind.Concept ? mention.Text.ToLowerInvariant() : mention.Key;
            if (Gloss(analysis, mention, taken) is { } gloss)
            {
                Add(term, gloss);
            }
        }

        return terms;
    }

    /// <summary>
    /// The article's own sentence about the term, pronouns named: the first that puts it early (where a sentence is usually
    /// about it), else the first that mentions it, and never one that already explains another term.
    /// </summary>
    private static string? Gloss(ArticleAnalysis analysis, Mention mention, HashSet<string> taken)
    {
        var sentences = analysis.Sentences.Where(s => s.WordCount is >= 6 and <= 60 && s.Mentions.Any(m => m.Key == mention.Key))
            .OrderBy(s => s.Text.Any(IsQuoteOpener) || s.Text.Contains('”', StringComparison.Ordinal)).ThenBy(s => s.Index).ToList();
        var early = sentences.Where(s => s.Mentions.First(m => m.Key == mention.Key).Range.Start - s.Range.Start < s.Range.Length * 2 / 5);
        // A sentence whose pronoun cannot be named explains nothing on its own when it opens with it ("He pointed to …"); one
        // that names the term first still does ("The alliance they asked to join was founded …").
        var readable = early.Concat(sentences).Select(s => StemWriter.Rewrite(s, analysis.Text, null))
            .Concat(sentences.Where(s => !OpeningPronoun().IsMatch(s.Text)).Select(s => s.Text));
        return readable.OfType<string>().Select(text => $"In the article: “{text}”").FirstOrDefault(gloss => !taken.Contains(Words.Normalize(gloss)));
    }

    [GeneratedRegex(@"^(?:He|She|It|They|His|Her|Its|Their|This|These|Those)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OpeningPronoun();

    /// <summary>
    /// Objectives about this article: its own question (from the title), the actors whose positions it sets out, an event it
    /// explains, the span of time it covers, and the terms it turns on. Generic objectives only when nothing specific is found.
    /// </summary>
    private static List<string> Objectives(ArticleAnalysis analysis)
    {
        var objectives = new List<string>();
        var subjectMention = MainSubject(analysis);
        var subject = subjectMention is null ? null : NameWithArticle(analysis, subjectMention);
        if (TitleQuestion(analysis) is { } fromTitle)
        {
            objectives.Add(fromTitle);
        }
        else if (subject is not null)
        {
            objectives.Add($"Summarise what the article reports about {subject}.");
        }

        var actors = QuestionTemplates.StanceActors(analysis).Select(a => NameWithArticle(analysis, a)).Take(4).ToList();
        if (actors.Count >= 2)
        {
            objectives.Add($"Compare the positions the article attributes to {JoinAnd(actors)}.");
        }

        if (QuestionTemplates.ExplainedEvents(analysis) is [var explained, ..])
        {
            objectives.Add($"Explain why {explained.TrimEnd('.')}, as the article accounts for it.");
        }

        // Years of events ("in 1949", "since 2014"), not targets ("by 2035").
        var years = analysis.Sentences.SelectMany(s => s.Mentions.Where(m => m.Kind == EntityKind.Year && m.Value is not null && EventYear().IsMatch(analysis.Text.AsSpan(s.Range.Start, m.Range.Start - s.Range.Start))))
            .Select(m => (int)m.Value!.Value).Distinct().Order().ToList();
        if (years.Count >= 3)
        {
            objectives.Add($"Trace the main events the article describes, from {years[0]} to {years[^1]}.");
        }

        // The treaties and concepts the article turns on, besides its subject itself.
        var defined = analysis.DistinctOfKind(EntityKind.Treaty).Where(t => t.Key != subjectMention?.Key).Take(2)
            .Concat(analysis.DistinctOfKind(EntityKind.Concept).Where(c => IsGazetteerConcept(analysis, c)))
            .Take(3)
            .Select(m => m.Kind == EntityKind.Concept ? "“" + m.Text.ToLowerInvariant() + "”" : NameWithArticle(analysis, m))
            .ToList();
        if (defined.Count > 0)
        {
            objectives.Add($"Define {JoinAnd(defined)}, and explain how {(defined.Count == 1 ? "it bears" : "each bears")} on {subject ?? "the events the article describes"}.");
        }

        if (objectives.Count < 3)
        {
            var places = analysis.DistinctOfKind(EntityKind.Country).Concat(analysis.DistinctOfKind(EntityKind.City))
                .Where(m => m.Key != subjectMention?.Key).Take(3).Select(m => NameWithArticle(analysis, m)).ToList();
            if (places.Count >= 2)
            {
                objectives.Add($"Explain what part {JoinAnd(places)} play in the events the article describes.");
            }
        }

        if (objectives.Count == 0)
        {
            objectives.Add("Summarise the article’s main argument in your own words.");
        }

        return objectives;
    }

    private static string JoinAnd(List<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];

    /// <summary>
    /// What the article is about: the country, organisation, treaty or person its title names that it mentions most, else the
    /// country, organisation or treaty it mentions most.
    /// </summary>
    private static Mention? MainSubject(ArticleAnalysis analysis)
    {
        var candidates = analysis.Sentences.SelectMany(s => s.Mentions)
            .Where(m => m.Kind is EntityKind.Country or EntityKind.Organisation or EntityKind.Treaty || m.Kind == EntityKind.Person && InTitle(analysis, m))
            .GroupBy(m => m.Key)
            .Select(g => (Mention: g.First(), Count: g.Count(), InTitle: InTitle(analysis, g.First())))
            .OrderByDescending(g => g.InTitle)
            .ThenByDescending(g => g.Count)
            .ThenBy(g => g.Mention.Range.Start)
            .ToList();
        return candidates.Count == 0 || candidates[0].Count < 2 && !candidates[0].InTitle ? null : candidates[0].Mention;
    }

    [GeneratedRegex(@"\b(?:[Ii]n|[Ss]ince|[Ff]rom|of|[Dd]uring|[Bb]etween|and)\s+(?:(?:early|late|mid-)\s*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex EventYear();

    private static bool InTitle(ArticleAnalysis analysis, Mention mention)
    {
        // "the Black Sea Grain Initiative" under "The Black Sea grain corridor: …": most of its name is in the title.
        var acronym = analysis.Acronyms.FirstOrDefault(a => a.Expansion == mention.Key)?.Acronym;
        var words = Words.ContentWords(mention.Key).ToList();
        var inTitle = words.Count(analysis.TitleWords.Contains);
        return words.Count > 0 && (inTitle == words.Count || inTitle >= 2 && inTitle * 4 >= words.Count * 3) ||
            acronym is not null && analysis.TitleWords.Contains(acronym.ToLowerInvariant());
    }

    /// <summary>"the Arctic Council", "NATO", "the United States", "Kazakhstan": the name with "the" when the article writes it so.</summary>
    private static string NameWithArticle(ArticleAnalysis analysis, Mention mention)
    {
        if (mention.Kind is EntityKind.Person or EntityKind.Name or EntityKind.City or EntityKind.Region)
        {
            return mention.Kind == EntityKind.Person ? mention.Key : mention.Text;
        }

        if (mention.Kind == EntityKind.Country)
        {
            return Words.TakesDefiniteArticle(mention.Key) ? "the " + mention.Key : mention.Key;
        }

        // The article's own short form and article ("the UNFCCC", "OPEC"); a treaty takes "the" even where the article
        // introduced it with "a" ("a Cooperative Framework Agreement").
        var name = StemWriter.NameFor(mention, analysis.Text, new PronounLink(mention.Range, "it", mention));
        var first = name.Split(' ')[0];
        var acronymLike = first.Length > 1 && first.All(c => char.IsUpper(c) || char.IsDigit(c) || c == '+');
        return mention.Kind == EntityKind.Treaty && !name.StartsWith("the ", StringComparison.Ordinal) && !acronymLike && !name.StartsWith("New ", StringComparison.Ordinal)
            ? "the " + name
            : name;
    }

    private static int Count(string text, string phrase)
    {
        var count = 0;
        for (var i = text.IndexOf(phrase, StringComparison.Ordinal); i >= 0; i = text.IndexOf(phrase, i + phrase.Length, StringComparison.Ordinal))
        {
            var end = i + phrase.Length;
            if ((i == 0 || !char.IsLetterOrDigit(text[i - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                count++;
            }
        }

        return count;
    }

    // "How Kazakhstan Positions Itself Between East and West", "Can the Free Trade Area Deliver?": a title that asks the lesson's question.
    [GeneratedRegex(@"(?:^|:\s*|[—–-]\s+)(?<clause>(?:[Hh]ow|[Ww]hy|[Ww]hat|Can|Will|Could|Should|Is|Are|Was|Were)\s[^:?!]{8,160})\??$", RegexOptions.CultureInvariant)]
    private static partial Regex TitleClause();

    /// <summary>
    /// "How Kazakhstan Positions Itself Between East and West" → "Explain how Kazakhstan positions itself between East and West.";
    /// "Can the African Continental Free Trade Area Deliver?" → "Assess whether the African Continental Free Trade Area can deliver."
    /// </summary>
    private static string? TitleQuestion(ArticleAnalysis analysis)
    {
        var match = TitleClause().Match(analysis.Article.Title.Trim());
        if (!match.Success)
        {
            return null;
        }

        // Title case back to sentence case: a word keeps its capital only where the article never writes it in lower case.
        var words = match.Groups["clause"].Value.Trim().TrimEnd('.', ',').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var body = analysis.Text;
        var clause = match.Groups["clause"].Value;
        var names = analysis.Sentences.SelectMany(s => s.Mentions).Where(m => m.IsNamed && clause.Contains(m.Text, StringComparison.Ordinal))
            .SelectMany(m => m.Text.Split(' ')).ToHashSet(StringComparer.Ordinal);
        var sentence = words.Select((w, i) => i == 0 ? w.ToLowerInvariant() :
            names.Contains(w.TrimEnd(',', '.', ';', ':')) || analysis.Gazetteer.TryLookup(w.TrimEnd(',', '.', ';', ':'), out _) || KeepsCapital(w, body) ? w : w.ToLowerInvariant()).ToList();
        if (words[0] is "How" or "Why" or "What" or "how" or "why" or "what")
        {
            return "Explain " + string.Join(' ', sentence) + ".";
        }

        // "Can X deliver" → "whether X can deliver": the auxiliary moves behind the subject, which ends before the last word.
        if (words.Length < 3)
        {
            return null;
        }

        return "Assess whether " + string.Join(' ', sentence.Skip(1).Take(sentence.Count - 2)) + " " + sentence[0] + " " + sentence[^1] + ".";
    }

    private static bool KeepsCapital(string word, string body)
    {
        var bare = word.TrimEnd(',', '.', ';', ':').Replace("’s", string.Empty, StringComparison.Ordinal).Replace("'s", string.Empty, StringComparison.Ordinal);
        if (bare.Length == 0 || !char.IsUpper(bare[0]) || bare.Skip(1).Any(c => char.IsUpper(c) || char.IsDigit(c)))
        {
            return true;
        }

        // "Kazakhstan" stays; "Climate" and "Summits" go down, since the article writes them in lower case more often than as names.
        var lower = char.ToLowerInvariant(bare[0]) + bare[1..];
        var midSentence = 0;
        for (var i = body.IndexOf(" " + bare, StringComparison.Ordinal); i >= 0; i = body.IndexOf(" " + bare, i + 1, StringComparison.Ordinal))
        {
            var end = i + 1 + bare.Length;
            if (i > 0 && body[i - 1] is not ('.' or '!' or '?' or '\n' or '“' or '"' or ':') && (end >= body.Length || !char.IsLetter(body[end])))
            {
                midSentence++;
            }
        }

        return midSentence > 0 && midSentence >= Count(body, lower);
    }

    private static List<string> Tags(ArticleAnalysis analysis)
    {
        var tags = new List<string>();
        void Add(string? tag)
        {
            if (!string.IsNullOrWhiteSpace(tag) && !tags.Contains(tag, StringComparer.OrdinalIgnoreCase) && tags.Count < MaxTags)
            {
                tags.Add(tag);
            }
        }

        if (analysis.DominantCountry is { } dominant)
        {
            Add(dominant.Key);
            Add(dominant.Hit?.Country?.Region);
        }

        foreach (var org in analysis.DistinctOfKind(EntityKind.Organisation).Where(o => analysis.Frequency.GetValueOrDefault(o.Key) >= 1).Take(3))
        {
            Add(Display(analysis, org));
        }

        foreach (var concept in analysis.DistinctOfKind(EntityKind.Concept).Where(c => IsGazetteerConcept(analysis, c)).Take(3))
        {
            Add(concept.Text.ToLowerInvariant());
        }

        foreach (var country in analysis.DistinctOfKind(EntityKind.Country).Take(3))
        {
            Add(country.Key);
        }

        return tags;
    }
}
