using System.Text;
using IRLearn.Infrastructure.Documents;
using IRLearn.Infrastructure.Tests.Documents.Hostile;
using Xunit;

namespace IRLearn.Infrastructure.Tests.Documents;

public class PdfStreamFiltersTests
{
    private static DocumentBudget Budget(long partLimit = 8L * 1024 * 1024) =>
        new(new DocumentReaderOptions { MaxInflatedPartBytes = partLimit, MaxInflatedBytes = 64L * 1024 * 1024 }, TestContext.Current.CancellationToken);

    private static readonly byte[] Sample = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("BT /F1 11 Tf (The union signed a water agreement in 2022.) Tj ET\n", 300)));

    [Fact]
    public void Flate_ZlibData_InflatesToTheOriginal()
    {
        Assert.Equal(Sample, PdfStreamFilters.Flate(RawPdf.Flate(Sample), Budget()));
    }

    [Fact]
    public void Flate_NotDeflateAtAll_StopsQuietly()
    {
        Assert.True(PdfStreamFilters.Flate(Encoding.ASCII.GetBytes("this is plain text, not deflate"), Budget()).Length < 64);
    }

    [Fact]
    public void Lzw_EncodedData_DecodesToTheOriginalAcrossTableResets()
    {
        // Random bytes fill the 4,096-entry table several times, so clear codes and every code width are exercised.
        var data = new byte[200_000];
        new Random(5).NextBytes(data);

        Assert.Equal(data, PdfStreamFilters.Lzw(Lzw.Encode(data), Budget()));
        Assert.Equal(Sample, PdfStreamFilters.Lzw(Lzw.Encode(Sample), Budget()));
    }

    [Fact]
    public void RunLength_LiteralAndRepeatedRuns_Decode()
    {
        byte[] encoded = [2, (byte)'a', (byte)'b', (byte)'c', 253, (byte)'z', 128, (byte)'!'];

        Assert.Equal("abczzzz"u8.ToArray(), PdfStreamFilters.RunLength(encoded, Budget()));
    }

    [Fact]
    public void AsciiHex_WithWhitespaceAndAnOddDigit_Decodes()
    {
        Assert.Equal(new byte[] { 0x48, 0x69, 0x70 }, PdfStreamFilters.AsciiHex(Encoding.ASCII.GetBytes("48 69\n7>"), Budget()));
    }

    [Fact]
    public void Ascii85_KnownText_Decodes()
    {
        // "Man " and "sure." in ASCII85, with the z shorthand for four zero bytes between them.
        Assert.Equal("Man \0\0\0\0sure."u8.ToArray(), PdfStreamFilters.Ascii85(Encoding.ASCII.GetBytes("9jqo^zF*2M7/c~>"), Budget()));
    }

    [Fact]
    public void Decoders_OutputOverThePartLimit_StopAtTheLimit()
    {
        var budget = Budget(partLimit: 64 * 1024);

        var ex = Assert.Throws<DocumentTooComplexException>(() => PdfStreamFilters.Flate(RawPdf.FlateOf(10L * 1024 * 1024), budget));

        Assert.Contains("inflates to more than 64 KB", ex.Reason, StringComparison.Ordinal);
        Assert.True(budget.InflatedBytes < 128 * 1024, $"inflated {budget.InflatedBytes} bytes before stopping");
    }
}
