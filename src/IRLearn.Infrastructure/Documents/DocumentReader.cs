using System.Globalization;
using IRLearn.Application.Common.Interfaces;
using Microsoft.Extensions.Options;
using UglyToad.PdfPig.Exceptions;

namespace IRLearn.Infrastructure.Documents;

/// <summary>
/// Reads an uploaded or local document into the generator's text format. Every user mistake (empty,
/// too large, binary, wrong kind, damaged, not English) comes back as a <see cref="DocumentReadError"/>
/// with a message fit to show the user; only cancellation and bugs throw.
/// </summary>
public sealed class DocumentReader(IOptions<DocumentReaderOptions> options) : IDocumentReader
{
    // A Word body inflates a lot from its ZIP; beyond this ratio to the upload limit it is a ZIP bomb.
    private const int MaxDocxInflation = 20;

    private readonly DocumentReaderOptions _options = options.Value;

    public DocumentReader()
        : this(Options.Create(new DocumentReaderOptions()))
    {
    }

    public async Task<DocumentReadResult> ReadAsync(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);

        if (DocumentKinds.FromFileName(fileName) is not { } kind)
        {
            var extension = Path.GetExtension(fileName);
            return DocumentReadResult.Failure(
                DocumentErrorKind.UnsupportedKind,
                $"{(extension.Length == 0 ? "Files without an extension" : $"'{extension}' files")} are not supported; use one of {DocumentKinds.SupportedExtensions}.");
        }

        var bytes = await BoundedRead.ReadAsync(content, _options.MaxBytes, cancellationToken);
        if (bytes is null)
        {
            return DocumentReadResult.Failure(
                DocumentErrorKind.TooLarge,
                $"The file is larger than the {FormatSize(_options.MaxBytes)} limit.");
        }

        if (bytes.Length == 0)
        {
            return Empty("The file is empty.");
        }

        var extracted = Extract(kind, bytes);
        if (extracted.Error is not null)
        {
            return extracted.Error;
        }

        var text = ArticleText.Compose(extracted.Document!);
        if (string.IsNullOrWhiteSpace(text))
        {
            return Empty(kind == DocumentKind.Pdf
                ? "The PDF has no text to read; it may be a scanned image."
                : "The file has no text in it.");
        }

        var language = LanguageDetector.Assess(text);
        if (language.Verdict == LanguageVerdict.NotEnglish)
        {
            return DocumentReadResult.Failure(
                DocumentErrorKind.NotEnglish,
                $"The document does not appear to be in English ({LanguageDetector.Describe(language)}); IRLearn makes questions from English articles only.");
        }

        var title = ArticleText.CleanInline(extracted.Document!.Title ?? string.Empty);
        return DocumentReadResult.Success(title.Length > 0 ? title : null, text);
    }

    private (ExtractedDocument? Document, DocumentReadResult? Error) Extract(DocumentKind kind, byte[] bytes)
    {
        if (kind.IsText())
        {
            var decoded = TextDecoding.Decode(bytes);
            if (!decoded.IsText)
            {
                return (null, DocumentReadResult.Failure(DocumentErrorKind.Binary, decoded.Problem!));
            }

            if (string.IsNullOrWhiteSpace(decoded.Text))
            {
                return (null, Empty("The file holds only whitespace."));
            }

            return (kind switch
            {
                DocumentKind.Markdown => MarkdownExtractor.Extract(decoded.Text),
                DocumentKind.Html => HtmlExtractor.Extract(decoded.Text),
                _ => PlainTextExtractor.Extract(decoded.Text),
            }, null);
        }

        return kind == DocumentKind.Pdf ? ExtractPdf(bytes) : ExtractDocx(bytes);
    }

    private static (ExtractedDocument?, DocumentReadResult?) ExtractPdf(byte[] bytes)
    {
        if (!FileSignatures.IsPdf(bytes))
        {
            return Unreadable("The file is named .pdf but is not a PDF document.");
        }

        try
        {
            return (PdfExtractor.Extract(bytes), null);
        }
        catch (PdfDocumentEncryptedException)
        {
            return Unreadable("The PDF is password-protected; remove the password and try again.");
        }
        catch (Exception ex) when (IsParserFailure(ex))
        {
            return Unreadable("The PDF is damaged and cannot be read.");
        }
    }

    private (ExtractedDocument?, DocumentReadResult?) ExtractDocx(byte[] bytes)
    {
        if (FileSignatures.CheckDocx(bytes, _options.MaxBytes * MaxDocxInflation) is { } problem)
        {
            return (null, DocumentReadResult.Failure(problem.Kind, problem.Message));
        }

        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            return (DocxExtractor.Extract(stream), null);
        }
        catch (Exception ex) when (IsParserFailure(ex))
        {
            return Unreadable("The Word document is damaged and cannot be read.");
        }
    }

    // Parsers of damaged files throw whatever their internals hit (format, XML, index, cast errors).
    // Any of those means "this file cannot be read"; cancellation and resource exhaustion do not.
    private static bool IsParserFailure(Exception ex) =>
        ex is not (OperationCanceledException or OutOfMemoryException);

    private static (ExtractedDocument?, DocumentReadResult?) Unreadable(string message) =>
        (null, DocumentReadResult.Failure(DocumentErrorKind.Unreadable, message));

    private static DocumentReadResult Empty(string message) => DocumentReadResult.Failure(DocumentErrorKind.Empty, message);

    private static string FormatSize(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB");
}
