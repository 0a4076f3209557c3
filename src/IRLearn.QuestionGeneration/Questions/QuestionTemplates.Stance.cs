using System.Text.RegularExpressions;
using IRLearn.QuestionGeneration.Analysis;
using IRLearn.QuestionGeneration.Entities;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Questions;

public static partial class QuestionTemplates
{
    /// <summary>
    /// One actor taking one position in one sentence: "Russia condemned the strikes on the port", with the actor the
    /// grammatical subject of the stance verb and the position the rest of that clause.
    /// </summary>
    private sealed record StanceFinding(SentenceInfo Sentence, Mention Actor, string Family, string Predicate, TextRange Span);

    // Verbs that state a position or act on one. The family (group "f…") is what "took the same stance" compares.
    [GeneratedRegex(@"\b(?:(?<condemn>condemn(?:s|ed))|(?<condemn>denounc(?:es|ed))|(?<criticise>criticis(?:es|ed)|criticiz(?:es|ed))|(?<reject>reject(?:s|ed))|(?<oppose>oppos(?:es|ed))|(?<support>support(?:s|ed))|(?<support>back(?:s|ed))|(?<support>endors(?:es|ed))|(?<welcome>welcom(?:es|ed))|(?<praise>prais(?:es|ed))|(?<accuse>accus(?:es|ed))|(?<urge>urg(?:es|ed))|(?<call>call(?:s|ed) (?:for|on))|(?<demand>demand(?:s|ed))|(?<warn>warn(?:s|ed))|(?<vow>vow(?:s|ed)|pledg(?:es|ed))|(?<threaten>threaten(?:s|ed))|(?<veto>veto(?:es|ed))|(?<boycott>boycott(?:s|ed))|(?<recognise>recogni[sz](?:es|ed))|(?<blame>blam(?:es|ed))|(?<object>object(?:s|ed) to)|(?<vote>vot(?:es|ed) (?:for|against))|(?<refuse>refus(?:es|ed) to)|(?<call>push(?:es|ed) for)|(?<side>sid(?:es|ed) with)|(?<dismiss>dismiss(?:es|ed))|(?<deny>den(?:ies|ied))|(?<describe>describ(?:es|ed)))\b", RegexOptions.CultureInvariant)]
    private static partial Regex StanceVerb();

    private static readonly string[] StanceFamilies = [.. Lexicon.Default.Words("stanceVerbs")];

    // What may stand between the actor and its verb: "has", "also", "strongly", "publicly" — never "not", "may" or "reportedly".
    private static readonly HashSet<string> StanceGapWords = new(Lexicon.Default.Words("stanceGapWords"), StringComparer.Ordinal);

    // Words before the actor that make it something other than the subject of a plain statement.
    private static readonly HashSet<string> NotASubjectBefore = new(Lexicon.Default.Words("notSubjectBefore"), StringComparer.OrdinalIgnoreCase);

    private static List<StanceFinding> FindStances(ArticleAnalysis analysis)
    {
        var found = new List<StanceFinding>();
        var text = analysis.Text;
        foreach (var sentence in analysis.Sentences)
        {
            if (sentence.WordCount is < 5 or > 60 || sentence.Text.EndsWith('?'))
            {
                continue;
            }

            var quoted = Words.QuotedSpans(sentence.Text, sentence.Range.Start);
            foreach (Match verb in StanceVerb().Matches(sentence.Text))
            {
                var verbStart = sentence.Range.Start + verb.Index;
                if (quoted.Any(q => q.Contains(verbStart)))
                {
                    continue;
                }

                var family = StanceFamilies.First(f => verb.Groups[f].Success);
                if (StanceActor(sentence, analysis, verbStart) is not { } subject)
                {
                    continue;
                }

                var (actor, gap) = subject;

                var predicate = StancePredicate(sentence, text, verbStart, family);
                if (predicate is null)
                {
                    continue;
                }

                var auxiliary = gap.Where(w => w is "has" or "have" or "had").Select(w => w == "have" ? "has" : w).FirstOrDefault();
                var adverbs = gap.Where(w => w is not ("has" or "have" or "had")).ToList();
                var phrase = string.Join(' ', new[] { auxiliary }.Concat(adverbs).Where(w => w is not null).Append(predicate.Value.Text));
                found.Add(new StanceFinding(sentence, actor, family, phrase, predicate.Value.Range));
            }
        }

        return found;
    }

