using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using IRLearn.Domain.QuestionBank;
using IRLearn.Interop.Mapping;
using IRLearn.Interop.Tests.RoundTrip;
using IRLearn.Interop.Tests.Support;

namespace IRLearn.Interop.Tests.Formats;

/// <summary>What the written files look like where other software is strict about it.</summary>
public sealed class WriterShapeTests
{
    [Fact]
    public void Gift_TrueFalseFeedback_IsWrittenInMoodlesOrder_WrongAnswerFirst()
    {
        var question = new InteropQuestion
        {
            Type = InteropQuestionType.TrueFalse,
            Stem = "The Compact decides by majority vote.",
            Choices = [new InteropChoice("True", 0, "No: by consensus."), new InteropChoice("False", 1, "Right.")],
        };

        var gift = Encoding.UTF8.GetString(InteropFileWriter.Write(InteropFormat.Gift, [(question, "Q1")], "t").Content);

        Assert.Contains("{FALSE#No\\: by consensus.#Right.}", gift, StringComparison.Ordinal);
    }

    [Fact]
    public void MoodleXml_MultipleResponseGrades_AreOnMoodlesGradeList()
    {
        var content = QuestionContent.Create(
            QuestionType.MultipleResponse,
            "Which three?",
            options: [new QuestionOption("a", true), new QuestionOption("b", true), new QuestionOption("c", true), new QuestionOption("d", false)]);
        var file = RoundTripTests.Export(InteropFormat.MoodleXml, [content]);

        var fractions = XDocument.Parse(Encoding.UTF8.GetString(file.Content)).Descendants("answer").Select(a => (string)a.Attribute("fraction")!);

        Assert.Equal(["33.33333", "33.33333", "33.33333", "-33.33333"], fractions);
    }

    [Theory]
    [InlineData(InteropFormat.Qti21, "0.5")]
    [InlineData(InteropFormat.Qti30, "0.5 0.5")]
    public void Qti_NumericTolerance_IsWrittenInResponseProcessing(InteropFormat format, string tolerance)
    {
        var numeric = Fixtures.AllTypes().Single(c => c.Type == QuestionType.Numeric);
        var files = Unzip(RoundTripTests.Export(format, [numeric]).Content);

        var item = XDocument.Parse(files.Single(f => f.Key.StartsWith("items/", StringComparison.Ordinal)).Value);
        var equal = item.Descendants().Single(e => e.Name.LocalName is "equal" or "qti-equal");

        Assert.Equal("absolute", (string?)equal.Attribute("toleranceMode") ?? (string?)equal.Attribute("tolerance-mode"));
        Assert.Equal(tolerance, (string?)equal.Attribute("tolerance"));
    }

    [Theory]
    [InlineData(InteropFormat.Qti21, "http://www.imsglobal.org/xsd/imscp_v1p1", "imsqti_item_xmlv2p1", "http://www.imsglobal.org/xsd/imsqti_v2p1")]
    [InlineData(InteropFormat.Qti30, "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1", "imsqti_item_xmlv3p0", "http://www.imsglobal.org/xsd/imsqtiasi_v3p0")]
    public void QtiPackage_ListsOneItemPerQuestion_WithLomKeywordsAndDifficulty(InteropFormat format, string manifestNamespace, string resourceType, string itemNamespace)
    {
        var contents = Fixtures.AllTypes();
        var files = Unzip(RoundTripTests.Export(format, contents).Content);

        var manifest = XDocument.Parse(files["imsmanifest.xml"]);
        var resources = manifest.Descendants(XName.Get("resource", manifestNamespace)).ToList();

        Assert.Equal(contents.Count, resources.Count);
        Assert.All(resources, r => Assert.Equal(resourceType, (string?)r.Attribute("type")));
        Assert.All(resources, r => Assert.Equal(itemNamespace, XDocument.Parse(files[(string)r.Attribute("href")!]).Root!.Name.NamespaceName));
        var hard = resources[2].Descendants().Single(e => e.Name.LocalName == "difficulty");
        Assert.Equal("difficult", hard.Descendants().Single(e => e.Name.LocalName == "value").Value);
        Assert.Equal(["secretariat", "geography"], resources[2].Descendants().Where(e => e.Name.LocalName == "keyword").Select(k => k.Value));
    }

    [Fact]
    public void Export_MultipleResponse_ScoresExactlyAsIRLearnGrades()
    {
        var content = Fixtures.AllTypes().Single(c => c.Type == QuestionType.MultipleResponse);

        var exported = DomainMapper.FromContent(content, "Q");

        // Two right options: each earns half, each wrong one costs half, as AnswerGrader does.
        Assert.Equal([0.5m, 0.5m, -0.5m, -0.5m], exported.Choices.Select(c => c.Fraction));
    }

    private static Dictionary<string, string> Unzip(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip));
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        });
    }
}
