using IRLearn.QuestionGeneration.Cleaning;
using IRLearn.QuestionGeneration.Entities;
using IRLearn.QuestionGeneration.Gazetteer;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Analysis;

/// <summary>What the engine understood of an article: sentences, entities, acronyms, coreference and salience.</summary>
public sealed class ArticleAnalysis
{
    public required CleanedArticle Article { get; init; }

    public required IReadOnlyList<SentenceInfo> Sentences { get; init; }

    /// <summary>Acronym pairs defined in the article or expanded from the gazetteer, in order of first appearance.</summary>
    public required IReadOnlyList<AcronymPair> Acronyms { get; init; }

    /// <summary>How often each entity key is mentioned.</summary>
    public required IReadOnlyDictionary<string, int> Frequency { get; init; }

    public required Mention? DominantCountry { get; init; }

    public required IReadOnlySet<string> TitleWords { get; init; }

    public required IrGazetteer Gazetteer { get; init; }

    public string Text => Article.Text;

    /// <summary>The cleaned text in comparison form, computed once.</summary>
    public string NormalizedText => _normalizedText ??= Words.Normalize(Article.Text);

    private string? _normalizedText;
    private bool? _opinionPiece;

    /// <summary>
    /// An op-ed: the page labels it so beside its byline or date (<see cref="SectionLabel"/>), or the writer speaks in the
    /// first person in two sentences or more (see <see cref="Opinion"/>).
    /// </summary>
    public bool IsOpinionPiece => _opinionPiece ??= SectionLabel.MarksOpinion(Article.Removed) || Opinion.IsOpinionPiece(Sentences.Select(s => s.Text));
    private readonly Dictionary<EntityKind, IReadOnlyList<Mention>> _distinct = [];

    private Dictionary<string, List<string>>? _officials;

    /// <summary>
    /// The names of the people the article ties to a country by office: "Afghan President Ashraf Ghani", "U.S. Secretary
    /// of State Antony Blinken", "President Xi Jinping of China", "Liu He, China’s top trade negotiator". Full names and
    /// surnames both, so either one in a stem gives the country away.
    /// </summary>
    public IReadOnlyList<string> OfficialsOf(string country)
    {
        _officials ??= Affiliations.Learn(this);
        return _officials.TryGetValue(country, out var names) ? names : [];
    }

    private Dictionary<string, List<string>>? _aliases;
    private Dictionary<string, string>? _honorifics;

    /// <summary>
    /// Other names the article itself gives an entity: "Semey (formerly Semipalatinsk)", "the Berm, also known as Rukban",
    /// "Myanmar, or Burma". Never offered as wrong options against each other.
    /// </summary>
    public IReadOnlyList<string> AliasesOf(string name)
    {
        _aliases ??= ArticleAliases.Learn(Text);
        return _aliases.TryGetValue(name, out var aliases) ? aliases : [];
    }

    /// <summary>"Ms", "Mr" or "Mrs" when the article calls the person so ("Ms. Haley"); null when it never does.</summary>
    public string? HonorificOf(string personKey)
    {
        _honorifics ??= ArticleAliases.Honorifics(Text);
        return _honorifics.TryGetValue(Entities.PersonRegistry.SurnameOf(personKey), out var honorific) ? honorific : null;
    }

