using System.IO.Compression;
using System.Text;

namespace IRLearn.Interop.Tests.Hostile;

/// <summary>
/// Files built to hurt an importer. Each is refused as a whole with a message that says why (so the use case
/// creates nothing), or, where only one question is broken, that question alone is skipped with the reason.
/// </summary>
public sealed class HostileFileTests
{
    [Fact]
    public void ExternalEntity_Xxe_IsRefused_AndTheFileIsNeverRead()
    {
        var secret = Path.GetTempFileName();
        File.WriteAllText(secret, "top secret content");
        try
        {
            var xml = $"""
                <?xml version="1.0"?>
                <!DOCTYPE quiz [ <!ENTITY xxe SYSTEM "file://{secret}"> ]>
                <quiz><question type="shortanswer"><name><text>&xxe;</text></name><questiontext><text>Q?</text></questiontext><answer fraction="100"><text>a</text></answer></question></quiz>
                """;

            var ex = Assert.Throws<InteropFileException>(() => Read("xxe.xml", xml));

            Assert.Contains("DTD", ex.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("top secret", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void BillionLaughs_IsRefused_WithoutExpandingAnything()
    {
        var entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (var i = 1; i <= 9; i++)
        {
            entities.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        }

        var xml = $"<?xml version=\"1.0\"?><!DOCTYPE quiz [{entities}]><quiz><question type=\"description\"><name><text>&lol9;</text></name></question></quiz>";

        var ex = Assert.Throws<InteropFileException>(() => Read("laughs.xml", xml));

        Assert.Contains("never expands XML entities", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExternalDtd_IsNeverFetched_TheDoctypeIsIgnoredAndReported()
    {
        // If the DTD were read, its attribute default would give the item the title "injected".
        var dtd = Path.GetTempFileName();
        File.WriteAllText(dtd, "<!ATTLIST item title CDATA \"injected\">");
        try
        {
            var xml = $"""
                <?xml version="1.0"?>
                <!DOCTYPE questestinterop SYSTEM "file://{dtd}">
                <questestinterop><item ident="i1"><presentation><material><mattext>Two plus two?</mattext></material>
                <response_str ident="r"><render_fib fibtype="Integer"/></response_str></presentation>
                <resprocessing><respcondition><conditionvar><varequal respident="r">4</varequal></conditionvar><setvar action="Set">1</setvar></respcondition></resprocessing></item></questestinterop>
                """;

            var result = Read("doctype.xml", xml);

            var question = Assert.Single(result.Questions);
            Assert.Equal("i1", question.Name);
            Assert.Contains(result.Warnings, w => w.Contains("not fetched", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(dtd);
        }
    }

    [Fact]
    public void ZipBomb_OneEntryInflatingPastTheLimit_IsRefused()
    {
        var zip = Zip(("imsmanifest.xml", Encoding.UTF8.GetBytes("<manifest/>")), ("items/huge.xml", new byte[InteropLimits.MaxZipEntryBytes + 1]));
        Assert.True(zip.Length < 100_000, "the bomb must be small zipped, or it tests the upload limit instead");

        var ex = Assert.Throws<InteropFileException>(() => InteropFileReader.Read("bomb.zip", zip));

        Assert.Contains("zip bomb", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ZipBomb_ManyEntriesInflatingPastTheTotal_IsRefused()
    {
        var entries = Enumerable.Range(0, 6).Select(i => ($"items/part{i}.xml", new byte[InteropLimits.MaxZipEntryBytes - 1])).ToArray();
        var zip = Zip(entries);

        var ex = Assert.Throws<InteropFileException>(() => InteropFileReader.Read("bomb.zip", zip));

        Assert.Contains("inflates to more than", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../../etc/evil.xml")]
    [InlineData("/etc/evil.xml")]
    [InlineData("C:\\Windows\\evil.xml")]
    [InlineData("items\\..\\..\\evil.xml")]
    public void PathTraversal_InAPackage_IsRefused(string entryName)
    {
        var zip = Zip(("imsmanifest.xml", Encoding.UTF8.GetBytes("<manifest/>")), (entryName, Encoding.UTF8.GetBytes("<x/>")));

        var ex = Assert.Throws<InteropFileException>(() => InteropFileReader.Read("traversal.zip", zip));

        Assert.Contains("outside the package", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TooManyEntries_InAPackage_IsRefused()
    {
        var zip = Zip([.. Enumerable.Range(0, InteropLimits.MaxZipEntries + 1).Select(i => ($"f{i}.txt", new byte[] { 1 }))]);

        var ex = Assert.Throws<InteropFileException>(() => InteropFileReader.Read("many.zip", zip));

        Assert.Contains($"at most {InteropLimits.MaxZipEntries}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HugeFile_IsRefused_NamingTheLimit()
    {
        var ex = Assert.Throws<InteropFileException>(() => InteropFileReader.Read("huge.gift", new byte[InteropLimits.MaxFileBytes + 1]));

        Assert.Contains("5 MB", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyFile_IsRefused()
    {
        var ex = Assert.Throws<InteropFileException>(() => InteropFileReader.Read("empty.gift", []));

        Assert.Contains("empty", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Windows1252Gift_IsRefused_AskingForUtf8()
    {
        // "Qu'est-ce qu'un traité ?" with é as the single byte 0xE9, as Windows-1252 writes it.
        var bytes = Encoding.Latin1.GetBytes("::Q1:: Qu'est-ce qu'un trait\u00e9 ? {=accord ~guerre}\n");

        var ex = Assert.Throws<InteropFileException>(() => InteropFileReader.Read("latin.gift", bytes));

        Assert.Contains("not UTF-8", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16GiftWithByteOrderMark_IsDecoded()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("::Q1:: Un traité est-il un accord ? {T}\n")).ToArray();

        var question = Assert.Single(InteropFileReader.Read("utf16.gift", bytes).Questions);

        Assert.Equal("Un traité est-il un accord ?", question.Stem);
    }

    [Fact]
    public void XmlDeclaringAnUnknownEncoding_IsRefused()
    {
        var bytes = Encoding.ASCII.GetBytes("<?xml version=\"1.0\" encoding=\"x-no-such-charset\"?><quiz/>");

        var ex = Assert.Throws<InteropFileException>(() => InteropFileReader.Read("odd.xml", bytes));

        Assert.Contains("encoding", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Latin1XmlWithItsDeclaration_IsDecodedAsDeclared()
    {
        var xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><quiz><question type=\"truefalse\"><name><text>T</text></name><questiontext format=\"html\"><text>Le trait\u00e9 est sign\u00e9.</text></questiontext>"
            + "<answer fraction=\"100\"><text>true</text></answer><answer fraction=\"0\"><text>false</text></answer></question></quiz>";

        var question = Assert.Single(InteropFileReader.Read("latin.xml", Encoding.Latin1.GetBytes(xml)).Questions);

        Assert.Equal("Le traité est signé.", question.Stem);
    }

    [Fact]
    public void BinaryFile_IsRefused()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[0] = 0x00;

        Assert.Throws<InteropFileException>(() => InteropFileReader.Read("photo.gift", bytes));
    }

    [Fact]
    public void MalformedXml_IsRefused_WithTheLine()
    {
        var ex = Assert.Throws<InteropFileException>(() => Read("broken.xml", "<quiz>\n<question type=\"truefalse\">\n</quiz>"));

        Assert.Contains("line 3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GiftWithUnbalancedBraces_SkipsOnlyThatQuestion_WithTheReason()
    {
        var gift = "::Good:: Was the treaty signed? {T}\n\n::Broken:: Which year? {=1648 ~1650\n\n::Also broken:: Which year? =1648}\n\n::Fine:: Capital? {=Port Avel}\n";

        var result = Read("braces.gift", gift);

        Assert.Equal(["Good", "Fine"], result.Questions.Select(q => q.Name));
        Assert.Equal(["Broken", "Also broken"], result.Skipped.Select(s => s.Name));
        Assert.All(result.Skipped, s => Assert.Contains("unbalanced braces", s.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void GiftWithEscapes_KeepsTheLiteralCharacters()
    {
        var result = Read("escapes.gift", "::Esc\\:ape:: Is 1 \\= 1 in \\{set\\} notation\\: a \\~ b \\# c \\\\ d? {=yes\\#1 ~no}\n");

        var question = Assert.Single(result.Questions);
        Assert.Equal("Esc:ape", question.Name);
        Assert.Equal("Is 1 = 1 in {set} notation: a ~ b # c \\ d?", question.Stem);
        Assert.Equal("yes#1", question.Choices[0].Text);
    }

    [Fact]
    public void TextThatIsNotAQuestionFile_IsRefused()
    {
        var ex = Assert.Throws<InteropFileException>(() => Read("notes.txt", "Dear colleagues,\n\nplease find the minutes attached.\n"));

        Assert.Contains("holds no questions", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MoreQuestionsThanTheLimit_IsRefused()
    {
        var gift = string.Concat(Enumerable.Range(0, InteropLimits.MaxQuestions + 1).Select(i => $"Question {i}? {{T}}\n\n"));

        var ex = Assert.Throws<InteropFileException>(() => Read("many.gift", gift));

        Assert.Contains($"more than {InteropLimits.MaxQuestions}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ScriptInAnImportedStem_BecomesInertText()
    {
        var xml = "<quiz><question type=\"truefalse\"><name><text>x</text></name><questiontext format=\"html\"><text><![CDATA[<p>Is this safe?<script>alert(1)</script><img src=x onerror=alert(2)></p>]]></text></questiontext>"
            + "<answer fraction=\"100\"><text>true</text></answer><answer fraction=\"0\"><text>false</text></answer></question></quiz>";

        var question = Assert.Single(Read("xss.xml", xml).Questions);

        Assert.Equal("Is this safe?", question.Stem);
        Assert.Contains(question.Warnings, w => w.StartsWith("img", StringComparison.Ordinal));
    }

    private static InteropReadResult Read(string name, string text) => InteropFileReader.Read(name, Encoding.UTF8.GetBytes(text));

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var target = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                target.Write(content);
            }
        }

        return stream.ToArray();
    }
}
