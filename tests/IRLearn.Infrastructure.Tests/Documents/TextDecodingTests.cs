using System.Text;
using IRLearn.Infrastructure.Documents;
using Xunit;

namespace IRLearn.Infrastructure.Tests.Documents;

public class TextDecodingTests
{
    [Fact]
    public void Decode_Utf8WithBom_DropsTheBom()
    {
        var result = TextDecoding.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Astana’s summit")]);

        Assert.Equal("Astana’s summit", result.Text);
    }

    [Fact]
    public void Decode_Utf16WithBom_IsReadAsText()
    {
        var result = TextDecoding.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Bishkek, 13 October")]);

        Assert.True(result.IsText, result.Problem);
        Assert.Equal("Bishkek, 13 October", result.Text);
    }

    [Fact]
    public void Decode_BytesWithNul_IsBinary()
    {
        var result = TextDecoding.Decode([.. "Header"u8, 0x00, 0x01, 0x02, .. "more"u8]);

        Assert.False(result.IsText);
        Assert.Contains("NUL", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_InvalidUtf8_IsBinaryAndAsksForUtf8()
    {
        // 0xE9 is "é" in Windows-1252 but a broken sequence in UTF-8.
        var result = TextDecoding.Decode([.. "Caf"u8, 0xE9, .. " society"u8]);

        Assert.False(result.IsText);
        Assert.Contains("UTF-8", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_PngRenamedAsText_SaysWhatItIs()
    {
        var result = TextDecoding.Decode([0x89, .. "PNG\r\n"u8, 0x1A, 0x0A, 0x00, 0x00]);

        Assert.Contains("PNG image", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_ManyControlCharacters_IsBinary()
    {
        var text = string.Concat(Enumerable.Repeat("word\u0001\u0002", 20));

        var result = TextDecoding.Decode(Encoding.UTF8.GetBytes(text));

        Assert.False(result.IsText);
    }

    [Fact]
    public void ControlCharShare_TabsAndNewlines_DoNotCount()
    {
        Assert.Equal(0, TextDecoding.ControlCharShare("a\tb\r\nc\n\fd"));
        Assert.Equal(0.25, TextDecoding.ControlCharShare("ab\u0007c"));
    }
}
