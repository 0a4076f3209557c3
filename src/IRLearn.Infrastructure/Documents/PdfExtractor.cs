using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace IRLearn.Infrastructure.Documents;

/// <summary>
/// Reads .pdf with PdfPig. Text comes out line by line in content order, with a blank line where the
/// layout leaves a paragraph gap; lines are then joined into paragraphs and words hyphenated across
/// a line end are mended. A paragraph that runs onto the next page is rejoined.
/// Throws PdfPig's exceptions for a damaged file; the caller reports them.
/// </summary>
public static class PdfExtractor
{
    private static readonly ContentOrderTextExtractor.Options LayoutOptions = new()
    {
        SeparateParagraphsWithDoubleNewline = true,
        ReplaceWhitespaceWithSpace = true,
    };

    public static ExtractedDocument Extract(byte[] pdf, CancellationToken cancellationToken = default)
    {
        using var document = PdfDocument.Open(pdf);
        var paragraphs = new List<string>();
        foreach (var page in document.GetPages())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var pageParagraphs = ArticleText.SplitBlocks(ContentOrderTextExtractor.GetText(page, LayoutOptions))
                .Select(ArticleText.JoinLines)
                .Where(p => p.Length > 0)
                .ToList();
            if (pageParagraphs.Count == 0)
            {
                continue;
            }

            if (paragraphs.Count > 0 && ContinuesAcrossPages(paragraphs[^1], pageParagraphs[0]))
            {
                paragraphs[^1] = ArticleText.JoinLines([paragraphs[^1], pageParagraphs[0]]);
                pageParagraphs.RemoveAt(0);
            }

            paragraphs.AddRange(pageParagraphs);
        }

        var title = UsefulTitle(document.Information.Title) ?? ArticleText.GuessTitle(paragraphs);
        return new ExtractedDocument(title, paragraphs);
    }

    /// <summary>A page that ends mid-sentence and a next page that starts in lower case are one paragraph.</summary>
    public static bool ContinuesAcrossPages(string previous, string next) =>
        previous.Length > 0 && next.Length > 0
        && previous[^1] is not ('.' or '!' or '?' or ':' or '"' or '\u201D' or '\u2019')
        && char.IsLower(next[0]);

    // Word and other tools stamp file names into the title field ("Microsoft Word - draft3.docx").
    private static string? UsefulTitle(string? title)
    {
        var clean = ArticleText.CleanInline(title ?? string.Empty);
        return clean.Length == 0
            || clean.StartsWith("Microsoft Word - ", StringComparison.OrdinalIgnoreCase)
            || Path.GetExtension(clean).ToLowerInvariant() is ".doc" or ".docx" or ".pdf" or ".odt" or ".rtf" or ".tex"
            ? null
            : clean;
    }
}
