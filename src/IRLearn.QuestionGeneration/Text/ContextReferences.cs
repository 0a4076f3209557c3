using System.Text.RegularExpressions;

namespace IRLearn.QuestionGeneration.Text;

/// <summary>
/// Words that point back to something the stem does not hold: "this suggestion", "these two continents", "That strategy",
/// "Another one", "Others include …", "At the time", "the leader will choose the former" (unless the sentence itself
/// chose "between" two things), "Nor has …", and "they" or "their" with
/// no plural before them to mean. A student without the article cannot tell what they refer to, so such stems are refused.
/// Quotations are the speaker's words and are not judged.
/// </summary>
public static partial class ContextReferences
{
    [GeneratedRegex(@"^That\s+(?!is\b|was\b)[a-z]|^Another one\b|(?<!\bamong\s)\b[Oo]thers\b|\b[Aa]t the time\b|\b[Tt]he (?:former|latter)\b(?<!\b[Bb]etween\b[^.;]*\band\b[^.;]*)(?=[,.;:]|\s+(?:is|was|has|had|will|would|and)\b|$)|^Nor\b|\b[Ss]uch\b(?!\s+as\b)|\b[Aa]s (?:a|the) result\b|\b[Ff]ollowed suit\b", RegexOptions.CultureInvariant)]
    private static partial Regex PointsBack();

    // "this suggestion", "These developments": a demonstrative in the first clause points before the sentence; one after a
    // clause boundary usually points back inside it ("investigations …, but these cases were dropped").
    [GeneratedRegex(@"(?<!\bin\s)\b(?:[Tt]his|[Tt]hese|[Tt]hose)\b(?!\s+(?:who|that|which|whose|way)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Demonstrative();

    // A fronted subordinate clause ends at its comma: "Although opposed at first, the allies … for those penalties".
    [GeneratedRegex(@", (?:but|and|while|whereas|which|who|although|though|as|so|because|after|before|when)\b|; |^(?:Although|Though|While|Whereas|Because|Since|After|Before|When|Once|If)\b[^,;“]{8,}, ", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBoundary();

    [GeneratedRegex(@"\b(?:they|them|their|They|Their|Them)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Plural();

    // Something "they" can mean: a plural noun ("officials", "Kurds"), two names joined by "and", or a people or group name.
    [GeneratedRegex(@"\b[a-z]{3,}(?<!ss|us|is|ous|ics|news)s\b|\b[A-Z][\p{L}-]+(?<!ss|us|is)s\b|\b(?:people|police|Taliban|military|government|leadership|public|both|both sides|children|women|men|staff|crew|administration)\b|\b[A-Z][\p{L}.]*\s+and\s+(?:the\s+)?[A-Z]", RegexOptions.CultureInvariant)]
    private static partial Regex PluralAntecedent();

    [GeneratedRegex(@"^Which of these [^:]+: “(?<sentence>.*)”\?$", RegexOptions.CultureInvariant)]
    private static partial Regex ListFrame();

    /// <summary>
    /// Whether <paramref name="stem"/> points back to what it does not hold. With <paramref name="leadIn"/>, the sentence quoted
    /// before it, its "this"/"these" and a "they" that sentence gives a plural for are answered.
    /// </summary>
    public static bool Missing(string stem, string? leadIn = null)
    {
        var frame = ListFrame().Match(stem);
        if (frame.Success)
        {
            // The list question quotes the article's sentence; its pointing words are the article's, not a speaker's.
            stem = frame.Groups["sentence"].Value;
        }

        var body = stem.StartsWith("True or false: ", StringComparison.Ordinal) ? stem["True or false: ".Length..] : stem;
        var quoted = Words.QuotedSpans(body);
        foreach (Match match in PointsBack().Matches(body))
        {
            if (!quoted.Any(q => q.Contains(match.Index)))
            {
                return true;
            }
        }

        var firstBoundary = ClauseBoundary().Match(body) is { Success: true } boundary ? boundary.Index + (boundary.Index == 0 ? boundary.Length : 0) : body.Length;
        foreach (Match match in Demonstrative().Matches(body))
        {
            if (match.Index < firstBoundary && !quoted.Any(q => q.Contains(match.Index)) && leadIn is null)
            {
                return true;
            }
        }

        foreach (Match match in Plural().Matches(body))
        {
            if (!quoted.Any(q => q.Contains(match.Index)) && !PluralAntecedent().IsMatch(body.AsSpan(0, match.Index)) &&
                !(leadIn is not null && PluralAntecedent().IsMatch(leadIn)))
            {
                return true;
            }
        }

        return false;
    }
}
