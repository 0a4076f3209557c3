using System.Text;

namespace IRLearn.Infrastructure.Documents;

/// <summary>The decoded text, or why the bytes are not text (<see cref="Problem"/> is then user-facing).</summary>
public sealed record TextDecodeResult(string? Text, string? Problem)
{
    public bool IsText => Problem is null;
}

/// <summary>
/// Turns the bytes of a .txt, .md or .html upload into a string, refusing binary files that pose as
/// text (an image or a program renamed .txt) so they never reach the generator as garbage.
/// </summary>
public static class TextDecoding
{
    /// <summary>
    /// Real text has almost no control characters besides tab and newlines; binary data decoded as
    /// text has several per hundred. One in a hundred leaves room for a stray form feed or escape.
    /// </summary>
    public const double MaxControlCharShare = 0.01;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    public static TextDecodeResult Decode(ReadOnlySpan<byte> bytes)
    {
        if (FileSignatures.Describe(bytes) is { } disguised)
        {
            return Binary($"it is {disguised}, not text");
        }

        string text;
        try
        {
            text = bytes switch
            {
                [0xEF, 0xBB, 0xBF, ..] => StrictUtf8.GetString(bytes[3..]),
                [0xFF, 0xFE, ..] => StrictUtf16Le.GetString(bytes[2..]),
                [0xFE, 0xFF, ..] => StrictUtf16Be.GetString(bytes[2..]),
                _ when Utf16WithoutBom(bytes) is { } utf16 => utf16.GetString(bytes),
                _ when bytes.Contains((byte)0) => throw new DecoderFallbackException("NUL byte"),
                _ => StrictUtf8.GetString(bytes),
            };
        }
        catch (DecoderFallbackException)
        {
            return bytes.Contains((byte)0)
                ? Binary("it contains NUL bytes, which text files never do")
                : Binary("it is not valid UTF-8 text; save it as UTF-8 and try again");
        }

        return ControlCharShare(text) > MaxControlCharShare
            ? Binary("too many of its characters are control codes")
            : new TextDecodeResult(text, null);
    }

    /// <summary>
    /// UTF-16 saved without a byte-order mark (some Windows tools do): English text then has a zero in
    /// every other byte, on the odd positions for little-endian and the even ones for big-endian. Binary
    /// data has zeros scattered over both, so it is still refused as binary.
    /// </summary>
    public static Encoding? Utf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0)
        {
            return null;
        }

        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] == 0)
            {
                _ = i % 2 == 0 ? evenZeros++ : oddZeros++;
            }
        }

        var half = sample.Length / 2.0;
        return (evenZeros / half, oddZeros / half) switch
        {
            ( <= 0.05, >= 0.7) => StrictUtf16Le,
            ( >= 0.7, <= 0.05) => StrictUtf16Be,
            _ => null,
        };
    }

    public static double ControlCharShare(string text)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        var controls = 0;
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f'))
            {
                controls++;
            }
        }

        return (double)controls / text.Length;
    }

    private static TextDecodeResult Binary(string reason) =>
        new(null, $"The file looks like binary data posing as text: {reason}.");
}
