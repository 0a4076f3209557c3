namespace IRLearn.QuestionGeneration.Cleaning;

/// <summary>
/// What a block looks like on the page, measured without reading it: how long it is, whether it ends
/// like a sentence, and how much of it is written in lower case. Article prose ends its paragraphs
/// with a full stop and is mostly lower-case words; headlines, labels, names and dates are not.
/// </summary>
internal readonly record struct BlockShape(int WordCount, bool EndsSentence, bool EndsQuestion, double LowerShare, bool MostlyForeignScript)
{
    /// <summary>A question headline ("What did the prosecutors say?") is no longer than this.</summary>
    private const int MaxQuestionHeadingWords = 12;

    /// <summary>Runs of prose are what the body finder looks for.</summary>
    public bool IsProse => !MostlyForeignScript && WordCount >= 5 && LowerShare >= 0.35 &&
        (EndsSentence || EndsQuestion && WordCount > MaxQuestionHeadingWords || WordCount >= 40 && LowerShare >= 0.6);

    public static BlockShape Of(string text)
    {
        var words = 0;
        var alphabetic = 0;
        var lower = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
                continue;
            }

            if (!inWord)
            {
                inWord = true;
                words++;
                if (char.IsLetter(c))
                {
                    alphabetic++;
                    lower += char.IsLower(c) ? 1 : 0;
                }
            }
        }

        var end = LastMeaningful(text);
        return new BlockShape(
            words,
            end is '.' or '!' or '…' or ':' or ';',
            end == '?',
            alphabetic == 0 ? 0 : (double)lower / alphabetic,
            IsMostlyForeignScript(text));
    }

    /// <summary>The last character that is not a closing quote, bracket, space or mojibake.</summary>
    private static char LastMeaningful(string text)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            var c = text[i];
            if (!(char.IsWhiteSpace(c) || c is '"' or '\'' or '”' or '’' or '»' or ')' or ']' or '}' or '*' or '\uFFFD'))
            {
                return c;
            }
        }

        return '\0';
    }

    /// <summary>
    /// A line in another script (a link to the Chinese edition, say) inside an English article:
    /// fewer than half of its letters are Latin.
    /// </summary>
    private static bool IsMostlyForeignScript(string text)
    {
        var letters = 0;
        var latin = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                latin += c <= '\u024F' ? 1 : 0;
            }
        }

        return letters >= 3 && latin * 2 < letters;
    }
}