    /// <summary>The actor a stance verb belongs to, and the words between them; null when the verb has no plain actor subject.</summary>
    private static (Mention Actor, List<string> Gap)? StanceActor(SentenceInfo sentence, ArticleAnalysis analysis, int verbStart)
    {
        // Named actors, nearest first; a pronoun only when it opens the sentence and its antecedent lies in the sentence before
        // ("… Putin. He blamed …"): a pronoun in mid-sentence may point at any of the names around it.
        var opening = sentence.Pronouns.FirstOrDefault(p => p.Range.Start == sentence.Range.Start && p.Surface is "He" or "She" or "It" &&
            p.Antecedent is { } antecedent && ActorGroup(antecedent, analysis) is not null &&
            !sentence.Mentions.Any(m => m.Key == antecedent.Key));
        var actors = sentence.Mentions.Where(m => ActorGroup(m, analysis) is not null && m.Range.End <= verbStart)
            .Select(m => (Mention: m, Range: m.Range))
            .Concat(opening is null ? [] : [(Mention: opening.Antecedent!, Range: opening.Range)])
            .OrderByDescending(a => a.Range.End)
            .ToList();
        foreach (var (actor, range) in actors)
        {
            if (StanceGap(analysis.Text, range, verbStart) is not { } found)
            {
                continue;
            }

            var before = analysis.Text[sentence.Range.Start..range.Start].TrimEnd();
            var previousWord = before.Length == 0 ? string.Empty : before[(before.LastIndexOf(' ') + 1)..].TrimEnd(',');
            if (NotASubjectBefore.Contains(previousWord) || before.EndsWith('’') || before.EndsWith('\''))
            {
                return null;
            }

            // "Russia and China condemned …", "Like Russia, China …": another actor of the kind before the verb (outside an
            // appositive about this one) may share the stance.
            var others = sentence.Mentions.Any(m => ActorGroup(m, analysis) == ActorGroup(actor, analysis) && m.Key != actor.Key && m.Range.End <= verbStart && !found.Appositive.Contains(m.Range.Start));
            var clauseOpener = before.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() is "If" or "Unless" or "Whether" or "Should" or "Had" or "Were";
            return others || clauseOpener ? null : (actor, found.Gap);
        }

        return null;
    }

    /// <summary>
    /// The words between an actor and its verb when they are only "has", "also", "strongly" and the like, after an optional
    /// appositive ("Han, the leader of the party, urged") or relative pronoun ("the U.S., which opposes").
    /// </summary>
    private static (List<string> Gap, TextRange Appositive)? StanceGap(string text, TextRange actor, int verbStart)
    {
        var gapText = text[actor.End..verbStart];
        var appositive = default(TextRange);
        if (gapText.StartsWith(", which ", StringComparison.Ordinal) || gapText.StartsWith(", who ", StringComparison.Ordinal))
        {
            gapText = gapText[(gapText.IndexOf(' ', 2) + 1)..];
        }
        else if (gapText.StartsWith(", ", StringComparison.Ordinal) && gapText.IndexOf(", ", 2, StringComparison.Ordinal) is var close and > 2)
        {
            var words = gapText[2..close].Split(' ');
            var inner = gapText[2..close];
            if (!(words[0] is "the" or "a" or "an" || char.IsLower(words[0][0])) || words.Length > 16 || inner.Any(c => c is ',' or '(' or ')' or ';' || IsQuoteChar(c)) ||
                words.Any(w => VerbForms.Auxiliaries.Contains(w) || w is "who" or "which" or "that" || VerbForms.IsPastTense(w) && w != "elected"))
            {
                return null;
            }

            appositive = new TextRange(actor.End + 2, close - 2);
            gapText = gapText[(close + 2)..];
            gapText = " " + gapText;
        }

        if (gapText.Length > 0 && !gapText.StartsWith(' ') || gapText.Contains(',', StringComparison.Ordinal))
        {
            return null;
        }

        var gap = gapText.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        return gap.All(StanceGapWords.Contains) ? (gap, appositive) : null;
    }

