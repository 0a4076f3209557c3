using System.Collections.Frozen;
using System.Globalization;

namespace IRLearn.Infrastructure.Documents;

/// <summary>The detector's answer, with the two shares it was based on so a message can explain it.</summary>
public enum LanguageVerdict
{
    /// <summary>Too little text to judge; callers let it through rather than reject a short paste.</summary>
    Undetermined,
    English,
    NotEnglish,
}

public sealed record LanguageAssessment(LanguageVerdict Verdict, int WordCount, double StopWordShare, double LatinLetterShare);

/// <summary>
/// A small, dependency-free English detector. The generator only understands English, so a French or
/// Chinese article must be turned away with a clear message instead of producing nonsense questions.
/// </summary>
/// <remarks>
/// Two signals, both cheap and linear in the text:
/// <list type="number">
/// <item>The share of letters that are Latin (A–Z with diacritics). Below <see cref="MinLatinLetterShare"/>
/// the text is Cyrillic, CJK, Arabic… and cannot be English; this works even without spaces (Chinese).</item>
/// <item>The share of word tokens that are common English function words. With the list below, the
/// project's English IR articles score 0.30–0.36; French, Spanish and German prose scores close to 0
/// because the list leaves out words those languages share with English ("a", "in", "on", "die",
/// "was", "also", "no"). <see cref="MinStopWordShare"/> = 0.15 sits well clear of both, and tolerates
/// English text dense with names, numbers and headings.</item>
/// </list>
/// Below <see cref="MinWords"/> word tokens the shares are too noisy, so the verdict is Undetermined.
/// Only the first <see cref="SampleLength"/> characters are examined: an article does not change
/// language halfway, and this keeps a 5 MB upload fast.
/// </remarks>
public static class LanguageDetector
{
    public const int MinWords = 30;
    public const double MinStopWordShare = 0.15;
    public const double MinLatinLetterShare = 0.6;
    public const int MinLettersForScriptCheck = 60;
    public const int SampleLength = 100_000;

    // Frequent English function words. Deliberately missing: words just as frequent in French,
    // Spanish, German, Italian or Portuguese ("a", "an", "in", "on", "die", "was", "also", "so",
    // "will", "do", "no", "me", "i"), which would lift those languages towards the threshold.
    private static readonly FrozenSet<string> StopWords = new[]
    {
        "the", "of", "and", "to", "is", "that", "for", "it", "with", "as", "be", "by", "this", "are",
        "or", "from", "at", "which", "but", "not", "have", "has", "had", "were", "been", "their", "its",
        "they", "he", "she", "his", "her", "we", "our", "you", "your", "would", "can", "could",
        "should", "there", "these", "those", "than", "then", "into", "about", "over", "after",
        "between", "while", "when", "where", "who", "whom", "what", "more", "most", "such", "other",
        "only", "any", "some", "all", "each", "both", "many", "much", "very", "how", "why", "if",
        "because", "through", "during", "against", "under", "upon", "within", "without", "being",
        "them", "him", "my", "does", "did", "out", "up", "one", "new", "said", "may", "must", "well",
        "just", "even", "still", "own", "same",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static LanguageAssessment Assess(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sample = text.Length > SampleLength ? text.AsSpan(0, SampleLength) : text.AsSpan();

        var letters = 0;
        var latinLetters = 0;
        var words = 0;
        var stopWords = 0;
        Span<char> buffer = stackalloc char[32];

        var i = 0;
        while (i < sample.Length)
        {
            if (!char.IsLetter(sample[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < sample.Length && (char.IsLetter(sample[i]) || IsWordJoiner(sample, i)))
            {
                if (char.IsLetter(sample[i]))
                {
                    letters++;
                    if (IsLatin(sample[i]))
                    {
                        latinLetters++;
                    }
                }

                i++;
            }

            var word = sample[start..i];
            words++;
            if (word.Length <= buffer.Length)
            {
                var lower = buffer[..word.ToLowerInvariant(buffer)];
                if (StopWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower))
                {
                    stopWords++;
                }
            }
        }

        var latinShare = letters == 0 ? 0 : (double)latinLetters / letters;
        var stopShare = words == 0 ? 0 : (double)stopWords / words;

        LanguageVerdict verdict;
        if (letters >= MinLettersForScriptCheck && latinShare < MinLatinLetterShare)
        {
            verdict = LanguageVerdict.NotEnglish;
        }
        else if (words < MinWords)
        {
            verdict = LanguageVerdict.Undetermined;
        }
        else
        {
            verdict = stopShare >= MinStopWordShare ? LanguageVerdict.English : LanguageVerdict.NotEnglish;
        }

        return new LanguageAssessment(verdict, words, stopShare, latinShare);
    }

    // An apostrophe or hyphen inside a word keeps "country's" and "Kassym-Jomart" as one token,
    // so "s" and "Jomart" do not dilute the shares.
    private static bool IsWordJoiner(ReadOnlySpan<char> text, int index) =>
        text[index] is '\'' or '\u2019' or '-'
        && index + 1 < text.Length
        && char.IsLetter(text[index + 1]);

    private static bool IsLatin(char c) =>
        c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z')
        || (c >= '\u00C0' && c <= '\u024F' && c != '\u00D7' && c != '\u00F7')
        || (c >= '\u1E00' && c <= '\u1EFF');

    internal static string Describe(LanguageAssessment assessment) =>
        string.Create(CultureInfo.InvariantCulture, $"{assessment.StopWordShare * 100:0}% common English words, {assessment.LatinLetterShare * 100:0}% Latin letters");
}
