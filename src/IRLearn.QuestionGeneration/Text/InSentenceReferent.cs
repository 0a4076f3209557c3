using System.Text.RegularExpressions;

namespace IRLearn.QuestionGeneration.Text;

/// <summary>
/// An "it" or "its" whose referent the sentence itself holds, so that it needs no name from elsewhere and must not be
/// given one. The resolver leaves such pronouns unresolved; the stem writer and the gates accept them as they stand.
/// </summary>
public static partial class InSentenceReferent
{
    /// <summary>
    /// True when the sentence opens with a common-noun subject ("The area covers …, making it the largest …"), the
    /// pronoun's own clause has one ("… than the initiative had at its peak", "by the time his administration reached its second year"), the pronoun follows a quantifier over the
    /// noun before it ("85 percent of the water …, most of it in summer"), or a prepositional "it" has a definite noun
    /// earlier in the sentence ("By the time the deal ended, … had been exported under it").
    /// </summary>
    public static bool Holds(string sentence, int index, string pronoun)
    {
        if (pronoun is "his" or "her" && index > 0 && index <= sentence.Length)
        {
            // "investors worry about the president’s erratic style, shown again by his early exit": the office
            // named before the possessive is who it means, in the stem itself.
            return OfficeHolder().IsMatch(sentence.AsSpan(0, index));
        }

        if (pronoun is not ("it" or "its") || index <= 0 || index > sentence.Length)
        {
            return false;
        }

        var before = sentence.AsSpan(0, index);
        return CommonNounSubject().IsMatch(sentence) || QuantifierOf().IsMatch(before) || ClauseCommonNounSubject().IsMatch(before) ||
            pronoun == "it" && AfterPreposition().IsMatch(before) && DefiniteNoun().IsMatch(before);
    }

    [GeneratedRegex(@"^(?:The|A|An) (?:[A-Z][\w-]* )?[a-z][a-z-]+(?: [a-z][a-z-]+)? (?:is|was|has|had|covers|covered|remains|remained|became|grew|will|would|could|can|may|might|must|should|[a-z]+s|[a-z]+ed)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CommonNounSubject();

    [GeneratedRegex(@"\bthe (?:president|prime minister|chancellor|premier|king|queen|emir|pope|secretary-general|foreign minister|defen[cs]e minister)(?:’s|'s)?\b(?![ -](?:of|for|to|and)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex OfficeHolder();

    [GeneratedRegex(@"\b(?:most|much|some|all|part|none|half|little|any) of $", RegexOptions.CultureInvariant)]
    private static partial Regex QuantifierOf();

    [GeneratedRegex(@"\b(?:the|his|her|their) [a-z]{3,}(?: [a-z]{3,})? (?:had|has|have|was|is|were|are|would|could|will|can|[a-z]{3,}ed)\b[^,;:—]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseCommonNounSubject();

    [GeneratedRegex(@"\b(?:under|for|with|against|on|to|into|from|of|by|about|over|without|behind|through|around) $", RegexOptions.CultureInvariant)]
    private static partial Regex AfterPreposition();

    [GeneratedRegex(@"\bthe [a-z]{3,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex DefiniteNoun();
}
