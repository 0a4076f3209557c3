using System.Text.RegularExpressions;
using IRLearn.QuestionGeneration.Analysis;
using IRLearn.QuestionGeneration.Entities;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Questions.Scoring;

/// <summary>One named input of a logistic model. Models weigh features by name, so a model fitted before a feature existed still loads.</summary>
public readonly record struct Feature(string Name, double Value);

/// <summary>
/// What the models see of a candidate, computed once per article. Two views: <see cref="Fact"/> describes the fact a
/// question asks about (its kind, where and how prominently the article states it), independent of the question's form,
/// for the "is this a key fact" model; <see cref="Quality"/> adds the question's form (template, stem, options, context a
/// student would lack) for the "would a strict reviewer accept it" model. Every feature is general: none names an
/// article, a phrase or a fact. Values are kept roughly within 0–2 so one L2 penalty suits them all.
/// </summary>
public sealed partial class CandidateFeatures
{
    [GeneratedRegex(@"\b(?:it|its|he|his|him|she|her|they|their|them|this|these|those)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"\b(?:" + WordPatterns.Weekday + @"|today|tonight|yesterday|tomorrow|(?:this|last|next|earlier this|later this)\s+(?:week|month|year|spring|summer|autumn|fall|winter)|[0-9]+\s+(?:days|weeks|months|years)\s+ago|recently)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RelativeTime();

    [GeneratedRegex(@"\b(?:I|me|my|we|us|our)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FirstPerson();

    [GeneratedRegex(@"[0-9][0-9,.]*", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();

    /// <summary>Photo and wire credits: "Name/AFP", "Getty Images", "Photograph:", "Credit".</summary>
    [GeneratedRegex(@"\p{L}/\p{Lu}|\bGetty\b|\bPhotograph\b|\bPhoto:|\bCredit\b|\bImages\b", RegexOptions.CultureInvariant)]
    private static partial Regex CreditCue();

    /// <summary>A role next to a name: "chief economist Pierre-Olivier Gourinchas", "Smith, the foreign minister".</summary>
    [GeneratedRegex(@"\b(?:president|minister|secretary|ambassador|chief|governor|director|spokes(?:man|woman|person)|leader|chair(?:man|woman)?|head|economist|commander|general|envoy|official|prosecutor|judge|senator|adviser|advisor|founder|king|queen|prince|premier|chancellor|mayor|negotiator|representative|emir|sheikh|ceo)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Role();

    [GeneratedRegex(@"\b(?:said|says|told|added|according to)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Attribution();

    [GeneratedRegex(@"\b(?:in|at|to|from)\s+(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlacePreposition();

    [GeneratedRegex(@"\b(?:headquarter(?:s|ed)|secretariat|based|capital|hosted|held)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SeatCue();

    [GeneratedRegex("^(?:" + WordPatterns.Unit + "|ten|[0-9])$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SmallCount();

    private readonly ArticleAnalysis _analysis;
    private readonly Dictionary<string, int> _firstMention = new(StringComparer.Ordinal);
    private readonly Dictionary<int, (int Words, int Sentences)> _blocks = [];
    private readonly Dictionary<string, int> _answerCounts = new(StringComparer.Ordinal);
    private readonly string? _topEntity;
    private readonly int _firstBlock;
    private readonly string _title;

    public CandidateFeatures(ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        _analysis = analysis;
        foreach (var sentence in analysis.Sentences)
        {
            var (words, sentences) = _blocks.GetValueOrDefault(sentence.BlockIndex);
            _blocks[sentence.BlockIndex] = (words + sentence.WordCount, sentences + 1);
        }

        foreach (var sentence in analysis.Sentences)
        {
            foreach (var mention in sentence.Mentions)
            {
                _firstMention.TryAdd(mention.Key, sentence.Index);
            }
        }

        _firstBlock = analysis.Sentences.Count > 0 ? analysis.Sentences[0].BlockIndex : 0;
        _topEntity = analysis.Sentences.SelectMany(s => s.Mentions).Where(m => m.IsNamed)
            .GroupBy(m => m.Key, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.First().Range.Start)
            .Select(g => g.Key).FirstOrDefault();
        _title = Words.Normalize(analysis.Article.Title);
    }

    /// <summary>The fact behind a candidate: the entity it asks for and the sentence that states it.</summary>
    public List<Feature> Fact(QuestionCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var sentence = candidate.Sentence;
        var answer = AnswerMention(candidate);
        var (blockWords, blockSentences) = _blocks.GetValueOrDefault(sentence.BlockIndex);
        var count = _analysis.Sentences.Count;
        var normalizedAnswer = Words.Normalize(candidate.Answer);
        var features = new List<Feature>(24)
        {
            new("answer:" + (answer is null ? "none" : answer.Kind.ToString().ToLowerInvariant()), 1),
            new("salience", sentence.Salience / 3),
            new("position", count <= 1 ? 0 : (double)sentence.Index / (count - 1)),
            new("first-paragraph", sentence.BlockIndex == _firstBlock ? 1 : 0),
            new("sentence-words", Math.Min(sentence.WordCount, 80) / 40.0),
            new("block-words", Math.Min(blockWords, 150) / 100.0),
            new("short-block", blockWords < 25 ? 1 : 0),
            new("lone-sentence-block", blockSentences == 1 ? 1 : 0),
            new("answer-frequency", Math.Log(1 + AnswerCount(normalizedAnswer)) / 2),
            new("answer-in-title", normalizedAnswer.Length > 0 && Words.ContainsPhrase(_title, normalizedAnswer) ? 1 : 0),
            new("answer-is-top-entity", answer is not null && answer.Key == _topEntity ? 1 : 0),
            new("answer-known", answer?.Hit is not null ? 1 : 0),
            new("answer-words", Math.Min(candidate.Answer.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length, 10) / 5.0),
            new("first-person", FirstPerson().IsMatch(sentence.Text) ? 1 : 0),
            new("relative-time-source", RelativeTime().IsMatch(sentence.Text) ? 1 : 0),
            new("credit-cue", CreditCue().IsMatch(sentence.Text) ? 1 : 0),
            new("unterminated-source", sentence.Text.TrimEnd().EndsWith('.') || sentence.Text.TrimEnd().EndsWith('”') || sentence.Text.TrimEnd().EndsWith('"') || sentence.Text.TrimEnd().EndsWith('?') || sentence.Text.TrimEnd().EndsWith('!') ? 0 : 1),
            new("source-quote", sentence.Text.Contains('“', StringComparison.Ordinal) || sentence.Text.Contains('"', StringComparison.Ordinal) ? 1 : 0),
            new("first-mention", answer is not null && _firstMention.GetValueOrDefault(answer.Key, -1) == sentence.Index ? 1 : 0),
            new("person-with-role", answer?.Kind is EntityKind.Person or EntityKind.Name && RoleNear(sentence, answer) ? 1 : 0),
            new("small-count", answer?.Kind == EntityKind.Quantity && SmallCount().IsMatch(answer.Text) ? 1 : 0),
            new("sentence-mentions", Math.Min(sentence.Mentions.Count(m => m.Kind != EntityKind.Concept), 10) / 5.0),
            new("sentence-numbers", Math.Min(sentence.Mentions.Count(m => m.IsNumeric), 5) / 5.0),
            new("attribution", Attribution().IsMatch(sentence.Text) ? 1 : 0),
            new("defines-acronym", DefinesAcronym(candidate) ? 1 : 0),
            new("place-after-preposition", answer?.Kind is EntityKind.City or EntityKind.Country or EntityKind.Region or EntityKind.Name &&
                PlacePreposition().IsMatch(_analysis.Text.AsSpan(Math.Max(sentence.Range.Start, answer.Range.Start - 12), answer.Range.Start - Math.Max(sentence.Range.Start, answer.Range.Start - 12))) ? 1 : 0),
            new("seat-cue", answer?.Kind is EntityKind.City or EntityKind.Name && SeatCue().IsMatch(sentence.Text) ? 1 : 0),
        };
        return features;
    }

    /// <summary>The fact's features and the question's form.</summary>
    public List<Feature> Quality(QuestionCandidate candidate, GeneratedQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var features = Fact(candidate);
        var stem = question.Stem;
        var stemWords = stem.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var blank = stem.Contains(StemWriter.Blank, StringComparison.Ordinal);
        features.Add(new("template:" + candidate.Template, 1));
        features.Add(new("stem-words", Math.Min(stemWords, 80) / 40.0));
        features.Add(new("full-sentence-cloze", blank && stemWords >= 0.8 * candidate.Sentence.WordCount ? 1 : 0));
        features.Add(new("wh-question", !blank && stem.EndsWith('?') ? 1 : 0));
        features.Add(new("tf-false", question.Type == GeneratedQuestionType.TrueFalse && question.Options?.Any(o => o.IsCorrect && o.Text == "False") == true ? 1 : 0));
        features.Add(new("pronoun-in-stem", Pronoun().IsMatch(Unquoted(stem)) ? 1 : 0));
        features.Add(new("relative-time", RelativeTime().IsMatch(stem) ? 1 : 0));
        features.Add(new("quote-in-stem", stem.Contains('“', StringComparison.Ordinal) || stem.Contains('"', StringComparison.Ordinal) ? 1 : 0));
        features.Add(new("numbers-in-stem", Math.Min(Digits().Count(stem), 4) / 2.0));
        features.Add(new("answer-stem-in-stem", SharesStem(candidate.Answer, stem) ? 1 : 0));

        if (question.Type is GeneratedQuestionType.MultipleChoice or GeneratedQuestionType.MultipleResponse && question.Options is { Count: > 0 } options)
        {
            var wrong = options.Where(o => !o.IsCorrect).ToList();
            var inArticle = wrong.Count(o => Words.ContainsPhrase(_analysis.NormalizedText, Words.Normalize(o.Text)));
            features.Add(new("options", options.Count / 4.0));
            features.Add(new("distractors-in-article", wrong.Count == 0 ? 0 : (double)inArticle / wrong.Count));
            features.Add(new("distractors-outside", wrong.Count == 0 ? 0 : (double)(wrong.Count - inArticle) / wrong.Count));
        }

        return features;
    }

    /// <summary>The question asks what an acronym the article defines in its source stands for (or pairs several of them).</summary>
    private bool DefinesAcronym(QuestionCandidate candidate) =>
        _analysis.Acronyms.Any(a => a.DefinedIn is { } at && at.Start >= candidate.Source.Start && at.End <= candidate.Source.End &&
            (a.Expansion == candidate.Answer || a.Acronym == candidate.Answer || candidate.Pairs?.Any(p => p.Left == a.Acronym) == true));

    /// <summary>A role word within a few words before the name, or in an apposition right after it.</summary>
    private bool RoleNear(SentenceInfo sentence, Mention answer)
    {
        var text = _analysis.Text;
        var before = Math.Max(sentence.Range.Start, answer.Range.Start - 40);
        var after = Math.Min(sentence.Range.End, answer.Range.End + 40);
        return Role().IsMatch(text.AsSpan(before, answer.Range.Start - before)) ||
            text.AsSpan(answer.Range.End, after - answer.Range.End).TrimStart().StartsWith(",") && Role().IsMatch(text.AsSpan(answer.Range.End, after - answer.Range.End));
    }

    /// <summary>The mention a candidate asks for: the one whose text is its answer (a list's first item), if any.</summary>
    private static Mention? AnswerMention(QuestionCandidate candidate)
    {
        foreach (var mention in candidate.Sentence.Mentions)
        {
            if (candidate.Answer == mention.Text || candidate.Answer.StartsWith(mention.Text + ",", StringComparison.Ordinal))
            {
                return mention;
            }
        }

        return null;
    }

    /// <summary>How many times the article names an answer, as a whole word or phrase.</summary>
    public int Mentions(string answer) => AnswerCount(Words.Normalize(answer));

    private int AnswerCount(string normalizedAnswer)
    {
        if (normalizedAnswer.Length == 0)
        {
            return 0;
        }

        if (_answerCounts.TryGetValue(normalizedAnswer, out var cached))
        {
            return cached;
        }

        var text = _analysis.NormalizedText;
        var count = 0;
        for (var index = text.IndexOf(normalizedAnswer, StringComparison.Ordinal); index >= 0; index = text.IndexOf(normalizedAnswer, index + normalizedAnswer.Length, StringComparison.Ordinal))
        {
            var end = index + normalizedAnswer.Length;
            if ((index == 0 || !char.IsLetterOrDigit(text[index - 1])) && (end >= text.Length || !char.IsLetterOrDigit(text[end])))
            {
                count++;
            }
        }

        _answerCounts[normalizedAnswer] = count;
        return count;
    }

    /// <summary>
    /// A capitalised word of the stem that starts like a word of the answer ("Sudanese" for Sudan, "Afghan" for
    /// Afghanistan): the kind of cue that gives an answer away even when the answer itself is not in the stem.
    /// </summary>
    private static bool SharesStem(string answer, string stem)
    {
        var prefixes = answer.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 5 && char.IsUpper(w[0])).Select(w => w[..5]).ToList();
        return prefixes.Count > 0 && stem.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(w => w.Length >= 5 && char.IsUpper(w[0]) && prefixes.Any(p => w.StartsWith(p, StringComparison.Ordinal)));
    }

    /// <summary>The stem without its quotations: a pronoun inside a speaker's words is theirs, not a missing referent.</summary>
    private static string Unquoted(string stem)
    {
        var spans = Words.QuotedSpans(stem);
        if (spans.Count == 0)
        {
            return stem;
        }

        var chars = stem.ToCharArray();
        foreach (var span in spans)
        {
            Array.Fill(chars, ' ', span.Start, span.Length);
        }

        return new string(chars);
    }
}
