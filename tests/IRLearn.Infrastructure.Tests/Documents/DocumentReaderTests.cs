using System.IO.Compression;
using System.Text;
using IRLearn.Application.Common.Interfaces;
using IRLearn.Infrastructure.Documents;
using Microsoft.Extensions.Options;
using Xunit;

namespace IRLearn.Infrastructure.Tests.Documents;

public class DocumentReaderTests
{
    private static readonly string FrenchArticle = string.Join("\n\n", Enumerable.Repeat(TestDocuments.French, 3));

    private static Task<DocumentReadResult> ReadAsync(byte[] bytes, string fileName, long maxBytes = DocumentReaderOptions.DefaultMaxBytes) =>
        new DocumentReader(Options.Create(new DocumentReaderOptions { MaxBytes = maxBytes }), TimeProvider.System)
            .ReadAsync(new MemoryStream(bytes), fileName, TestContext.Current.CancellationToken);

    private static void AssertFails(DocumentReadResult result, DocumentErrorKind kind, string messageFragment)
    {
        Assert.False(result.Succeeded);
        Assert.Equal(kind, result.Error!.Kind);
        Assert.Contains(messageFragment, result.Error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Null(result.Text);
    }

    [Fact]
    public async Task ReadAsync_ScrapedTextFile_ReturnsTitleAndTextUnchanged()
    {
        var result = await ReadAsync(TestDocuments.Utf8(TestDocuments.ArticleText), "article.txt");

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal(TestDocuments.ArticleTitle, result.Title);
        Assert.Equal(TestDocuments.ArticleText, result.Text);
    }

    [Fact]
    public async Task ReadAsync_Markdown_ReturnsScrapedFormat()
    {
        var markdown = "# " + TestDocuments.ArticleTitle + "\n\n" + string.Join("\n\n", TestDocuments.ArticleParagraphs.Select(p => p.Replace("Kazakhstan,", "**Kazakhstan**,", StringComparison.Ordinal)));

        var result = await ReadAsync(TestDocuments.Utf8(markdown), "Article.MD");

        Assert.Equal(TestDocuments.ArticleTitle, result.Title);
        Assert.Equal(TestDocuments.ArticleText, result.Text);
    }

    [Fact]
    public async Task ReadAsync_Html_ReturnsScrapedFormatWithoutBoilerplate()
    {
        var body = string.Concat(TestDocuments.ArticleParagraphs.Take(4).Select(p => $"<p>{p}</p>\n"));
        var html = $"<html><head><title>{TestDocuments.ArticleTitle} | Review</title></head><body><nav><a href='/'>Home</a> <a href='/s'>Subscribe</a></nav>"
            + $"<article>{body}</article><footer>© 2026 Review</footer></body></html>";

        var result = await ReadAsync(TestDocuments.Utf8(html), "page.htm");

        Assert.Equal(TestDocuments.ArticleTitle, result.Title);
        Assert.Equal(TestDocuments.ArticleTitle + "\n\n" + string.Join("\n\n", TestDocuments.ArticleParagraphs.Take(4)), result.Text);
    }

    [Fact]
    public async Task ReadAsync_Pdf_ReturnsScrapedFormat()
    {
        var pdf = TestDocuments.Pdf(TestDocuments.ArticleTitle, [.. TestDocuments.ArticleParagraphs.Take(4).Select(p => TestDocuments.Wrap(p))]);

        var result = await ReadAsync(pdf, "article.pdf");

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal(TestDocuments.ArticleTitle, result.Title);
        Assert.Equal(TestDocuments.ArticleTitle + "\n\n" + string.Join("\n\n", TestDocuments.ArticleParagraphs.Take(4)), result.Text);
    }

    [Fact]
    public async Task ReadAsync_Docx_ReturnsScrapedFormat()
    {
        var docx = TestDocuments.Docx(null, [("Title", TestDocuments.ArticleTitle), .. TestDocuments.ArticleParagraphs.Select(p => ((string?)null, p))]);

        var result = await ReadAsync(docx, "article.docx");

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal(TestDocuments.ArticleTitle, result.Title);
        Assert.Equal(TestDocuments.ArticleText, result.Text);
    }

    [Fact]
    public async Task ReadAsync_EmptyFile_IsEmpty()
    {
        AssertFails(await ReadAsync([], "article.txt"), DocumentErrorKind.Empty, "empty");
    }

    [Fact]
    public async Task ReadAsync_WhitespaceOnly_IsEmpty()
    {
        AssertFails(await ReadAsync(TestDocuments.Utf8(" \r\n\t \n "), "article.md"), DocumentErrorKind.Empty, "whitespace");
    }

    [Fact]
    public async Task ReadAsync_HtmlWithoutText_IsEmpty()
    {
        AssertFails(await ReadAsync(TestDocuments.Utf8("<html><body><script>x()</script></body></html>"), "a.html"), DocumentErrorKind.Empty, "no text");
    }

    [Fact]
    public async Task ReadAsync_LargerThanTheLimit_IsTooLargeAndSaysTheLimit()
    {
        var result = await ReadAsync(new byte[3000], "article.txt", maxBytes: 2048);

        AssertFails(result, DocumentErrorKind.TooLarge, "2 KB");
    }

    [Fact]
    public async Task ReadAsync_DefaultLimit_IsFiveMegabytes()
    {
        var bytes = Encoding.UTF8.GetBytes(new string('a', (int)DocumentReaderOptions.DefaultMaxBytes + 1));

        var result = await new DocumentReader().ReadAsync(new MemoryStream(bytes), "big.txt", TestContext.Current.CancellationToken);

        AssertFails(result, DocumentErrorKind.TooLarge, "5 MB");
    }

    [Fact]
    public async Task ReadAsync_StreamThatUnderstatesItsLength_IsStillStoppedAtTheLimit()
    {
        var stream = new LyingLengthStream(new byte[10_000]);

        var result = await new DocumentReader(Options.Create(new DocumentReaderOptions { MaxBytes = 4096 }), TimeProvider.System)
            .ReadAsync(stream, "article.txt", TestContext.Current.CancellationToken);

        AssertFails(result, DocumentErrorKind.TooLarge, "limit");
        Assert.True(stream.Position <= 4096 + 81920, "read far past the limit");
    }

    [Fact]
    public async Task ReadAsync_ImageRenamedTxt_IsBinary()
    {
        byte[] png = [0x89, .. "PNG\r\n"u8, 0x1A, 0x0A, 0, 0, 0, 0x0D, .. "IHDR"u8];

        AssertFails(await ReadAsync(png, "article.txt"), DocumentErrorKind.Binary, "PNG image");
    }

    [Fact]
    public async Task ReadAsync_RandomBytesNamedTxt_IsBinary()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);