    /// <summary>Every distinct entity of a kind, most mentioned first (ties by first appearance).</summary>
    public IReadOnlyList<Mention> DistinctOfKind(EntityKind kind)
    {
        if (_distinct.TryGetValue(kind, out var cached))
        {
            return cached;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<Mention>();
        foreach (var sentence in Sentences)
        {
            foreach (var mention in sentence.Mentions)
            {
                if (mention.Kind == kind && seen.Add(mention.Key))
                {
                    list.Add(mention);
                }
            }
        }

        var ordered = list.OrderByDescending(m => Frequency.GetValueOrDefault(m.Key)).ToList();
        _distinct[kind] = ordered;
        return ordered;
    }
}

/// <summary>Runs the understanding stages over a cleaned article.</summary>
public static partial class ArticleAnalyzer
{
    public static ArticleAnalysis Analyze(CleanedArticle article, IrGazetteer gazetteer)
    {
        var text = article.Text;
        var ranges = new List<(TextRange Range, int Block)>();
        for (var b = 0; b < article.Blocks.Count; b++)
        {
            var block = article.Blocks[b];
            if (block.IsHeading)
            {
                continue;
            }

            foreach (var range in SentenceSplitter.Split(text, block.Range))
            {
                ranges.Add((range, b));
            }
        }

        var people = new PersonRegistry();
        var acronyms = new List<AcronymPair>();
        foreach (var (range, _) in ranges)
        {
            people.Learn(text, range, gazetteer);
            foreach (var pair in AcronymDetector.Detect(text, range))
            {
                if (!acronyms.Any(a => a.Acronym == pair.Acronym))
                {
                    acronyms.Add(pair);
                }
            }
        }

        people.LearnFromSurnameReuse(text, ranges.Select(r => r.Range).ToList(), gazetteer);
        var recognizer = new EntityRecognizer(gazetteer, people);
        var lowerCaseWords = LowerCaseWords(text);
        var sentences = new List<SentenceInfo>(ranges.Count);
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (range, block) in ranges)
        {
            var mentions = recognizer.Recognize(text, range);
            mentions = ApplyAcronyms(mentions, acronyms);
            mentions.RemoveAll(m => IsNameFragment(text, range, m, lowerCaseWords));
            for (var i = 0; i < mentions.Count; i++)
            {
                if (mentions[i].Kind == EntityKind.Name && Seats.Contains(mentions[i].Text))
                {
                    // "the Kremlin announced that it …": a seat of government acts as its government, not as a place to
                    // offer beside Odesa.
                    mentions[i] = mentions[i] with { Kind = EntityKind.Organisation };
                }
            }

            var quoted = Words.QuotedSpans(range.Slice(text), range.Start);
            if (quoted.Count > 0)
            {
                // Capitalised words in a quoted title or slogan ("Africa Must Unite") are not names.
                mentions.RemoveAll(m => m.Kind == EntityKind.Name && quoted.Any(q => q.Overlaps(m.Range)));
            }
            foreach (var mention in mentions)
            {
                frequency[mention.Key] = frequency.GetValueOrDefault(mention.Key) + 1;
            }

            var sentence = new SentenceInfo(sentences.Count, range, range.Slice(text), block, mentions);
            sentence.Previous = sentences.Count > 0 && sentences[^1].BlockIndex == block ? sentences[^1] : null;
            sentences.Add(sentence);
        }

        var published = ArticleDate.Find(article);
        foreach (var sentence in sentences)
        {
            sentence.Published = published;
        }

        AddGazetteerExpansions(sentences, acronyms);
        var titleWords = Words.ContentWords(article.Title).ToHashSet(StringComparer.Ordinal);
        var dominant = DominantCountry(sentences, titleWords, article.Title, gazetteer);
        CoreferenceResolver.Resolve(text, sentences, dominant, DominantEntity(sentences, titleWords));
        ScoreSalience(sentences, frequency, titleWords, dominant);

        return new ArticleAnalysis
        {
            Article = article,
            Sentences = sentences,
            Acronyms = acronyms,
            Frequency = frequency,
            DominantCountry = dominant,
            TitleWords = titleWords,
            Gazetteer = gazetteer,
        };
    }

