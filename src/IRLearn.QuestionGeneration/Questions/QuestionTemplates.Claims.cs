using System.Globalization;
using System.Text.RegularExpressions;
using IRLearn.QuestionGeneration.Analysis;
using IRLearn.QuestionGeneration.Entities;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Questions;

public static partial class QuestionTemplates
{
    /// <summary>Most words a passage may have before its claims are asked about together.</summary>
    public const int ClaimPassageWords = 250;

    private const int MaxClaimWords = 25;

    /// <summary>A statement taken word for word from one sentence, short enough to be an option and readable on its own.</summary>
    private sealed record Claim(SentenceInfo Sentence, TextRange Range, string Text);

    // Tails that add attribution or comment rather than the claim itself.
    // Cutting the sentence before a coordinated clause leaves a complete first clause, which the article states as it stands.
    private static readonly string[] ClauseTails = ["; ", ", but ", ", while ", ", whereas ", ", although ", ", though "];

    // Attribution or comment that closes a sentence (", citing …", ", making it …", ", which …"); cut only when it runs to the
    // end, because the same words inside a sentence may sit between its subject and verb.
    [GeneratedRegex(@"(?:, (?:citing|saying|according to|adding|noting|telling|which|who|as|with|after|before|despite|amid|following|[a-z]+ing) | — | – )[^,;—–]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ClosingTail();

    // A finite verb, so that a cut never leaves a bare noun phrase ("the collective economy of the euro countries").
    [GeneratedRegex(@"\b(?:is|are|was|were|has|have|had|will|did|does|do|can|[a-z]{3,}ed|[a-z]{2,}(?:s|es)|began|became|came|fell|fought|gave|grew|held|kept|knew|led|left|lost|made|met|paid|ran|rose|said|saw|sent|sold|spent|stood|struck|took|told|thought|won|wrote|went|got|found|brought|built|bought|chose|drew|hit|set|put|cut|shut|quit|spread)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FiniteVerb();

    // "And, on October 13, …", "But in 2019 …": a sentence opening that answers the one before.
    [GeneratedRegex(@"^(?:And|But|Yet|Or)(?:,\s*|\s+)(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex OpeningConjunction();

    // "The damage was extensive", "The river runs …": a bare common noun as subject stands for something the sentence before named.
    [GeneratedRegex(@"^The [a-z]+(?:’s|'s)? (?:is|are|was|were|has|have|had|will|[a-z]+ed|[a-z]+s)\b", RegexOptions.CultureInvariant)]
    private static partial Regex BareNounSubject();

    // Verb pairs whose swap makes a statement the article contradicts ("rose" where the article says "fell").
    // Only pairs that stay opposites in every sense they are used in IR news ("passed" is also "handed over", "won" also "earned").
    private static readonly (string A, string B)[] Antonyms =
    [
        ("supported", "opposed"), ("supports", "opposes"), ("increased", "decreased"), ("strengthened", "weakened"),
        ("upgraded", "downgraded"), ("upgrading", "downgrading"), ("approved", "rejected"), ("ratified", "rejected"),
        ("lifted", "imposed"), ("eased", "tightened"), ("gained", "lost"),
    ];

    // "Sceptics warn …", "Some argue …": an unnamed group's view, not a claim the article makes.
    [GeneratedRegex(@"^(?:Sceptics|Skeptics|Critics|Analysts|Experts|Observers|Supporters|Opponents|Some|Many|Others|Officials|People|Residents)\b", RegexOptions.CultureInvariant)]
    private static partial Regex VagueSubject();

    // Slots an event has only one of: the place it was held or is based in.
    [GeneratedRegex(@"\b(?:held|based|headquartered|born|located|hosted|signed|took place) in $", RegexOptions.CultureInvariant)]
    private static partial Regex SingleValuedPlace();

    private static List<QuestionCandidate> ClaimQuestions(ArticleAnalysis analysis)
    {
        // Claims are grouped in article order into passages a student reads as one stretch of the lesson: no more than
        // ClaimPassageWords from the first to the last, no more than five claims.
        var claims = analysis.Sentences.Select(s => ClaimOf(s, analysis)).OfType<Claim>().ToList();
        var questions = new List<QuestionCandidate>();
        var group = new List<Claim>();
        foreach (var claim in claims)
        {
            var words = group.Count == 0 ? 0 : analysis.Sentences.Where(s => s.Index >= group[0].Sentence.Index && s.Index <= claim.Sentence.Index).Sum(s => s.WordCount);
            if (group.Count == 5 || words > ClaimPassageWords)
            {
                if (group.Count >= 3 && ClaimQuestion(group, analysis) is { } question)
                {
                    questions.Add(question);
                    group = [];
                }
                else
                {
                    // Too few claims close together: slide on rather than ask about a scattered passage.
                    while (group.Count > 0 && (group.Count == 5 || analysis.Sentences.Where(s => s.Index >= group[0].Sentence.Index && s.Index <= claim.Sentence.Index).Sum(s => s.WordCount) > ClaimPassageWords))
                    {
                        group.RemoveAt(0);
                    }
                }
            }

            group.Add(claim);
        }

        if (group.Count >= 3)
        {
            Add(questions, ClaimQuestion(group, analysis));
        }

        return questions;
    }

    private static QuestionCandidate? ClaimQuestion(List<Claim> claims, ArticleAnalysis analysis)
    {
        // False statements come from claims that are not also offered as true, so no two options contradict each other.
        var seed = StableHash.Of(claims[0].Text);
        var falses = new List<(Claim Claim, string Text, string Why)>();
        foreach (var claim in claims.OrderBy(c => StableHash.Of(c.Text) ^ seed))
        {
            if (falses.Count == 2 || claims.Count - falses.Count <= 2)
            {
                break;
            }

            if (Contradicted(claim, analysis) is { } contradicted)
            {
                falses.Add((claim, contradicted.Text, contradicted.Why));
            }
        }

        if (falses.Count == 0)
        {
            return null;
        }

        var trues = claims.Where(c => falses.All(f => f.Claim != c)).OrderByDescending(c => c.Sentence.Salience).ThenBy(c => c.Range.Start).Take(4 - falses.Count).ToList();
        if (trues.Count < 2)
        {
            return null;
        }

        var options = trues.Select(c => new OptionDraft(c.Text, true)).Concat(falses.Select(f => new OptionDraft(f.Text, false))).ToList();
        var classes = options.Select(o => AnswerTypes.Classify(o.Text, analysis.Gazetteer)).Distinct(StringComparer.Ordinal).ToList();
        if (classes.Count != 1 || options.Select(o => Words.Normalize(o.Text)).Distinct(StringComparer.Ordinal).Count() != options.Count)
        {
            return null;
        }

        var used = trues.Select(c => c.Sentence).Concat(falses.Select(f => f.Claim.Sentence)).OrderBy(s => s.Index).ToList();
        var source = new TextRange(used[0].Range.Start, used[^1].Range.End - used[0].Range.Start);
        var topic = ClaimTopic(trues.Select(t => t.Range).Concat(falses.Select(f => f.Claim.Range)).ToList(), used, analysis);
        var stem = topic is null ? "Which of these statements does the article make?" : $"Which of these statements does the article make about {topic}?";
        return new QuestionCandidate
        {
            Type = GeneratedQuestionType.MultipleResponse,
            Stem = stem,
            Options = Shuffle(options, stem + source.Start.ToString(CultureInfo.InvariantCulture)),
            AcceptedAnswers = trues.Select(t => t.Text).ToList(),
            Answer = "claims:" + source.Start.ToString(CultureInfo.InvariantCulture),
            Sentence = used[0],
            Source = source,
            Template = "article-claims",
            Score = used.Average(s => s.Salience) + 0.8,
            Difficulty = GeneratedDifficulty.Hard,
            OptionClass = classes[0],
            Explanation = "The article says: " + string.Join(" ", trues.Select(t => $"“{t.Text}.”")) + " " +
                string.Join(" ", falses.Select(f => f.Why)),
            Tags = Tags(used[0], analysis),
        };
    }

    /// <summary>The claim a sentence makes, word for word and self-contained; null when it is hedged, quoted, relative or needs context.</summary>
    private static Claim? ClaimOf(SentenceInfo sentence, ArticleAnalysis analysis)
    {
        var text = analysis.Text;
        if (sentence.WordCount is < 6 or > 45 || sentence.Text.EndsWith('?') || sentence.Text.Any(IsQuoteChar))
        {
            return null;
        }

        var local = sentence.Text;
        var opening = OpeningConjunction().Match(local);
        var stripped = local.StartsWith("So far", StringComparison.Ordinal) ? local : StemWriter.StripMarker(opening.Success ? local[opening.Length..] : local);
        var start = sentence.Range.Start + (local.Length - stripped.Length);
        var end = sentence.Range.End;
        var body = text[start..end].TrimEnd('.', ' ');
        foreach (var tail in ClauseTails)
        {
            var at = body.IndexOf(tail, StringComparison.Ordinal);
            if (at > 0 && start + at < end)
            {
                end = start + at;
            }
        }

        // Tails come off from the end, one at a time: ", hindering appointments — especially for …" loses both.
        for (var i = 0; i < 3 && ClosingTail().Match(text[start..end].TrimEnd('.', ' ')) is { Success: true, Index: > 0 } closing; i++)
        {
            end = start + closing.Index;
        }

        // A relative time is not dropped here: "expected to grow 3.3% this year" without its year may be true of the next.
        var claim = text[start..end].TrimEnd('.', ' ', ',', ';', ':');
        var range = new TextRange(start, claim.Length);
        var wordCount = claim.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (wordCount is < 7 || wordCount > MaxClaimWords || EndsOpen(claim) || Hedge().IsMatch(claim) || RelativeTime().IsMatch(claim) || LeansOnContext().IsMatch(claim) ||
            BareNounSubject().IsMatch(claim) || !FiniteVerb().IsMatch(claim) ||
            claim.Contains('(', StringComparison.Ordinal) || !char.IsLetterOrDigit(claim[0]) && claim[0] != '$')
        {
            return null;
        }

        // It must say something checkable about something particular: a figure, or two names, not "the necessary treatments
        // remain beyond reach in Gaza".
        var mentions = sentence.Mentions.Where(m => range.Contains(m.Range.Start)).ToList();
        var particulars = mentions.Where(m => m.IsNamed || m.IsNumeric || m.Kind == EntityKind.Concept).Select(m => m.Key).Distinct(StringComparer.Ordinal).Count();
        if (particulars < 2 && !mentions.Any(m => m.IsNumeric) || VagueSubject().IsMatch(claim))
        {
            return null;
        }

        // Every pronoun leans on a name the claim itself gives before it ("the IMF slashed its outlook"), so it reads alone.
        foreach (Match word in Referring().Matches(claim))
        {
            var link = sentence.Pronouns.FirstOrDefault(p => p.Range.Start == start + word.Index);
            if (link?.Antecedent is null || !mentions.Any(m => m.Key == link.Antecedent.Key && m.Range.End <= link.Range.Start))
            {
                return null;
            }
        }

        return new Claim(sentence, range, Capitalise(claim));
    }

    /// <summary>
    /// The claim made false in a way the article itself contradicts: a figure the article gives replaced by one it never uses, a
    /// verb by its opposite, or the one place an event was held by another place the article names.
    /// </summary>
    private static (string Text, string Why)? Contradicted(Claim claim, ArticleAnalysis analysis)
    {
        var text = analysis.Text;
        var local = claim.Text;
        if (Negation().IsMatch(local))
        {
            return null;
        }

        var mentions = claim.Sentence.Mentions.Where(m => claim.Range.Contains(m.Range.Start) && m.Range.End <= claim.Range.End).ToList();
        var seed = StableHash.Of(local);
        foreach (var number in mentions.Where(m => m.Kind is EntityKind.Percent or EntityKind.Money or EntityKind.Quantity or EntityKind.Year).OrderBy(m => StableHash.Of(m.Text) ^ seed))
        {
            // "admitted six new observer states: China, India, …" — a count the list after it would contradict at a glance.
            // An age ("25-year-old") is a detail, not a fact worth a false statement.
            var rest = local[(number.Range.End - claim.Range.Start)..];
            if (mentions.Count(m => m.Text == number.Text) > 1 || rest.Contains(':', StringComparison.Ordinal) || rest.StartsWith("-year-old", StringComparison.Ordinal))
            {
                continue;
            }

            var replacements = number.Kind == EntityKind.Year
                ? new[] { 5, -4, 7, -6, 4 }.Select(o => ((int)(number.Value ?? 0) + o).ToString(CultureInfo.InvariantCulture))
                : Distractors.NumericNeighbours(number.Text, seed);
            foreach (var replacement in replacements)
            {
                if (replacement == number.Text || Words.ContainsPhrase(analysis.NormalizedText, Words.Normalize(replacement)) ||
                    number.Kind == EntityKind.Year && int.Parse(replacement, CultureInfo.InvariantCulture) > 2099)
                {
                    continue;
                }

                var offset = number.Range.Start - claim.Range.Start;
                var swapped = local[..offset] + replacement + local[(offset + number.Range.Length)..];
                return (swapped, $"The article gives {number.Text}, not {replacement}.");
            }
        }

        foreach (var (a, b) in Antonyms)
        {
            foreach (var (from, to) in new[] { (a, b), (b, a) })
            {
                var index = WholeWordIndex(local, from);
                if (index > 0 && WholeWordIndex(local[(index + from.Length)..], from) < 0)
                {
                    var swapped = local[..index] + to + local[(index + from.Length)..];
                    if (!Words.ContainsPhrase(analysis.NormalizedText, Words.Normalize(swapped)))
                    {
                        return (swapped, $"The article says “{from}”, not “{to}”.");
                    }
                }
            }
        }

        foreach (var place in mentions.Where(m => m.Kind is EntityKind.City or EntityKind.Country))
        {
            var before = text[claim.Range.Start..place.Range.Start];
            if (!SingleValuedPlace().IsMatch(before))
            {
                continue;
            }

            var other = Distractors.For(place, claim.Sentence, analysis, 3)
                .FirstOrDefault(d => analysis.DistinctOfKind(place.Kind).Any(m => m.Text == d || m.Key == d));
            if (other is not null)
            {
                var offset = place.Range.Start - claim.Range.Start;
                return (local[..offset] + other + local[(offset + place.Range.Length)..], $"The article says {place.Text}, not {other}.");
            }
        }

        return null;
    }

    /// <summary>"the IMF", "Canada": the name most of the options are about, when two or more share one.</summary>
    private static string? ClaimTopic(List<TextRange> ranges, List<SentenceInfo> sentences, ArticleAnalysis analysis)
    {
        var counts = sentences.SelectMany(s => s.Mentions)
            .Where(m => m.Kind is EntityKind.Country or EntityKind.Organisation or EntityKind.Person or EntityKind.Treaty && ranges.Any(r => r.Contains(m.Range.Start)))
            .GroupBy(m => m.Key)
            .Select(g => (Mention: g.First(), Options: ranges.Count(r => g.Any(m => r.Contains(m.Range.Start)))))
            .Where(g => g.Options >= 2)
            .OrderByDescending(g => g.Options)
            .ThenBy(g => g.Mention.Range.Start)
            .ToList();
        if (counts.Count == 0)
        {
            return null;
        }

        var topic = counts[0].Mention;
        var name = topic.Kind == EntityKind.Person ? topic.Key : topic.Text;
        var start = topic.Range.Start;
        var written = start >= 4 && analysis.Text.AsSpan(start - 4, 4).Equals("the ", StringComparison.OrdinalIgnoreCase);
        return written || topic.Kind != EntityKind.Person && Words.TakesDefiniteArticle(name) ? "the " + name : name;
    }
}