    /// <summary>
    /// The stance verb and what it takes, up to the end of its clause, with resolved pronouns named and a closing relative time
    /// dropped; null when the position is vague ("the move"), hedged, negated or left open.
    /// </summary>
    private static (string Text, TextRange Range)? StancePredicate(SentenceInfo sentence, string text, int verbStart, string family)
    {
        var end = sentence.Range.End;
        var rest = text[verbStart..end];
        var cut = rest.Length;
        foreach (var stop in new[] { ",", ";", ":", " — ", " – ", " (", " but ", " while ", " whereas ", " although ", " though ", " saying ", " after ", " before ", " when ", " because ", " as part of ", " despite " })
        {
            var at = rest.IndexOf(stop, StringComparison.Ordinal);
            if (at > 0 && at < cut)
            {
                cut = at;
            }
        }

        // "condemned the strikes and called for talks": a second verb starts a second claim.
        foreach (Match and in AndThenVerb().Matches(rest))
        {
            if (and.Index > 0 && and.Index < cut)
            {
                cut = and.Index;
                break;
            }
        }

        if (family != "describe")
        {
            var asAt = rest.IndexOf(" as ", StringComparison.Ordinal);
            cut = asAt > 0 && asAt < cut ? asAt : cut;
        }
        else if (!rest[..cut].Contains(" as ", StringComparison.Ordinal))
        {
            // "described X" without "as …" takes no position.
            return null;
        }

        var phrase = rest[..cut].TrimEnd('.', '!', ' ', '”', '"');
        var closesQuote = rest[..cut].TrimEnd('.', ' ') is var withQuote && (withQuote.EndsWith('”') || withQuote.EndsWith('"'));
        if (closesQuote)
        {
            phrase = rest[..cut].TrimEnd('.', ' ');
        }

        phrase = DropTrailingRelativeTime(phrase);
        var range = new TextRange(verbStart, phrase.Length);
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var quotes = phrase.Count(IsQuoteChar);
        if (words.Length < 3 || words.Length > 22 || EndsOpen(phrase) || quotes % 2 != 0 || phrase.Contains('"', StringComparison.Ordinal) && quotes == 1 ||
            Hedge().IsMatch(phrase) || Negation().IsMatch(phrase) || RelativeTime().IsMatch(phrase))
        {
            return null;
        }

        // A position the student can recognise: it names something or says enough in its own words. A general policy ("backs
        // the two-state solution") is held by many actors the article does not mention holding it, so only a position on
        // something particular to the article makes honest distractors.
        var inPhrase = sentence.Mentions.Where(m => range.Contains(m.Range.Start)).ToList();
        var content = Words.ContentWords(phrase).Count() - Words.ContentWords(StanceVerb().Match(phrase).Value).Count();
        var particular = inPhrase.Any(m => m.Kind != EntityKind.Concept);
        if (content < 2 || !particular && content < 4 || PositionFamilies.Contains(family) && !particular)
        {
            return null;
        }

        var resolved = SelfContained(sentence, text, range, answerKey: null);
        if (resolved is not null && closesQuote)
        {
            // “very disappointing.” closes a quotation: the stem keeps the quotation, not its full stop.
            var close = resolved[^1];
            resolved = resolved[..^1].TrimEnd('.', ',') + close;
        }

        return resolved is null ? null : (resolved, range);
    }

    // Positions many actors share ("supports", "condemns"), unlike acts particular to the article ("urged X to", "vetoed").
    private static readonly HashSet<string> PositionFamilies = new(Lexicon.Default.Words("positionVerbs"), StringComparer.Ordinal);

    [GeneratedRegex(@" and (?:then |also )?(?=[a-z]+ed\b|[a-z]+s (?:the|a|an|to|for|that)\b|said\b|told\b|called\b|urged\b|warned\b)", RegexOptions.CultureInvariant)]
    private static partial Regex AndThenVerb();