        AssertFails(await ReadAsync(bytes, "notes.txt"), DocumentErrorKind.Binary, "binary");
    }

    [Fact]
    public async Task ReadAsync_PdfRenamedTxt_IsBinary()
    {
        var pdf = TestDocuments.Pdf(null, ["Some text"]);

        AssertFails(await ReadAsync(pdf, "article.txt"), DocumentErrorKind.Binary, "PDF document");
    }

    [Fact]
    public async Task ReadAsync_TextRenamedPdf_IsUnreadable()
    {
        AssertFails(await ReadAsync(TestDocuments.Utf8(TestDocuments.ArticleText), "article.pdf"), DocumentErrorKind.Unreadable, "not a PDF");
    }

    [Fact]
    public async Task ReadAsync_CorruptPdf_IsUnreadable()
    {
        var bytes = TestDocuments.Utf8("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> garbage endobj\nxref\nnonsense\n%%EOF");

        AssertFails(await ReadAsync(bytes, "article.pdf"), DocumentErrorKind.Unreadable, "damaged");
    }

    [Fact]
    public async Task ReadAsync_PdfWithoutText_IsEmptyAndMentionsScans()
    {
        var pdf = TestDocuments.Pdf(null);

        AssertFails(await ReadAsync(pdf, "scan.pdf"), DocumentErrorKind.Empty, "scanned");
    }

    [Fact]
    public async Task ReadAsync_TextRenamedDocx_IsUnreadable()
    {
        AssertFails(await ReadAsync(TestDocuments.Utf8(TestDocuments.ArticleText), "article.docx"), DocumentErrorKind.Unreadable, "not a Word document");
    }

    [Fact]
    public async Task ReadAsync_TruncatedDocx_IsUnreadable()
    {
        var docx = TestDocuments.Docx(null, (null, TestDocuments.ArticleText));

        AssertFails(await ReadAsync(docx[..(docx.Length / 2)], "article.docx"), DocumentErrorKind.Unreadable, "damaged");
    }

    [Fact]
    public async Task ReadAsync_ZipWithoutWordBody_IsUnreadable()
    {
        var zip = Zip(("xl/workbook.xml", "<workbook/>"));

        AssertFails(await ReadAsync(zip, "sheet.docx"), DocumentErrorKind.Unreadable, "no Word document body");
    }

    [Fact]
    public async Task ReadAsync_ZipWithWordBodyButNoPackageRelationships_IsUnreadable()
    {
        var zip = Zip(("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"));

        AssertFails(await ReadAsync(zip, "article.docx"), DocumentErrorKind.Unreadable, "damaged");
    }

    [Fact]
    public async Task ReadAsync_DocxWhoseBodyIsNotXml_IsUnreadable()
    {
        var docx = ReplaceEntry(TestDocuments.Docx(null, (null, TestDocuments.ArticleText)), "word/document.xml", "this is not xml <<<");

        AssertFails(await ReadAsync(docx, "article.docx"), DocumentErrorKind.Unreadable, "damaged");
    }

    [Theory]
    [InlineData("setup.exe", "'.exe' files")]
    [InlineData("README", "without an extension")]
    [InlineData("slides.pptx", "'.pptx' files")]
    public async Task ReadAsync_UnsupportedExtension_IsUnsupportedKindAndListsTheSupportedOnes(string fileName, string fragment)
    {
        var result = await ReadAsync(TestDocuments.Utf8(TestDocuments.ArticleText), fileName);

        AssertFails(result, DocumentErrorKind.UnsupportedKind, fragment);
        Assert.Contains(".docx", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_FrenchArticle_IsNotEnglishAndSaysWhy()
    {
        var result = await ReadAsync(TestDocuments.Utf8(FrenchArticle), "article.txt");

        AssertFails(result, DocumentErrorKind.NotEnglish, "does not appear to be in English");
        Assert.Contains("(0% common English words, 100% Latin letters)", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_ChineseDocx_IsNotEnglish()
    {
        var docx = TestDocuments.Docx(null, (null, TestDocuments.Chinese));

        AssertFails(await ReadAsync(docx, "article.docx"), DocumentErrorKind.NotEnglish, "English");
    }

    [Fact]
    public async Task ReadAsync_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new DocumentReader().ReadAsync(new MemoryStream(TestDocuments.Utf8("text")), "a.txt", cts.Token));
    }

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(content);
            }
        }

        return stream.ToArray();
    }

    private static byte[] ReplaceEntry(byte[] zipBytes, string name, string content)
    {
        using var stream = new MemoryStream();
        stream.Write(zipBytes);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(name)!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write(content);
        }

        return stream.ToArray();
    }

    /// <summary>A non-seekable upload whose declared length is a lie, as a hostile client could send.</summary>
    private sealed class LyingLengthStream(byte[] data) : MemoryStream(data)
    {
        public override long Length => 10;

        public override bool CanSeek => false;
    }
}
