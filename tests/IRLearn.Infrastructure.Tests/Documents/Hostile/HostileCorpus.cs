using System.IO.Compression;
using System.Text;

namespace IRLearn.Infrastructure.Tests.Documents.Hostile;

/// <summary>What a hostile (or merely odd) document must come to.</summary>
public enum Outcome
{
    /// <summary>Refused as too large or too complex.</summary>
    TooComplex,

    /// <summary>Refused for another reason (binary, empty, damaged, not English).</summary>
    Refused,

    /// <summary>Legitimate after all: read and turned into a lesson.</summary>
    Imported,
}

public sealed record HostileCase(string Name, string FileName, Func<byte[]> Build, Outcome Expected)
{
    public override string ToString() => Name;
}

/// <summary>
/// The bad-input corpus, generated here so no third-party file is needed: the documents that stalled
/// or bloated the server when tried as an attack (nested HTML, a quadratic Markdown heading, ZIP and
/// PDF bombs) and their relatives (depth, width, entity bombs, odd encodings, long lines, control and
/// bidi characters), next to legitimate documents of every kind that must still import.
/// </summary>
public static class HostileCorpus
{
    private const long Huge = 300L * 1024 * 1024;

    private static readonly string Article = TestDocuments.ArticleText;

    public static readonly IReadOnlyList<HostileCase> Cases =
    [
        // HTML
        new("html nested <div>, 2 MB", "nested.html", () => Html(Repeat("<div>", 400_000) + "deep"), Outcome.TooComplex),
        new("html nested <b>, 2 MB", "nested.html", () => Html(Repeat("<b>", 700_000) + "deep"), Outcome.TooComplex),
        new("html nested and closed <div>, 300 deep", "nested.html", () => Html(Repeat("<div>", 300) + Paragraphs() + Repeat("</div>", 300)), Outcome.TooComplex),
        new("html 200 deep, allowed", "deep.html", () => Html(Repeat("<div>", 200) + Paragraphs() + Repeat("</div>", 200)), Outcome.Imported),
        new("html 150,000 empty siblings", "wide.html", () => Html(Repeat("<i></i>", 150_000)), Outcome.TooComplex),
        new("html 40,000 links in one element", "links.html", () => Html("<div>" + Repeat("<a href='/x'>link</a> ", 40_000) + "</div>" + Paragraphs()), Outcome.TooComplex),
        new("html formatting re-opened for every paragraph", "reopen.html", () => Html(string.Concat(Enumerable.Range(0, 3_000).Select(k => $"<p><b id={k}></p>")) + "x"), Outcome.TooComplex),
        new("html <span><div></span> misnesting", "misnested.html", () => Html(Repeat("<span><div></span>", 50_000)), Outcome.TooComplex),
        new("html entity bomb in a DOCTYPE", "entities.html", HtmlEntityBomb, Outcome.Refused),
        new("html two characters", "tiny.html", () => Encoding.UTF8.GetBytes("hi"), Outcome.Refused),
        new("html unterminated comments, 4 MB", "comments.html", () => Html(Repeat("<!--", 1_000_000)), Outcome.Refused),
        new("html random tag soup, 1 MB", "soup.html", () => Html(TagSoup(new Random(17), 1_000_000)), Outcome.TooComplex),
        new("html article page", "article.html", () => Html("<nav><a href='/'>Home</a></nav><article>" + Paragraphs() + "</article><footer>Footer</footer>"), Outcome.Imported),

        // Markdown
        new("md heading then 4 MB of spaces", "heading.md", () => Utf8("# a" + new string(' ', 4_000_000) + "b\n\n" + Article), Outcome.TooComplex),
        new("md heading then 350,000 spaces", "heading.md", () => Utf8("# a" + new string(' ', 350_000) + "b\n\n" + Article), Outcome.Imported),
        new("md table separator then 350,000 spaces", "table.md", () => Utf8("|" + new string(' ', 350_000) + "x\n\n" + Article), Outcome.Imported),
        new("md 350,000 backticks (an unclosed code fence)", "ticks.md", () => Utf8(new string('`', 350_000) + "\n\n" + Article), Outcome.Refused),
        new("md 350,000 brackets", "brackets.md", () => Utf8(new string('[', 350_000) + "\n\n" + Article), Outcome.TooComplex),
        new("md 175,000 emphasis marks", "stars.md", () => Utf8(Repeat("* ", 175_000) + "\n\n" + Article), Outcome.Imported),
        new("md 350,000 nested quotes", "quotes.md", () => Utf8(new string('>', 350_000) + " quoted\n\n" + Article), Outcome.Imported),

        // Plain text
        new("txt one line of 150,000 characters", "line.txt", () => Utf8(Repeat("word ", 30_000)), Outcome.TooComplex),
        new("txt 5 MB article", "big.txt", () => Utf8(Repeat(Article + "\n\n", (5 * 1024 * 1024 / (Article.Length + 2)) - 1)), Outcome.TooComplex),
        new("txt long article, 190,000 characters", "long.txt", () => Utf8(Repeat(Article + "\n\n", 190_000 / (Article.Length + 2))), Outcome.Imported),
        new("txt control characters", "controls.txt", () => Utf8(string.Concat(Article.Select((c, i) => i % 40 == 0 ? "\u0001" + c : c.ToString()))), Outcome.Refused),
        new("txt UTF-16 LE without BOM", "utf16.txt", () => new UnicodeEncoding(bigEndian: false, byteOrderMark: false).GetBytes(Article), Outcome.Imported),
        new("txt UTF-16 BE without BOM", "utf16.txt", () => new UnicodeEncoding(bigEndian: true, byteOrderMark: false).GetBytes(Article), Outcome.Imported),
        new("txt UTF-8 mixed with Latin-1", "mixed.txt", () => [.. Utf8(Article), .. Encoding.Latin1.GetBytes("Caf\u00E9 au lait"), .. Utf8(Article)], Outcome.Refused),
        new("txt NUL bytes", "nul.txt", () => [.. Utf8(Article[..200]), 0, 0, .. Utf8(Article[200..])], Outcome.Refused),
        new("txt right-to-left override in the title", "rtl\u202Etxt.exe.txt", () => Utf8("Water \u202Eand Rail\u202C Diplomacy\n\n" + string.Join("\n\n", TestDocuments.ArticleParagraphs)), Outcome.Imported),
        new("txt empty", "empty.txt", () => [], Outcome.Refused),

        // Word
        new("docx styles.xml inflating to 300 MB", "styles.docx", () => DocxWithPart("word/styles.xml", Huge), Outcome.TooComplex),
        new("docx document.xml inflating to 300 MB", "body.docx", () => DocxWithPart("word/document.xml", Huge), Outcome.TooComplex),
        new("docx twenty parts of 5 MB", "parts.docx", () => DocxWithParts(Enumerable.Range(0, 20).Select(i => ($"customXml/item{i}.xml", 5L * 1024 * 1024))), Outcome.TooComplex),
        new("docx 1,500 parts", "many.docx", () => DocxWithSmallParts(1_500), Outcome.TooComplex),
        new("docx XML nested 10,000 deep", "deep.docx", () => DocxWithDocumentXml(WordBody(Repeat("<w:customXml w:element=\"x\">", 10_000) + Repeat("</w:customXml>", 10_000))), Outcome.TooComplex),
        new("docx 120,000 paragraphs", "wide.docx", () => DocxWithDocumentXml(WordBody(Repeat("<w:p/>", 120_000))), Outcome.TooComplex),
        new("docx entity bomb (DTD)", "dtd.docx", () => DocxWithDocumentXml(BillionLaughs + WordBody("<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>")), Outcome.TooComplex),
        // .NET's ZIP reader checks real sizes against declared ones, so the lie reads as damage.
        new("docx body whose ZIP header understates its size", "lying.docx", () => UnderstateSizes(DocxWithPart("word/document.xml", Huge)), Outcome.Refused),
        new("docx article", "article.docx", () => TestDocuments.Docx(null, [("Title", TestDocuments.ArticleTitle), .. TestDocuments.ArticleParagraphs.Select(p => ((string?)null, p))]), Outcome.Imported),

        // PDF
        new("pdf stream inflating to 300 MB", "flate.pdf", () => RawPdf.Build(RawPdf.FlateOf(Huge), "/Filter /FlateDecode"), Outcome.TooComplex),
        new("pdf bomb behind an indirect filter", "indirect.pdf", () => RawPdf.Build(RawPdf.FlateOf(Huge), "/Filter 6 0 R", "/FlateDecode"), Outcome.TooComplex),
        new("pdf bomb behind ASCII hex", "hex.pdf", () => RawPdf.Build(RawPdf.AsciiHex(RawPdf.FlateOf(64L * 1024 * 1024)), "/Filter [/ASCIIHexDecode /FlateDecode]"), Outcome.TooComplex),
        new("pdf run-length bomb", "rle.pdf", () => RawPdf.Build(RawPdf.RunLengthBomb(1_000_000), "/Filter /RunLengthDecode"), Outcome.TooComplex),
        new("pdf LZW bomb", "lzw.pdf", () => RawPdf.Build(Lzw.Encode(new byte[64 * 1024 * 1024]), "/Filter /LZWDecode"), Outcome.TooComplex),
        new("pdf arrays nested 50,000 deep", "deep.pdf", () => RawPdf.Build(RawPdf.TextContent(TestDocuments.ArticleParagraphs), string.Empty, Repeat("[", 50_000) + Repeat("]", 50_000)), Outcome.TooComplex),
        new("pdf content nested 50,000 deep", "deepcontent.pdf", () => RawPdf.Build(RawPdf.Flate(Encoding.ASCII.GetBytes(Repeat("[", 50_000))), "/Filter /FlateDecode"), Outcome.TooComplex),
        new("pdf 120,000 objects", "objects.pdf", () => RawPdf.Build(RawPdf.TextContent(TestDocuments.ArticleParagraphs), string.Empty, [.. Enumerable.Repeat("[]", 120_000)]), Outcome.TooComplex),
        new("pdf article", "article.pdf", () => TestDocuments.Pdf(TestDocuments.ArticleTitle, [.. TestDocuments.ArticleParagraphs.Take(4).Select(p => TestDocuments.Wrap(p))]), Outcome.Imported),
        new("pdf article in an LZW stream", "lzwarticle.pdf", () => RawPdf.Build(Lzw.Encode(RawPdf.TextContent(TestDocuments.ArticleParagraphs.Take(4).SelectMany(p => TestDocuments.Wrap(p)))), "/Filter /LZWDecode"), Outcome.Imported),
    ];

