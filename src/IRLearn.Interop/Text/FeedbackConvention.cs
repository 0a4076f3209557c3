namespace IRLearn.Interop.Text;

/// <summary>
/// How IRLearn's explanation and source sentence share a format's one general-feedback field: the explanation, then
/// a last line <c>Source: …</c>. Students in another LMS see both; an IRLearn import splits them again. Files that
/// were not written by IRLearn rarely end their feedback that way, and when they do the mapping puts the line back
/// unless the sentence really occurs in the lesson's article (see <see cref="Mapping.DomainMapper"/>).
/// </summary>
internal static class FeedbackConvention
{
    public const string SourcePrefix = "Source: ";

    public static string Join(string explanation, string sourceSentence)
    {
        var parts = new List<string>(2);
        if (!string.IsNullOrWhiteSpace(explanation))
        {
            parts.Add(explanation.Trim());
        }

        if (!string.IsNullOrWhiteSpace(sourceSentence))
        {
            parts.Add(SourcePrefix + sourceSentence.Trim());
        }

        return string.Join('\n', parts);
    }

    public static (string Explanation, string SourceSentence) Split(string feedback)
    {
        var text = feedback.Trim();
        var lastBreak = text.LastIndexOf('\n');
        var lastLine = text[(lastBreak + 1)..];
        if (!lastLine.StartsWith(SourcePrefix, StringComparison.Ordinal) || lastLine.Length == SourcePrefix.Length)
        {
            return (text, string.Empty);
        }

        var explanation = lastBreak < 0 ? string.Empty : text[..lastBreak].TrimEnd();
        return (explanation, lastLine[SourcePrefix.Length..].Trim());
    }
}
