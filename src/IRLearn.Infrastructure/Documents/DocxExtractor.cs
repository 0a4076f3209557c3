using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace IRLearn.Infrastructure.Documents;

/// <summary>
/// Reads .docx with the Open XML SDK: one paragraph per Word paragraph (tables included, in order).
/// The title is the document's core "Title" property, else the first paragraph styled Title or
/// Heading 1, else a headline-like first paragraph (pasted articles are rarely styled).
/// Throws the SDK's exceptions for a damaged package; the caller reports them.
/// </summary>
public static class DocxExtractor
{
    public static ExtractedDocument Extract(Stream docx)
    {
        using var document = WordprocessingDocument.Open(docx, isEditable: false);

        // A package whose relationships do not lead to a document body is broken, not empty.
        var main = document.MainDocumentPart ?? throw new InvalidDataException("The package has no main document part.");
        var body = main.Document?.Body;
        if (body is null)
        {
            return new ExtractedDocument(null, []);
        }

        var styleNames = StyleNames(main);
        var paragraphs = new List<string>();
        string? styledTitle = null;
        foreach (var paragraph in body.Descendants<Paragraph>())
        {
            var text = ArticleText.CleanInline(ParagraphText(paragraph));
            if (text.Length == 0)
            {
                continue;
            }

            if (styledTitle is null && IsTitleStyle(paragraph, styleNames))
            {
                styledTitle = text;
            }

            paragraphs.Add(text);
        }

        var coreTitle = ArticleText.CleanInline(document.PackageProperties.Title ?? string.Empty);
        return new ExtractedDocument(coreTitle.Length > 0 ? coreTitle : styledTitle ?? ArticleText.GuessTitle(paragraphs), paragraphs);
    }

    private static string ParagraphText(Paragraph paragraph)
    {
        // Runs carry text, tabs and line breaks as separate elements; a tab or break reads as a space.
        var parts = paragraph.Descendants().Select(element => element switch
        {
            Text text => text.Text,
            TabChar or Break or CarriageReturn => " ",
            NoBreakHyphen => "-",
            _ => null,
        });
        return string.Concat(parts);
    }

    // Style ids are what paragraphs point at, but a localised Word names them differently ("Überschrift1");
    // the style's name ("heading 1", "Title") is stable, so both are checked.
    private static Dictionary<string, string> StyleNames(MainDocumentPart main)
    {
        var styles = main.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [];
        return styles
            .Where(s => s.StyleId?.Value is not null && s.StyleName?.Val?.Value is not null)
            .GroupBy(s => s.StyleId!.Value!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().StyleName!.Val!.Value!, StringComparer.OrdinalIgnoreCase);
    }

    private static bool IsTitleStyle(Paragraph paragraph, Dictionary<string, string> styleNames)
    {
        var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        if (styleId is null)
        {
            return false;
        }

        var name = styleNames.GetValueOrDefault(styleId, styleId).Replace(" ", string.Empty, StringComparison.Ordinal);
        return name.Equals("Title", StringComparison.OrdinalIgnoreCase) || name.Equals("Heading1", StringComparison.OrdinalIgnoreCase);
    }
}