    /// <summary>
    /// A one-word "name" that is only a piece of a longer title ("Voice" and "Summit" in "Voice of the Global South Summit",
    /// "Leaders" in "New Delhi Leaders' Declaration"), a common noun the article also writes in lower case ("Summit" / "summit"),
    /// or a sentence-opening gerund ("Hosting the G20 …"). Asking about it, or offering it as a distractor, makes no sense.
    /// </summary>
    private static bool IsNameFragment(string text, TextRange sentence, Mention mention, HashSet<string> lowerCaseWords)
    {
        if (mention.Kind != EntityKind.Name)
        {
            return false;
        }

        if (mention.Range.Start > sentence.Start && OrdinalBefore().IsMatch(text.AsSpan(sentence.Start, mention.Range.Start - sentence.Start)))
        {
            // "Second Thomas Shoal", "Second World War": the ordinal is the name's first word.
            return true;
        }

        if (mention.Text.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        if (lowerCaseWords.Contains(mention.Text.ToLowerInvariant()) || Faiths.Contains(mention.Text) || IsDemonymOfKnownCountry(mention.Text) ||
            Initials().IsMatch(mention.Text) || AbbreviationOrNumberAround(text, sentence, mention.Range) ||
            mention.Range.Start == sentence.Start && mention.Text.EndsWith("ing", StringComparison.Ordinal))
        {
            return true;
        }

        var before = text.AsSpan(sentence.Start, mention.Range.Start - sentence.Start);
        var after = text.AsSpan(mention.Range.End, sentence.End - mention.Range.End);
        if (after.Length > 1 && after[0] is '’' or '\'' && char.IsLetter(after[1]) && after[1] != 's')
        {
            // "Gwich’in": the tokenizer stopped at the apostrophe inside a word.
            return true;
        }

        return CapitalisedNeighbour(before, fromEnd: true) || CapitalisedNeighbour(after, fromEnd: false);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\S\s+(?:First|Second|Third|Fourth)\s$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex OrdinalBefore();

    /// <summary>"D.C.", "U.K." on their own: initials that finish another name.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\p{Lu}\.)+$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Initials();

    /// <summary>"St. Petersburg" split at the abbreviation, or "Article 5" at its number: the word is half of a name.</summary>
    private static bool AbbreviationOrNumberAround(string text, TextRange sentence, TextRange word)
    {
        var before = text.AsSpan(sentence.Start, word.Start - sentence.Start).TrimEnd();
        var after = text.AsSpan(word.End, sentence.End - word.End);
        var previousWord = before.LastIndexOf(' ') is var space and >= 0 ? before[(space + 1)..] : before;
        var abbreviated = before.EndsWith("St.") || before.EndsWith("Mt.") || before.EndsWith("Ft.") || before.EndsWith("Sen.") || before.EndsWith("Gov.") ||
            previousWord.Length >= 4 && Initials().IsMatch(previousWord);
        return abbreviated || after.Length > 1 && after[0] == ' ' && char.IsDigit(after[1]) || after.StartsWith(" No.") ||
            JoinedByParticle(before, fromEnd: true) || JoinedByParticle(after, fromEnd: false);
    }

    /// <summary>"Mercado Comun del Sur", "William &amp; Mary": a particle between two capitalised words joins them into one name.</summary>
    private static bool JoinedByParticle(ReadOnlySpan<char> side, bool fromEnd)
    {
        var words = side.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return false;
        }

        var (particle, other) = fromEnd ? (words[^1], words[^2]) : (words[0], words[1]);
        return (particle == "&" || EntityRecognizer.NameParticles.Contains(particle)) && other.Length > 0 && char.IsUpper(other[0]);
    }

    private static readonly HashSet<string> Seats = new(Lexicon.Default.Words("governmentSeats"), StringComparer.Ordinal);

    private static readonly HashSet<string> Faiths = new(Lexicon.Default.Words("faiths"), StringComparer.Ordinal);

    /// <summary>"Kazakh", "Kazakhs", "Uzbeks", "Turks": the start of a country's name, so a people or an adjective, not a name to ask for.</summary>
    private static bool IsDemonymOfKnownCountry(string word)
    {
        var stem = word.EndsWith('s') ? word[..^1] : word;
        return stem.Length >= 4 && IrGazetteer.Default.CountryNameContinues(stem, anyWord: false);
    }

    private static bool CapitalisedNeighbour(ReadOnlySpan<char> side, bool fromEnd)
    {
        var words = side.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return false;
        }

        if (fromEnd)
        {
            // "Delhi Leaders'", "South Summit": the word right before, when it is part of a name and not a sentence opener.
            var previous = words[^1].TrimEnd('’', '\'').Replace("’s", string.Empty, StringComparison.Ordinal);
            var hasMoreBefore = words.Length > 1;
            // Compass points and ordinals start names too ("Global South Summit", "Second Thomas Shoal", "Second World War").
            var sentenceWord = EntityRecognizer.NotNames.Contains(previous) && previous is not ("North" or "South" or "East" or "West" or "First" or "Second" or "Third" or "Fourth");
            return previous.Length > 0 && char.IsUpper(previous[0]) && !sentenceWord && hasMoreBefore &&
                !previous.EndsWith(',') && !previous.EndsWith('.');
        }

        // "Voice of the Global …", "Voice Summit": the next word (after "of" / "of the") is capitalised.
        var k = 0;
        if (words[0].EndsWith(',') || words[0].EndsWith('.'))
        {
            return false;
        }

        if (words[k] is "of" && k + 1 < words.Length)
        {
            k++;
            if (words[k] is "the" && k + 1 < words.Length)
            {
                k++;
            }
        }

        var next = words[k];
        return next.Length > 0 && char.IsUpper(next[0]) && !EntityRecognizer.NotNames.Contains(next.TrimEnd(',', '.', ';'));
    }

