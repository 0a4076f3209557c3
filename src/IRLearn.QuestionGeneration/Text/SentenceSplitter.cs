using System.Collections.Frozen;

namespace IRLearn.QuestionGeneration.Text;

/// <summary>
/// Rule-based sentence segmentation. A full stop ends a sentence unless it closes an abbreviation,
/// an initial, a dotted acronym followed by an ordinary word, or sits inside a number; a quotation
/// that is still open keeps its sentences together so that "who said" questions see the whole quote.
/// </summary>
public static class SentenceSplitter
{
    // Titles and abbreviations that are followed by a name or a number, never by a new sentence.
    private static readonly FrozenSet<string> Abbreviations = Lexicon.Default.Set(
        StringComparer.Ordinal, "honorifics", "academicTitles", "rankAbbreviations", "abbreviations", "monthAbbreviations", "weekdayAbbreviations");

    // Abbreviations that only bind to a following number ("No. 5", "pp. 12").
    private static readonly FrozenSet<string> NumberAbbreviations = Lexicon.Default.Set(StringComparer.Ordinal, "numberAbbreviations");

    // Dotted forms that never end a sentence ("e.g. China").
    private static readonly FrozenSet<string> NeverFinal = FrozenSet.ToFrozenSet(
        ["e.g", "i.e", "cf", "viz"], StringComparer.OrdinalIgnoreCase);

    // After "U.S." or "p.m." a new sentence is only believed when an ordinary sentence opener follows.
    private static readonly FrozenSet<string> SentenceOpeners = Lexicon.Default.Set(StringComparer.Ordinal, "sentenceOpeners");

    public static IReadOnlyList<TextRange> Split(string text) => Split(text, new TextRange(0, text.Length));

    public static List<TextRange> Split(string text, TextRange range)
    {
        var result = new List<TextRange>();
        var end = range.End;
        var sentenceStart = SkipSpace(text, range.Start, end);
        var quoteDepth = 0;
        for (var i = sentenceStart; i < end; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                Add(result, text, sentenceStart, i);
                sentenceStart = SkipSpace(text, i + 1, end);
                i = sentenceStart - 1;
                quoteDepth = 0;
                continue;
            }

            quoteDepth = TrackQuote(text, i, quoteDepth);
            if (c is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }

            var j = i + 1;
            while (j < end && text[j] is '.' or '!' or '?' or '…')
            {
                j++;
            }

            var closed = false;
            while (j < end && IsCloser(text[j]))
            {
                quoteDepth = TrackQuote(text, j, quoteDepth);
                closed = true;
                j++;
            }

            if (j < end && !char.IsWhiteSpace(text[j]))
            {
                i = j - 1;
                continue;
            }

            var k = j;
            while (k < end && text[k] is ' ' or '\t')
            {
                k++;
            }

            if (k >= end || text[k] == '\n')
            {
                i = j - 1;
                continue;
            }

            if (quoteDepth > 0 && QuoteClosesSoon(text, k, end))
            {
                i = j - 1;
                continue;
            }

            if (!IsBoundary(text, sentenceStart, i, j, k, closed))
            {
                i = j - 1;
                continue;
            }

            Add(result, text, sentenceStart, j);
            sentenceStart = k;
            quoteDepth = 0;
            i = k - 1;
        }

        if (sentenceStart < end)
        {
            Add(result, text, sentenceStart, end);
        }

        return result;
    }

    private static int TrackQuote(string text, int i, int depth)
    {
        var c = text[i];
        if (c == '“')
        {
            return depth + 1;
        }

        if (c == '”')
        {
            return Math.Max(0, depth - 1);
        }

        if (c == '"')
        {
            // A straight quote opens when it follows a space or the start, and closes otherwise.
            var opens = i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[';
            return opens ? depth + 1 : Math.Max(0, depth - 1);
        }

        return depth;
    }

    private static bool QuoteClosesSoon(string text, int from, int end)
    {
        var limit = Math.Min(end, from + 400);
        for (var i = from; i < limit; i++)
        {
            if (text[i] is '”' or '"')
            {
                return true;
            }

            if (text[i] is '“' or '\n')
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsBoundary(string text, int sentenceStart, int punct, int afterClosers, int next, bool closed)
    {
        var nextChar = text[next];
        if (char.IsLower(nextChar))
        {
            return false;
        }

        var c = text[punct];
        if (c != '.' || closed || afterClosers - punct > 1)
        {
            // "?", "!", an ellipsis, or a full stop inside closing quotes.
            return true;
        }

        var wordStart = punct;
        while (wordStart > sentenceStart && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text[wordStart..punct];
        if (word.Length == 0)
        {
            return true;
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            // An initial: "John F. Kennedy".
            return false;
        }

        if (NeverFinal.Contains(word))
        {
            return false;
        }

        if (NumberAbbreviations.Contains(word))
        {
            return !char.IsDigit(nextChar);
        }

        if (Abbreviations.Contains(word))
        {
            return false;
        }

        if (word.Contains('.', StringComparison.Ordinal))
        {
            // "U.S." or "a.m." ends a sentence only before a word that usually opens one.
            return SentenceOpeners.Contains(NextWord(text, next));
        }

        return true;
    }

    private static string NextWord(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[start..end];
    }

    private static bool IsCloser(char c) => c is '"' or '”' or '’' or '\'' or ')' or ']' or '»';

    private static int SkipSpace(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return start;
    }

    private static void Add(List<TextRange> result, string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            result.Add(new TextRange(start, end - start));
        }
    }
}
