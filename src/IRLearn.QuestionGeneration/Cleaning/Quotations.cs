using System.Text;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Cleaning;

/// <summary>Who a block speaks to or for, judged on its own words only: quoted speech is left out.</summary>
internal static class Quotations
{
    private static readonly string[] ReaderWords = [.. Lexicon.Default.Words("readerWords")];

    private static readonly string[] PublisherWords = [.. Lexicon.Default.Words("publisherWords")];

    private static readonly string[] SpeechWords = [.. Lexicon.Default.Words("speechWords")];

    public static bool HasQuotation(string text) =>
        text.IndexOfAny(['“', '”', '"']) >= 0 || text.Contains(" ‘", StringComparison.Ordinal) || text.StartsWith('‘');

    /// <summary>"you", "your": a pitch to the reader, as newsletter and gift boxes make.</summary>
    public static bool AddressesReader(string text) => HasAnyWord(Unquoted(text), ReaderWords);

    /// <summary>"we", "our", "us": the publisher speaking of itself, as trust and methodology boxes do.</summary>
    public static bool SpeaksForPublisher(string text) => HasAnyWord(Unquoted(text), PublisherWords);

    /// <summary>"said", "told", "according to": a sentence that reports someone, which a photo caption never does.</summary>
    public static bool ReportsSpeech(string text) => HasAnyWord(text, SpeechWords);

    /// <summary>The text with everything between double quotation marks dropped.</summary>
    private static string Unquoted(string text)
    {
        var builder = new StringBuilder(text.Length);
        var inside = false;
        foreach (var c in text)
        {
            if (c is '“' or '”' or '"')
            {
                inside = c switch
                {
                    '“' => true,
                    '”' => false,
                    _ => !inside,
                };
                builder.Append(' ');
                continue;
            }

            if (!inside)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool HasAnyWord(string text, string[] words)
    {
        foreach (var token in text.Split([' ', ',', '.', ';', ':', '!', '?', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var word in words)
            {
                if (token.Equals(word, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
