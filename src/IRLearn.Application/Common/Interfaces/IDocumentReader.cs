namespace IRLearn.Application.Common.Interfaces;

/// <summary>
/// Reads an uploaded or local document (.txt, .md, .html, .pdf, .docx) into plain article text.
/// Bad input (empty, too large, binary posing as text, unsupported kind, not English) is reported
/// through <see cref="DocumentReadResult.Error"/>, never by throwing.
/// </summary>
public interface IDocumentReader
{
    Task<DocumentReadResult> ReadAsync(Stream content, string fileName, CancellationToken cancellationToken = default);
}

/// <summary>
/// The text read, or why it could not be read. <see cref="Removed"/> holds what the reader itself left out as
/// page furniture around the article (an HTML page's captions, asides and related lists), so that the
/// instructor sees it with what the generator removes.
/// </summary>
public sealed record DocumentReadResult(string? Title, string? Text, DocumentReadError? Error, IReadOnlyList<string>? Removed = null)
{
    public bool Succeeded => Error is null;

    public static DocumentReadResult Success(string? title, string text, IReadOnlyList<string>? removed = null) => new(title, text, null, removed);

    public static DocumentReadResult Failure(DocumentErrorKind kind, string message) => new(null, null, new DocumentReadError(kind, message));
}

public sealed record DocumentReadError(DocumentErrorKind Kind, string Message);

public enum DocumentErrorKind
{
    Empty,
    TooLarge,
    Binary,
    UnsupportedKind,
    Unreadable,
    NotEnglish,

    /// <summary>Over a limit on nesting, element count, inflated size, text length or reading time.</summary>
    TooComplex,
}
