namespace IRLearn.Infrastructure.Documents;

public enum DocumentKind
{
    PlainText,
    Markdown,
    Html,
    Pdf,
    Docx,
}

/// <summary>Maps a file name to the kind of document it claims to be. The content is checked separately.</summary>
public static class DocumentKinds
{
    public const string SupportedExtensions = ".txt, .md, .html, .htm, .pdf, .docx";

    public static DocumentKind? FromFileName(string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return extension switch
        {
            ".txt" or ".text" => DocumentKind.PlainText,
            ".md" or ".markdown" => DocumentKind.Markdown,
            ".html" or ".htm" or ".xhtml" => DocumentKind.Html,
            ".pdf" => DocumentKind.Pdf,
            ".docx" => DocumentKind.Docx,
            _ => null,
        };
    }

    public static bool IsText(this DocumentKind kind) => kind is DocumentKind.PlainText or DocumentKind.Markdown or DocumentKind.Html;
}
