using System.Globalization;

namespace IRLearn.Infrastructure.Documents;

/// <summary>
/// Limits on the text a document yields, checked before the question generator sees it: its work grows
/// with the length of the text and, per sentence, faster than linearly with the sentence's length.
/// </summary>
public static class TextLimits
{
    /// <summary>
    /// Source text (plain or Markdown) longer than this many times the text limit cannot shrink to fit
    /// it, so it is refused before extraction spends time on it. HTML is not held to it: markup often
    /// outweighs the text twenty to one.
    /// </summary>
    public const int MaxSourceToTextRatio = 2;

    public static void CheckSource(string source, DocumentReaderOptions limits)
    {
        if (source.Length > (long)limits.MaxTextCharacters * MaxSourceToTextRatio)
        {
            throw TooMuchText(limits);
        }
    }

    public static void Check(string text, DocumentReaderOptions limits)
    {
        if (text.Length > limits.MaxTextCharacters)
        {
            throw TooMuchText(limits);
        }

        var run = 0;
        foreach (var c in text)
        {
            run = c is '.' or '!' or '?' or '…' or ';' or '\n' ? 0 : run + 1;
            if (run > limits.MaxSentenceCharacters)
            {
                throw new DocumentTooComplexException(
                    $"it has a passage of more than {limits.MaxSentenceCharacters.ToString("N0", CultureInfo.InvariantCulture)} characters without a sentence end or a line break");
            }
        }
    }

    /// <summary>Words as the language check counts them: runs of letters or digits.</summary>
    public static int CountWords(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }

    private static DocumentTooComplexException TooMuchText(DocumentReaderOptions limits) =>
        new($"it holds more than {limits.MaxTextCharacters.ToString("N0", CultureInfo.InvariantCulture)} characters of text (about {(limits.MaxTextCharacters / 6).ToString("N0", CultureInfo.InvariantCulture)} words)");
}