    public static string Paragraphs() => string.Concat(TestDocuments.ArticleParagraphs.Take(4).Select(p => $"<p>{p}</p>\n"));

    public static string Repeat(string unit, int times) => new StringBuilder(unit.Length * times).Insert(0, unit, times).ToString();

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Html(string body) => Utf8($"<!DOCTYPE html><html><head><title>{TestDocuments.ArticleTitle}</title></head><body>{body}</body></html>");

    private const string BillionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [
         <!ENTITY lol "lol">
         <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
         <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
         <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
         <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
         <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
         <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
         <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
         <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
        ]>
        """;

    private static byte[] HtmlEntityBomb() => Utf8(BillionLaughs + "<html><body><p>" + Repeat("&lol9;", 1_000) + "</p></body></html>");

    private static string WordBody(string inner) =>
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + inner + "</w:body></w:document>";

    /// <summary>A random mix of tags, attributes, text and comments, the kind of input a fuzzer sends.</summary>
    public static string TagSoup(Random random, int length)
    {
        string[] tags = ["div", "p", "b", "i", "a", "span", "li", "ul", "table", "tr", "td", "font", "em", "svg", "math", "select", "option", "form", "object", "caption", "h1", "button", "nobr", "template"];
        var soup = new StringBuilder(length + 64);
        while (soup.Length < length)
        {
            var tag = tags[random.Next(tags.Length)];
            _ = random.Next(8) switch
            {
                < 4 => soup.Append('<').Append(tag).Append(random.Next(3) == 0 ? $" id={random.Next(1000)}" : string.Empty).Append('>'),
                < 7 => soup.Append("</").Append(tag).Append('>'),
                _ => soup.Append("word "),
            };
        }

        return soup.ToString();
    }

    /// <summary>A real Word document (from the SDK) with one part replaced by <paramref name="size"/> bytes of whitespace inside its root element.</summary>
    private static byte[] DocxWithPart(string part, long size) => DocxWithParts([(part, size)]);

    private static byte[] DocxWithParts(IEnumerable<(string Part, long Size)> parts)
    {
        var docx = ArticleDocx();
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            foreach (var (part, size) in parts)
            {
                zip.GetEntry(part)?.Delete();
                using var entry = zip.CreateEntry(part, CompressionLevel.Optimal).Open();
                var open = Encoding.UTF8.GetBytes("<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
                entry.Write(open);
                var chunk = new byte[1 << 20];
                Array.Fill(chunk, (byte)' ');
                for (var left = size; left > 0; left -= chunk.Length)
                {
                    entry.Write(chunk, 0, (int)Math.Min(chunk.Length, left));
                }

                entry.Write("</w:styles>"u8);
            }
        }

        return stream.ToArray();
    }

    private static byte[] DocxWithSmallParts(int count)
    {
        using var stream = new MemoryStream();
        stream.Write(ArticleDocx());
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            for (var i = 0; i < count; i++)
            {
                using var entry = zip.CreateEntry($"customXml/item{i}.xml").Open();
                entry.Write("<x/>"u8);
            }
        }

        return stream.ToArray();
    }

    private static byte[] DocxWithDocumentXml(string xml)
    {
        using var stream = new MemoryStream();
        stream.Write(ArticleDocx());
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("word/document.xml")!.Delete();
            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.Optimal).Open();
            entry.Write(Encoding.UTF8.GetBytes(xml));
        }

        return stream.ToArray();
    }

    private static byte[] ArticleDocx() =>
        TestDocuments.Docx(null, [("Title", TestDocuments.ArticleTitle), .. TestDocuments.ArticleParagraphs.Select(p => ((string?)null, p))]);

    /// <summary>Rewrites every entry's uncompressed size, in the local headers and the central directory, to 100 bytes.</summary>
    private static byte[] UnderstateSizes(byte[] zip)
    {
        var bytes = (byte[])zip.Clone();
        for (var i = 0; i + 30 < bytes.Length; i++)
        {
            if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 3 && bytes[i + 3] == 4)
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 22, 4), 100u);
            }
            else if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2 && i + 28 < bytes.Length)
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 24, 4), 100u);
            }
        }

        return bytes;
    }
}
