using System.Text;

namespace IRLearn.Interop.Safety;

/// <summary>
/// Decodes a text format (GIFT): a byte-order mark decides the encoding (UTF-8, UTF-16, UTF-32); without one the file
/// must be valid UTF-8, as Moodle requires ("GIFT format files must use UTF-8"). Windows-1252 or Latin-1 text is
/// refused with that advice rather than imported with garbled accents, and a binary file is refused as such.
/// </summary>
internal static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(byte[] content, string what)
    {
        var (encoding, bomLength) = FromBom(content);
        string text;
        try
        {
            text = encoding.GetString(content, bomLength, content.Length - bomLength);
        }
        catch (DecoderFallbackException ex)
        {
            throw new InteropFileException($"{what} is not UTF-8 text (an invalid byte at offset {ex.Index}). GIFT files must be UTF-8: save the file as UTF-8 and import it again.", ex);
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new InteropFileException($"{what} looks like a binary file, not text.");
        }

        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }

    private static (Encoding Encoding, int BomLength) FromBom(byte[] b) => b switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (StrictUtf8, 3),
        [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), 4),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), 4),
        [0xFF, 0xFE, ..] => (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2),
        [0xFE, 0xFF, ..] => (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2),
        _ => (StrictUtf8, 0),
    };
}
