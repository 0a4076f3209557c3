using System.IO.Compression;
using System.Text;
using IRLearn.Application.Common.Interfaces;
using IRLearn.Infrastructure.Documents;
using IRLearn.Infrastructure.Tests.Documents.Hostile;
using Microsoft.Extensions.Options;
using Xunit;

namespace IRLearn.Infrastructure.Tests.Documents;

/// <summary>Each limit of <see cref="DocumentReaderOptions"/>, lowered until an ordinary document crosses it.</summary>
public class DocumentLimitsTests
{
    private static Task<DocumentReadResult> ReadAsync(byte[] bytes, string fileName, DocumentReaderOptions options) =>
        new DocumentReader(Options.Create(options), TimeProvider.System).ReadAsync(new MemoryStream(bytes), fileName, TestContext.Current.CancellationToken);

    private static void AssertTooComplex(DocumentReadResult result, string reason)
    {
        Assert.False(result.Succeeded);
        Assert.Equal(DocumentErrorKind.TooComplex, result.Error!.Kind);
        Assert.StartsWith("The document is too large or too complex to process: ", result.Error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, result.Error.Message, StringComparison.Ordinal);
        Assert.Null(result.Text);
    }

    private static byte[] ArticleDocx() =>
        TestDocuments.Docx(null, [("Title", TestDocuments.ArticleTitle), .. TestDocuments.ArticleParagraphs.Select(p => ((string?)null, p))]);

    private static byte[] ArticlePdf() =>
        RawPdf.Build(RawPdf.Flate(RawPdf.TextContent(TestDocuments.ArticleParagraphs.SelectMany(p => TestDocuments.Wrap(p)))), "/Filter /FlateDecode");

    [Fact]
    public async Task ReadAsync_DeadlineAlreadyPassed_IsTooComplexAndSaysHowLongReadingMayTake()
    {
        var result = await ReadAsync(TestDocuments.Utf8(TestDocuments.ArticleText), "a.txt", new DocumentReaderOptions { Timeout = TimeSpan.Zero });

        AssertTooComplex(result, "reading it took longer than 0 seconds");
    }

