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

public sealed record DocumentReadResult(string? Title, string? Text, DocumentReadError? Error)
{
    public bool Succeeded => Error is null;

    public static DocumentReadResult Success(string? title, string text) => new(title, text, null);

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