    private static QuestionCandidate? StanceQuestion(StanceFinding stance, List<StanceFinding> all, ArticleAnalysis analysis)
    {
        var actor = stance.Actor;
        var sentence = stance.Sentence;
        if (Words.ContainsPhrase(Words.Normalize(stance.Predicate), Words.Normalize(actor.Key)) || Giveaway(actor, stance.Predicate, analysis))
        {
            return null;
        }

        // The same actor stating the same position twice makes one question, from its first statement.
        if (all.First(s => s.Actor.Key == actor.Key && s.Family == stance.Family && Words.Normalize(s.Predicate) == Words.Normalize(stance.Predicate)) != stance)
        {
            return null;
        }

        // The key as the source writes it ("Putin", "the U.S."); an actor named through "he" or "it" is found in the sentence before,
        // and the source then spans both.
        var named = sentence.Mentions.FirstOrDefault(m => m.Key == actor.Key);
        var source = sentence.Range;
        if (named is null && sentence.Index > 0 && analysis.Sentences[sentence.Index - 1] is { } previous && previous.BlockIndex == sentence.BlockIndex)
        {
            named = previous.Mentions.FirstOrDefault(m => m.Key == actor.Key);
            source = new TextRange(previous.Range.Start, sentence.Range.End - previous.Range.Start);
        }

        if (named is null)
        {
            return null;
        }

        var key = named.Text;
        var distractors = StanceDistractors(stance, all, analysis, key);
        if (distractors.Count < 2)
        {
            return null;
        }

        var wh = ActorGroup(actor, analysis) switch
        {
            ActorCountry => "Which country",
            ActorCapital => "Which capital",
            ActorName => "Who",
            _ => "Which of these",
        };
        var stem = $"{wh} {stance.Predicate}?";
        var optionClass = AnswerTypes.Classify(key, analysis.Gazetteer);
        return new QuestionCandidate
        {
            Type = GeneratedQuestionType.MultipleChoice,
            Stem = stem,
            Options = Shuffle([new OptionDraft(key, true), .. distractors.Select(d => new OptionDraft(d, false))], stem),
            AcceptedAnswers = Accepted(actor with { Text = key }, analysis: analysis),
            Answer = key,
            Sentence = sentence,
            Source = source,
            Template = "stance",
            Score = sentence.Salience + 1.2,
            Difficulty = GeneratedDifficulty.Medium,
            OptionClass = optionClass,
            Forbidden = Forbidden(actor, analysis),
            Explanation = $"The article says: “{sentence.Text}”",
            Tags = Tags(sentence, analysis),
        };
    }

    /// <summary>
    /// Other actors of the same kind that the article names but never gives this position: not in the source sentence, never
    /// the subject of a verb of the same family, and never in a sentence that states the same position in other words.
    /// Actors who took some other stance come first: they are the plausible ones.
    /// </summary>
    private static List<string> StanceDistractors(StanceFinding stance, List<StanceFinding> all, ArticleAnalysis analysis, string key)
    {
        var fullNames = key.Contains(' ', StringComparison.Ordinal);
        var actor = stance.Actor;
        // The position in its own words, without the names it mentions (those recur all over the article).
        var nameWords = stance.Sentence.Mentions.SelectMany(m => Words.ContentWords(m.Text)).ToHashSet(StringComparer.Ordinal);
        var positionWords = Words.ContentWords(stance.Predicate).Skip(1).Where(w => !nameWords.Contains(w)).ToHashSet(StringComparer.Ordinal);
        var sameStance = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in analysis.Sentences)
        {
            var sharesPosition = positionWords.Count > 0 && Words.ContentWords(sentence.Text).ToHashSet(StringComparer.Ordinal).Intersect(positionWords).Count() * 2 >= positionWords.Count;
            var sameFamily = StanceVerb().Matches(sentence.Text).Any(m => m.Groups[stance.Family].Success);
            if (sentence == stance.Sentence || sharesPosition || sameFamily)
            {
                foreach (var mention in sentence.Mentions)
                {
                    sameStance.Add(mention.Key);
                }

                foreach (var link in sentence.Pronouns.Where(p => p.Antecedent is not null))
                {
                    sameStance.Add(link.Antecedent!.Key);
                }

                // "Moscow supported …", "the Israeli army …": a capital or a demonym speaks for its country.
                sameStance.UnionWith(EvokedCountries(sentence, analysis));
            }
        }

