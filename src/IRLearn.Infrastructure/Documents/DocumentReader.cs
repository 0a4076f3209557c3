using System.Globalization;
using System.Text.RegularExpressions;
using IRLearn.Application.Common.Interfaces;
using Microsoft.Extensions.Options;
using UglyToad.PdfPig.Exceptions;

namespace IRLearn.Infrastructure.Documents;

/// <summary>
/// Reads an uploaded or local document into the generator's text format. Every user mistake (empty,
/// too large, binary, wrong kind, damaged, not English, too complex) comes back as a
/// <see cref="DocumentReadError"/> with a message fit to show the user; only cancellation and bugs throw.
/// The work is bounded: a deadline, and <see cref="DocumentReaderOptions"/>' limits on nesting, element
/// count and inflated sizes, checked by scanners that run before each parser (HtmlShapeScanner,
/// PackageLimits, PdfLimits) so a hostile file is refused before it costs quadratic time or the heap.
/// </summary>
public sealed class DocumentReader(IOptions<DocumentReaderOptions> options, TimeProvider clock) : IDocumentReader
{
    private readonly DocumentReaderOptions _options = options.Value;

    public DocumentReader()
        : this(Options.Create(new DocumentReaderOptions()), TimeProvider.System)
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
                $"The file is larger than the {DocumentBudget.Size(_options.MaxBytes)} limit.");
        }

        if (bytes.Length == 0)
        {
            return Empty("The file is empty.");
        }

        // Every limit below is checked inside this one deadline; the caller's own cancellation still wins.
        using var deadline = new CancellationTokenSource(_options.Timeout, clock);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            return Read(kind, bytes, new DocumentBudget(_options, either.Token));
        }
        catch (DocumentTooComplexException ex)
        {
            return TooComplex(ex.Reason);
        }
        catch (RegexMatchTimeoutException)
        {
            return TooComplex("its markup takes too long to interpret");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return TooComplex($"reading it took longer than {_options.Timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} seconds");
        }
    }

    private DocumentReadResult Read(DocumentKind kind, byte[] bytes, DocumentBudget budget)
    {
        var extracted = Extract(kind, bytes, budget);
        if (extracted.Error is not null)
        {
            return extracted.Error;
        }

        budget.CheckTime();
        var text = ArticleText.Compose(extracted.Document!);
        if (string.IsNullOrWhiteSpace(text))
        {
            return Empty(kind == DocumentKind.Pdf
                ? "The PDF has no text to read; it may be a scanned image."
                : "The file has no text in it.");
        }

        TextLimits.Check(text, _options);
        var language = LanguageDetector.Assess(text);
        if (language.Verdict == LanguageVerdict.NotEnglish)
        {
            return DocumentReadResult.Failure(
                DocumentErrorKind.NotEnglish,
                $"The document does not appear to be in English ({LanguageDetector.Describe(language)}); IRLearn makes questions from English articles only.");
        }

        var words = TextLimits.CountWords(text);
        if (words < _options.MinWords)
        {
            return Empty($"The document has too little text to make a lesson from ({words} {(words == 1 ? "word" : "words")}; at least {_options.MinWords} are needed).");
        }

        var title = ArticleText.CleanInline(extracted.Document!.Title ?? string.Empty);
        return DocumentReadResult.Success(title.Length > 0 ? title : null, text, extracted.Document!.Removed);
    }

    private (ExtractedDocument? Document, DocumentReadResult? Error) Extract(DocumentKind kind, byte[] bytes, DocumentBudget budget)
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

            budget.CheckTime();
            return kind switch
            {
                DocumentKind.Markdown => (MarkdownExtractor.Extract(CheckedSource(decoded.Text)), null),
                DocumentKind.Html => ExtractHtml(decoded.Text, budget),
                _ => (PlainTextExtractor.Extract(CheckedSource(decoded.Text)), null),
            };
        }

        return kind == DocumentKind.Pdf ? ExtractPdf(bytes, budget) : ExtractDocx(bytes, budget);
    }

    private string CheckedSource(string text)
    {
        TextLimits.CheckSource(text, _options);
        return text;
    }

    private static (ExtractedDocument?, DocumentReadResult?) ExtractHtml(string html, DocumentBudget budget)
    {
        try
        {
            // A guarded parse proves the page bounded and measures it, so the extractor's own parse of the
            // same text is safe, and the reader-view heuristic (quadratic on wide or deep pages) runs only
            // where it is cheap.
            var shape = HtmlLimits.Check(html, budget);
            budget.CheckTime();
            return (HtmlExtractor.Extract(html, readerView: shape.AllowsReaderView), null);
        }
        catch (Exception ex) when (IsParserFailure(ex))
        {
            // The HTML parser has bugs of its own on some tag soups (a NullReferenceException inside <select>).
            return Unreadable("The HTML page could not be parsed.");
        }
    }

    private static (ExtractedDocument?, DocumentReadResult?) ExtractPdf(byte[] bytes, DocumentBudget budget)
    {
        if (!FileSignatures.IsPdf(bytes))
        {
            return Unreadable("The file is named .pdf but is not a PDF document.");
        }

        PdfLimits.Check(bytes, budget);
        try
        {
            return (PdfExtractor.Extract(bytes, budget.Deadline), null);
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

    private static (ExtractedDocument?, DocumentReadResult?) ExtractDocx(byte[] bytes, DocumentBudget budget)
    {
        if (FileSignatures.CheckDocx(bytes) is { } problem)
        {
            return (null, DocumentReadResult.Failure(problem.Kind, problem.Message));
        }

        try
        {
            PackageLimits.Check(bytes, budget);
            using var stream = new MemoryStream(bytes, writable: false);
            return (DocxExtractor.Extract(stream), null);
        }
        catch (Exception ex) when (IsParserFailure(ex))
        {
            return Unreadable("The Word document is damaged and cannot be read.");
        }
    }

    // Parsers of damaged files throw whatever their internals hit (format, XML, index, cast errors).
    // Any of those means "this file cannot be read"; cancellation, resource exhaustion and our own
    // limits do not.
    private static bool IsParserFailure(Exception ex) =>
        ex is not (OperationCanceledException or OutOfMemoryException or DocumentTooComplexException or RegexMatchTimeoutException);

    private static (ExtractedDocument?, DocumentReadResult?) Unreadable(string message) =>
        (null, DocumentReadResult.Failure(DocumentErrorKind.Unreadable, message));

    private static DocumentReadResult Empty(string message) => DocumentReadResult.Failure(DocumentErrorKind.Empty, message);

    private static DocumentReadResult TooComplex(string reason) => DocumentReadResult.Failure(
        DocumentErrorKind.TooComplex,
        $"The document is too large or too complex to process: {reason}. Nothing was imported; try a simpler file (plain text always works).");
}