    private static HashSet<string> LowerCaseWords(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                if (char.IsLower(text[start]))
                {
                    words.Add(text[start..i]);
                }

                start = -1;
            }
        }

        return words;
    }

    /// <summary>An acronym the article defined itself names an organisation even if the gazetteer never heard of it.</summary>
    private static List<Mention> ApplyAcronyms(List<Mention> mentions, List<AcronymPair> acronyms)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (mention.Kind is not (EntityKind.Name or EntityKind.Organisation))
            {
                continue;
            }

            var pair = acronyms.FirstOrDefault(a => a.Acronym == mention.Text || a.Expansion == mention.Text);
            if (pair is not null && mention.Hit is null)
            {
                mentions[i] = mention with { Kind = EntityKind.Organisation, Key = pair.Expansion };
            }
        }

        return mentions;
    }

    /// <summary>When only one form of a known organisation appears, the gazetteer supplies the other for the key terms.</summary>
    private static void AddGazetteerExpansions(List<SentenceInfo> sentences, List<AcronymPair> acronyms)
    {
        foreach (var sentence in sentences)
        {
            foreach (var mention in sentence.Mentions)
            {
                if (mention.Hit?.Organisation is { } org && !acronyms.Any(a => a.Acronym == org.Acronym || a.Expansion == org.Name) &&
                    org.Acronym != org.Name && org.Acronym.Any(char.IsUpper))
                {
                    acronyms.Add(new AcronymPair(org.Acronym, org.Name, null));
                }
            }
        }
    }

    /// <summary>The country or organisation the article is about: named in the title and the most mentioned of its kind.</summary>
    private static Mention? DominantEntity(List<SentenceInfo> sentences, HashSet<string> titleWords)
    {
        var ranked = sentences.SelectMany(s => s.Mentions).Where(m => m.Kind is EntityKind.Country or EntityKind.Organisation)
            .GroupBy(m => m.Key).OrderByDescending(g => g.Count()).ThenBy(g => g.First().Range.Start).Take(2).ToList();
        var top = ranked.FirstOrDefault();
        if (top is null || top.Count() < 3 || ranked.Count > 1 && ranked[1].Count() * 3 >= top.Count() * 2)
        {
            // An article about the GCC and OPEC+ has no single subject for an unanchored "it" to fall back on.
            return null;
        }

        var inTitle = top.Any(m => Words.ContentWords(m.Text).All(titleWords.Contains));
        return inTitle ? top.First() : null;
    }

    private static Mention? DominantCountry(List<SentenceInfo> sentences, HashSet<string> titleWords, string title, IrGazetteer gazetteer)
    {
        var countries = sentences.SelectMany(s => s.Mentions).Where(m => m.Kind == EntityKind.Country).ToList();
        var ranked = countries.GroupBy(m => m.Key).Where(g => g.Count() >= 3)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.First().Range.Start).ToList();
        var normalizedTitle = Words.Normalize(title);

        // "South Korean president's impeachment fails": a title names its country by every word of the name or by its
        // demonym, and the country it names is the article's even when another (the United States) is mentioned as often.
        bool InTitle(string key) => Words.ContentWords(key).All(titleWords.Contains) ||
            gazetteer.CountryByName.TryGetValue(key, out var country) && country.Demonyms.Any(d => Words.ContainsPhrase(normalizedTitle, Words.Normalize(d)));
        if (ranked.FirstOrDefault(g => InTitle(g.Key)) is { } named)
        {
            return named.First();
        }

        return ranked.Count > 0 && ranked[0].Count() * 2 >= countries.Count ? ranked[0].First() : null;
    }

    private static void ScoreSalience(List<SentenceInfo> sentences, Dictionary<string, int> frequency, HashSet<string> titleWords, Mention? dominant)
    {
        var count = Math.Max(1, sentences.Count);
        foreach (var sentence in sentences)
        {
            var position = 1.0 - (0.4 * sentence.Index / count);
            var entityWeight = sentence.Mentions.Where(m => m.Kind != EntityKind.Concept)
                .Sum(m => Math.Min(3, frequency.GetValueOrDefault(m.Key)) * (m.IsNumeric ? 1.5 : 1.0)) / 4.0;
            var titleOverlap = Words.ContentWords(sentence.Text).Count(titleWords.Contains) / 3.0;
            var aboutTopic = dominant is not null && (sentence.Mentions.Any(m => m.Key == dominant.Key) || sentence.Pronouns.Any(p => p.Antecedent?.Key == dominant.Key)) ? 0.3 : 0;
            var lengthPenalty = sentence.WordCount is < 6 or > 55 ? 0.5 : 0;
            sentence.Salience = position + Math.Min(2.0, entityWeight) + Math.Min(1.0, titleOverlap) + aboutTopic - lengthPenalty;
        }
    }
}
