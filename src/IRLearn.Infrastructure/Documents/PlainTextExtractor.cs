namespace IRLearn.Infrastructure.Documents;

/// <summary>Reads .txt: paragraphs are separated by blank lines, as in a scraped article.</summary>
public static class PlainTextExtractor
{
    public static ExtractedDocument Extract(string text)
    {
        var blocks = ArticleText.SplitBlocks(text);

        // Without a single blank line the author put one paragraph per line; joining them all would
        // make the whole article one paragraph. Otherwise lines inside a block are hard wraps.
        var paragraphs = blocks.Count == 1
            ? blocks[0]
            : blocks.Select(ArticleText.JoinLines).ToList();

        return new ExtractedDocument(ArticleText.GuessTitle(paragraphs), paragraphs);
    }
}
