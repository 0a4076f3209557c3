using IRLearn.QuestionGeneration.Cleaning;

namespace IRLearn.Infrastructure.Documents;

/// <summary>
/// Reads .txt and pasted text: paragraphs are separated by blank lines, as in a scraped article, or stand one under the
/// other as a page selected in a browser and pasted puts them (<see cref="LineBreaks"/>).
/// </summary>
public static class PlainTextExtractor
{
    public static ExtractedDocument Extract(string text)
    {
        var blocks = ArticleText.SplitBlocks(text);

        // Without a single blank line the author put one paragraph per line; joining them all would
        // make the whole article one paragraph. Otherwise a block's lines are hard wraps, or the lines of a browser copy.
        var paragraphs = blocks.Count == 1
            ? blocks[0]
            : blocks.SelectMany(LineBreaks.Paragraphs).Select(ArticleText.JoinLines).ToList();

        return new ExtractedDocument(ArticleText.GuessTitle(paragraphs), paragraphs);
    }
}
