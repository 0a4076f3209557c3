using System.Text.RegularExpressions;
using IRLearn.QuestionGeneration.Analysis;
using IRLearn.QuestionGeneration.Entities;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Questions;

/// <summary>
/// Templates that test understanding rather than recall of one word: who holds which position (stance), why
/// something happened (cause), and which of several statements the article makes (claims). They look across the
/// article (distractors are other actors, causes or claims of the same article), so they run once per article.
/// Each refuses whenever the text is hedged, negated, relative to a date the student does not have, or leans on a
/// pronoun it cannot name: a wrong question costs an instructor more than a missing one.
/// </summary>
public static partial class QuestionTemplates
{
    public static List<QuestionCandidate> Understanding(ArticleAnalysis analysis)
    {
        var candidates = new List<QuestionCandidate>();
        var stances = FindStances(analysis);
        foreach (var stance in stances)
        {
            Add(candidates, StanceQuestion(stance, stances, analysis));
        }

        var causes = FindCauses(analysis);
        foreach (var cause in causes)
        {
            Add(candidates, CauseQuestion(cause, causes, analysis));
        }

        candidates.AddRange(ClaimQuestions(analysis));
        return candidates;
    }

    /// <summary>The actors the article gives a position to, in the order it first does so (for the lesson's objectives).</summary>
    public static IReadOnlyList<Mention> StanceActors(ArticleAnalysis analysis) =>
        FindStances(analysis).Select(s => s.Actor).DistinctBy(a => a.Key).ToList();

    /// <summary>
    /// What the article explains with a reason ("Sweden cancelled the summit" for "… because of storms"), as self-contained
    /// clauses in article order (for the lesson's objectives).
    /// </summary>
    public static IReadOnlyList<string> ExplainedEvents(ArticleAnalysis analysis) =>
        FindCauses(analysis)
            .Where(c => c.Ask == CauseAsk.Why && c.Question is not null)
            .Select(c => SelfContained(c.Sentence, analysis.Text, c.EffectRange, answerKey: null) is { } effect
                ? LowerCaseOpener(Interjection().Replace(effect, " "), c.Sentence, c.EffectRange.Start)
                : null)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();