        var keyClass = AnswerTypes.Classify(key, analysis.Gazetteer);
        var stanceTakers = all.Select(s => s.Actor.Key).ToHashSet(StringComparer.Ordinal);
        var group = ActorGroup(actor, analysis);
        var keyWords = Words.ContentWords(actor.Key).ToHashSet(StringComparer.Ordinal);
        // Nobody the position itself names ("urged Yoon to step down" offers no "Yoon Suk Yeol").
        var predicateWords = Words.ContentWords(stance.Predicate).ToHashSet(StringComparer.Ordinal);
        var candidates = group == ActorName
            ? analysis.DistinctOfKind(EntityKind.Person).Concat(analysis.DistinctOfKind(EntityKind.Name).Where(m => IsSpeaker(m, analysis)))
            : analysis.DistinctOfKind(actor.Kind).Where(m => ActorGroup(m, analysis) == group);
        return candidates
            .Where(m => m.Key != actor.Key && !sameStance.Contains(m.Key) && !sameStance.Contains(PersonRegistry.SurnameOf(m.Key)))
            // "Clinton" and "Hillary Clinton" are one person.
            .Where(m => !Words.ContentWords(m.Key).Any(keyWords.Contains))
            .Select(m => (Mention: m, Text: m.Kind != EntityKind.Person ? m.Text : fullNames ? m.Key : PersonRegistry.SurnameOf(m.Key)))
            .Where(m => AnswerTypes.Classify(m.Text, analysis.Gazetteer) == keyClass && !Words.ContentWords(m.Mention.Key).Any(predicateWords.Contains))
            .OrderByDescending(m => stanceTakers.Contains(m.Mention.Key))
            .Select(m => m.Text)
            .DistinctBy(t => PersonRegistry.SurnameOf(Words.Normalize(t)))
            .Take(3)
            .ToList();
    }

    private const string ActorCountry = "country";
    private const string ActorCapital = "capital";
    private const string ActorName = "name";
    private const string ActorOrganisation = "organisation";

    /// <summary>
    /// Which kind of actor a mention can be, for the question word and for distractors of the same kind: a country, a capital
    /// speaking for its government ("Astana backs …"), an organisation, or a person or other actor known by name.
    /// </summary>
    private static string? ActorGroup(Mention mention, ArticleAnalysis analysis) => mention.Kind switch
    {
        EntityKind.Country => ActorCountry,
        EntityKind.City when mention.Hit?.City is { } city && analysis.Gazetteer.CountryWithCapital(city) is not null => ActorCapital,
        EntityKind.Organisation => ActorOrganisation,
        EntityKind.Person or EntityKind.Name => ActorName,
        _ => null,
    };

    [GeneratedRegex(@"^(?:,[^,.;]{1,80},)? (?:also |has |had |later )?(?:said|says|told|argued|added|stated|announced|insisted|warned|stressed|noted|wrote|explained|tweeted|declared)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SpeechAfter();

    /// <summary>A name the article has speak somewhere ("Han said", "according to Han"): a person or body, not a place.</summary>
    private static bool IsSpeaker(Mention name, ArticleAnalysis analysis)
    {
        foreach (var sentence in analysis.Sentences)
        {
            foreach (var mention in sentence.Mentions.Where(m => m.Key == name.Key))
            {
                var after = analysis.Text[mention.Range.End..sentence.Range.End];
                var before = analysis.Text[sentence.Range.Start..mention.Range.Start];
                if (SpeechAfter().IsMatch(after) || before.EndsWith("according to ", StringComparison.Ordinal) || before.EndsWith("said ", StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Countries a sentence refers to without naming them: by their capital ("Moscow"), demonym ("Israeli"), seat of
    /// government or an official the article ties to them.
    /// </summary>
    private static IEnumerable<string> EvokedCountries(SentenceInfo sentence, ArticleAnalysis analysis) =>
        analysis.DistinctOfKind(EntityKind.Country).Where(c => AnswerCues.Appears(sentence.Text, AnswerCues.Cues(c, analysis))).Select(c => c.Key);

    /// <summary>
    /// The stem or the title names the answer by another route: its demonym ("Swedish" for Sweden), capital, seat or official,
    /// a person's surname, an organisation's acronym.
    /// </summary>
    private static bool Giveaway(Mention answer, string stem, ArticleAnalysis analysis) =>
        AnswerCues.InTitle(answer, analysis) || AnswerCues.Appears(stem, AnswerCues.Cues(answer, analysis)) ||
        answer.Kind is EntityKind.Person or EntityKind.Name && AnswerCues.Appears(stem, [PersonRegistry.SurnameOf(answer.Key)]) ||
        analysis.Acronyms.Any(a => (a.Expansion == answer.Key || a.Acronym == answer.Text) && AnswerCues.Appears(stem, [a.Acronym, a.Expansion]));
}
