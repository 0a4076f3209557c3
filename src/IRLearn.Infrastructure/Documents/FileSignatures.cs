using System.IO.Compression;
using IRLearn.Application.Common.Interfaces;

namespace IRLearn.Infrastructure.Documents;

/// <summary>
/// Magic-number checks. A file's extension is only a claim; these look at its first bytes so that a
/// text file renamed .pdf, or a PDF renamed .txt, gets a clear message instead of a parser crash.
/// </summary>
public static class FileSignatures
{
    public const string DocxMainPart = "word/document.xml";

    public static bool IsPdf(ReadOnlySpan<byte> bytes) => bytes.StartsWith("%PDF-"u8);

    public static bool IsZip(ReadOnlySpan<byte> bytes) => bytes.StartsWith("PK\u0003\u0004"u8);

    /// <summary>What a well-known binary format is, in words a user understands; null when none matches.</summary>
    public static string? Describe(ReadOnlySpan<byte> bytes) => bytes switch
    {
        _ when IsPdf(bytes) => "a PDF document",
        _ when IsZip(bytes) => "a ZIP archive (perhaps a Word document)",
        [0xD0, 0xCF, 0x11, 0xE0, ..] => "an old Office document (.doc)",
        [(byte)'M', (byte)'Z', ..] => "a Windows program",
        [0x7F, (byte)'E', (byte)'L', (byte)'F', ..] => "a Linux program",
        [0x89, (byte)'P', (byte)'N', (byte)'G', ..] => "a PNG image",
        [0xFF, 0xD8, 0xFF, ..] => "a JPEG image",
        [(byte)'G', (byte)'I', (byte)'F', (byte)'8', ..] => "a GIF image",
        [0x1F, 0x8B, ..] => "a gzip archive",
        _ => null,
    };

    /// <summary>
    /// Null when the bytes are a ZIP holding a Word body part; otherwise why they are not a usable .docx.
    /// A corrupt ZIP is reported rather than thrown, because it is the user's file that is wrong. Sizes
    /// are not judged here: a ZIP's declared sizes are only claims, so PackageLimits measures real ones.
    /// </summary>
    public static DocumentReadError? CheckDocx(byte[] bytes)
    {
        if (!IsZip(bytes))
        {
            return Unreadable("The file is named .docx but is not a Word document (it is not a ZIP package).");
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            return zip.GetEntry(DocxMainPart) is null
                ? Unreadable("The file is named .docx but has no Word document body; it may be another Office format.")
                : null;
        }
        catch (InvalidDataException)
        {
            return Unreadable("The Word document is damaged and cannot be opened.");
        }
    }

    private static DocumentReadError Unreadable(string message) => new(DocumentErrorKind.Unreadable, message);
}