    // "may", "reportedly", "I think": the sentence does not state the thing as a fact of the article.
    [GeneratedRegex(@"\b(?:may|might|could|would|should|must|perhaps|possibly|probably|likely|unlikely|reportedly|allegedly|apparently|seemingly|seems?|seemed|appears?|appeared|arguably|supposedly|purportedly|rumou?red|believed?|believes|think|thinks|thought|suspect(?:s|ed)?|expect(?:s|ed)?|hope[sd]?|(?i:if|unless|whether)|I|we|our|us|my|me|you|your)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Hedge();

    // Times the student cannot place without the page's date.
    [GeneratedRegex(@"\b(?:" + WordPatterns.Weekday + @"|yesterday|today|tonight|tomorrow|recently|currently|now|nowadays|ago|earlier this|later this|this (?:week|month|year|spring|summer|autumn|fall|winter|morning|afternoon|evening|decade|century)|last (?:week|month|year|spring|summer|autumn|fall|winter|night|decade)|next (?:week|month|year|spring|summer|autumn|fall|winter|decade)|the (?:previous|following|next) (?:day|week|month|year)|(?:days|weeks|months) later|the day before|so far|thus far|to date|as yet)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RelativeTime();

    // A time adjunct closing a clause can be dropped without changing what the clause claims.
    [GeneratedRegex(@"(?:,?\s+(?:on|last|this|earlier|late|early)\s+(?:" + WordPatterns.Weekday + @")(?:\s+(?:morning|afternoon|evening|night))?|,?\s+(?:" + WordPatterns.Weekday + @"|yesterday|today)|,?\s+(?:last|this|earlier this|later this)\s+(?:week|month|year))\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TrailingRelativeTime();

    // Words that need a referent from elsewhere.
    [GeneratedRegex(@"\b(?:he|she|it|they|him|her|them|his|its|their|hers|theirs|this|these|those|such)\b|\bthe (?:country|nation|organi[sz]ation|body|bloc|alliance|group|government|republic|kingdom|move|decision|deal|plan|measure|step|latter|former|two|three)\b(?!-)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Referring();

    // "not", "never", "no longer": a negated connective or stance says the opposite of what the template would ask.
    [GeneratedRegex(@"\b(?:not|never|no longer|n't|neither|nor|without|hardly|barely|nobody|none|no one)\b|n’t\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Negation();

    // "The other is …", "At that meeting", "Since then", "the agreement": the statement leans on the sentence before, or on one of
    // several agreements, councils or deals the article discusses.
    [GeneratedRegex(@"^(?:The |An? )?(?:other|others|another|first|second|third|fourth|latter|former|same|then|also|both|neither|either|each)\b|^(?:One|Some|Many|Most|Each|All|Several|Few|Both|None|Two|Three|Four|Five|Half|Much|Part) of\b|\b(?:at|in|by|until|since|from|of) (?:that|then|the time)\b|\bthat (?:year|day|month|time|meeting|summit|conference|point)\b|\b(?:further|instead|too|again|as well|likewise|similarly|otherwise|either)$|\bthe (?:agreement|treaty|accord|deal|pact|council|conference|summit|initiative|commission|court|tribunal|committee|panel|board|mission|bloc|alliance|organi[sz]ation|group|government|administration|regime|authorities|body|talks|plan|programme|program|proposal|decision|move|report|meeting|ministry|company|party|members|parties|countries|states|leaders|officials|ports|region|area|project|law|bill|case|war|crisis|dispute|deadline|negotiations|vote|election|investigation|allegations|accusations|charges)\b(?! of\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LeansOnContext();

    private static bool IsQuoteChar(char c) => c is '“' or '”' or '"' or '‘';

    /// <summary>Trailing time adjuncts removed ("… the exchange on Tuesday" → "… the exchange").</summary>
    private static string DropTrailingRelativeTime(string clause) => TrailingRelativeTime().Replace(clause, string.Empty).TrimEnd(',', ' ');

    /// <summary>A phrase ending in a word that needs a continuation is a fragment, not a clause.</summary>
    private static bool EndsOpen(string phrase)
    {
        var last = phrase.TrimEnd('.', ',', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.ToLowerInvariant();
        return last is null || last is "the" or "a" or "an" or "of" or "to" or "for" or "with" or "and" or "or" or "that" or "on" or "in" or "at" or "by" or
            "from" or "as" or "than" or "its" or "his" or "her" or "their" or "which" or "who" or "whose" or "but" or "into" or "over" or "about" or "against";
    }

    /// <summary>
    /// The text of <paramref name="range"/> with every pronoun the analysis resolved replaced by its name, or null when a
    /// word in it still needs a referent (an unresolved pronoun, "the country", "this") or names <paramref name="answerKey"/>.
    /// </summary>
    private static string? SelfContained(SentenceInfo sentence, string text, TextRange range, string? answerKey)
    {
        var links = sentence.Pronouns.Where(p => range.Contains(p.Range.Start)).OrderBy(p => p.Range.Start).ToList();
        var local = range.Slice(text);
        foreach (Match match in Referring().Matches(local))
        {
            var absolute = range.Start + match.Index;
            var link = links.FirstOrDefault(l => l.Range.Start == absolute);
            if (link?.Antecedent is null || link.Antecedent.Key == answerKey || link.Antecedent.Kind is not (EntityKind.Country or EntityKind.Organisation or EntityKind.Person or EntityKind.Treaty or EntityKind.City))
            {
                return null;
            }
        }

        var builder = new System.Text.StringBuilder(local.Length + 16);
        var position = range.Start;
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var link in links)
        {
            if (link.Antecedent is null || link.Range.End > range.End)
            {
                return null;
            }

            // Once the phrase names the referent, a later "its" reads as it stands.
            var alreadyNamed = !named.Add(link.Antecedent.Key) ||
                sentence.Mentions.Any(m => m.Key == link.Antecedent.Key && range.Contains(m.Range.Start) && m.Range.End <= link.Range.Start);
            builder.Append(text, position, link.Range.Start - position);
            builder.Append(alreadyNamed ? link.Range.Slice(text) : StemWriter.NameFor(link.Antecedent, text, link));
            position = link.Range.End;
        }

        builder.Append(text, position, range.End - position);
        return builder.ToString();
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