    [Fact]
    public async Task ReadAsync_CallerCancels_ThrowsRatherThanBlamingTheDocument()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new DocumentReader().ReadAsync(new MemoryStream(TestDocuments.Utf8(TestDocuments.ArticleText)), "a.txt", cancelled.Token));
    }

    [Fact]
    public async Task ReadAsync_DocxPartOverThePartLimit_IsTooComplex()
    {
        var result = await ReadAsync(ArticleDocx(), "a.docx", new DocumentReaderOptions { MaxInflatedPartBytes = 1024, MaxInflatedBytes = 1024 * 1024 });

        AssertTooComplex(result, "one of its compressed parts inflates to more than 1 KB");
    }

    [Fact]
    public async Task ReadAsync_DocxPartsOverTheTotalLimit_IsTooComplex()
    {
        // Every part is under its own limit; together they are over the document's.
        var result = await ReadAsync(ArticleDocx(), "a.docx", new DocumentReaderOptions { MaxInflatedPartBytes = 1024 * 1024, MaxInflatedBytes = 1024 });

        AssertTooComplex(result, "its compressed parts inflate to more than 1 KB together");
    }

    [Fact]
    public async Task ReadAsync_DocxElementsOverTheLimit_IsTooComplex()
    {
        var result = await ReadAsync(ArticleDocx(), "a.docx", new DocumentReaderOptions { MaxElements = 20 });

        AssertTooComplex(result, "it has more than 20 elements");
    }

    [Fact]
    public async Task ReadAsync_DocxNestedOverTheLimit_IsTooComplex()
    {
        var result = await ReadAsync(ArticleDocx(), "a.docx", new DocumentReaderOptions { MaxDepth = 3 });

        AssertTooComplex(result, "it nests elements more than 3 levels deep");
    }

    [Fact]
    public async Task ReadAsync_DocxWithTheDefaultLimits_IsRead()
    {
        var result = await ReadAsync(ArticleDocx(), "a.docx", new DocumentReaderOptions());

        Assert.True(result.Succeeded, result.Error?.Message);
    }

    [Fact]
    public async Task ReadAsync_PdfStreamOverThePartLimit_IsTooComplex()
    {
        var result = await ReadAsync(ArticlePdf(), "a.pdf", new DocumentReaderOptions { MaxInflatedPartBytes = 512 });

        AssertTooComplex(result, "one of its compressed parts inflates to more than 0.5 KB");
    }

    [Fact]
    public async Task ReadAsync_PdfWithTheDefaultLimits_IsRead()
    {
        var result = await ReadAsync(ArticlePdf(), "a.pdf", new DocumentReaderOptions());

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Contains("Syr Darya", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_PdfNestedOverTheLimit_IsTooComplex()
    {
        var pdf = RawPdf.Build(RawPdf.TextContent(TestDocuments.ArticleParagraphs), string.Empty, "[[[[[1]]]]]");

        AssertTooComplex(await ReadAsync(pdf, "a.pdf", new DocumentReaderOptions { MaxDepth = 4 }), "more than 4 levels deep");
    }

    [Fact]
    public async Task ReadAsync_TextOverTheLimit_IsTooComplexAndSaysTheLimit()
    {
        var result = await ReadAsync(TestDocuments.Utf8(TestDocuments.ArticleText), "a.txt", new DocumentReaderOptions { MaxTextCharacters = 600 });

        AssertTooComplex(result, "it holds more than 600 characters of text");
    }

    [Fact]
    public async Task ReadAsync_PassageWithoutASentenceEnd_IsTooComplex()
    {
        var text = TestDocuments.ArticleText + "\n\n" + HostileCorpus.Repeat("and then ", 100);

        AssertTooComplex(await ReadAsync(TestDocuments.Utf8(text), "a.txt", new DocumentReaderOptions { MaxSentenceCharacters = 500 }), "a passage of more than 500 characters");
    }

    [Theory]
    [InlineData("hi", "tiny.html")]
    [InlineData("<p>Two words.</p>", "tiny.html")]
    [InlineData("A short note with only a handful of words in it.", "note.txt")]
    public async Task ReadAsync_TooLittleText_IsRefusedWithTheWordCount(string content, string fileName)
    {
        var result = await ReadAsync(Encoding.UTF8.GetBytes(content), fileName, new DocumentReaderOptions());

        Assert.False(result.Succeeded);
        Assert.Equal(DocumentErrorKind.Empty, result.Error!.Kind);
        Assert.Contains("too little text to make a lesson from", result.Error.Message, StringComparison.Ordinal);
        Assert.Contains("at least 20 are needed", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_BidiOverridesInTitleAndText_AreRemoved()
    {
        var text = "Water \u202Eand Rail\u202C Diplomacy \u2066today\u2069\n\n" + string.Join("\n\n", TestDocuments.ArticleParagraphs.Select(p => "\u202B" + p));

        var result = await ReadAsync(Encoding.UTF8.GetBytes(text), "a.txt", new DocumentReaderOptions());

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal("Water and Rail Diplomacy today", result.Title);
        Assert.DoesNotContain(result.Text!, c => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ReadAsync_Utf16WithoutByteOrderMark_IsReadAsText(bool bigEndian)
    {
        var bytes = new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes(TestDocuments.ArticleText);

        var result = await ReadAsync(bytes, "a.txt", new DocumentReaderOptions());

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal(TestDocuments.ArticleText, result.Text);
    }

    [Fact]
    public async Task ReadAsync_MarkdownSourceFarOverTheTextLimit_IsRefusedBeforeExtraction()
    {
        var markdown = "# a" + new string(' ', 10_000) + "b\n\n" + TestDocuments.ArticleText;

        AssertTooComplex(await ReadAsync(TestDocuments.Utf8(markdown), "a.md", new DocumentReaderOptions { MaxTextCharacters = 2_000 }), "more than 2,000 characters of text");
    }

    [Fact]
    public async Task ReadAsync_ZipWithManyParts_IsTooComplex()
    {
        using var stream = new MemoryStream();
        stream.Write(ArticleDocx());
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            for (var i = 0; i < PackageLimits.MaxEntries; i++)
            {
                zip.CreateEntry($"customXml/item{i}.xml");
            }
        }

        AssertTooComplex(await ReadAsync(stream.ToArray(), "a.docx", new DocumentReaderOptions()), "it holds more than 1,000 parts");
    }
}
