using System.Text.RegularExpressions;

namespace IRLearn.QuestionGeneration.Text;

/// <summary>
/// Whether a sentence states the writer's view rather than a checkable fact: the writer speaking ("we tend to think", "our
/// invasion"), the writer's judgement of someone ("are deluding themselves", "his characteristic love of show"), or a
/// prediction or judgement by modal ("is likely to deploy", "would allow", "could not be saved") that no one in the
/// sentence is said to hold. An op-ed, where the writer speaks in the first person in two sentences or more
/// (or whose page labels it so, <see cref="Cleaning.SectionLabel"/>), states every unattributed sentence as the writer's view. A true/false item made from such a sentence asks the student
/// to grade an opinion.
/// </summary>
public static partial class Opinion
{
    [GeneratedRegex(@"\b(?:I|we|We|our|Our|us|my|My|me)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FirstPerson();

    [GeneratedRegex(@"\b(?:likely|unlikely|might|may|could|would|should|must|perhaps|probably|surely|doubtless|clearly|obviously)\b|^(?:Perhaps|Probably|Surely|Clearly|Obviously)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Hedge();

    // The writer's judgement of someone, whoever else the sentence quotes or cites: "are deluding themselves", "his
    // characteristic love of show business", "weren't exactly telling the truth", "keenly aware".
    [GeneratedRegex(@"\b(?:delud\w*|characteristic(?:ally)?|keenly|arguably|undoubtedly|(?:un)?fortunately|ironically|shameful\w*|absurd\w*|foolish\w*|naive\w*|cynical\w*|hypocri\w*|reckless\w*|mercurial|predilection|notorious\w*|bewilder\w*|disgrace\w*|outrageous\w*|ridiculous\w*|laughabl\w*|pathetic\w*)\b|(?:n[’']t|\bnot)\s+exactly\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Judgement();

    // Someone in the sentence holds the view: "officials said", "according to", "the Kremlin believes".
    [GeneratedRegex(@"\b(?:said|says|say|told|according to|believes?|believed|argued?|argues|claimed?|claims|insisted|noted|warned|announced|stated|expects?|expected|thinks?|thought|predicted|estimated|reported|wrote|added|explained|declared|suggested|acknowledged)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Attribution();

    /// <summary>The writer speaks in the first person outside quotation marks.</summary>
    public static bool WriterSpeaks(string sentence) => Unquoted(sentence, FirstPerson());

    public static bool Attributed(string sentence) => Unquoted(sentence, Attribution());

    /// <summary>
    /// True when the sentence is the writer's view, passes the writer's judgement on someone (outside quotation marks,
    /// whoever the sentence cites), or is an unattributed prediction.
    /// </summary>
    public static bool IsView(string sentence, bool opinionPiece) =>
        WriterSpeaks(sentence) || Unquoted(sentence, Judgement()) || !Attributed(sentence) && (opinionPiece || Unquoted(sentence, Hedge()));

    /// <summary>An op-ed: the writer speaks in the first person in at least two sentences.</summary>
    public static bool IsOpinionPiece(IEnumerable<string> sentences) => sentences.Count(WriterSpeaks) >= 2;

    private static bool Unquoted(string sentence, Regex pattern)
    {
        var quoted = Words.QuotedSpans(sentence);
        foreach (Match match in pattern.Matches(sentence))
        {
            if (!quoted.Any(q => q.Contains(match.Index)))
            {
                return true;
            }
        }

        return false;
    }
}
