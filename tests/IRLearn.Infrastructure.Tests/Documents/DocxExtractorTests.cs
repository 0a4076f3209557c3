using IRLearn.Infrastructure.Documents;
using Xunit;

namespace IRLearn.Infrastructure.Tests.Documents;

public class DocxExtractorTests
{
    [Fact]
    public void Extract_StyledTitleAndBody_GivesTitleAndParagraphsInOrder()
    {
        var docx = TestDocuments.Docx(
            null,
            ("Title", "The Arctic Council After 2022"),
            (null, "The Arctic Council was founded in 1996 by the Ottawa Declaration."),
            ("Heading1", "Members"),
            (null, "It has eight member states."));

        var document = DocxExtractor.Extract(new MemoryStream(docx));

        Assert.Equal("The Arctic Council After 2022", document.Title);
        Assert.Equal(
            ["The Arctic Council After 2022", "The Arctic Council was founded in 1996 by the Ottawa Declaration.", "Members", "It has eight member states."],
            document.Paragraphs);
    }

    [Fact]
    public void Extract_CoreTitleProperty_WinsOverStyles()
    {
        var docx = TestDocuments.Docx("Arctic Governance", ("Heading1", "Introduction"), (null, "Body text."));

        Assert.Equal("Arctic Governance", DocxExtractor.Extract(new MemoryStream(docx)).Title);
    }

    [Fact]
    public void Extract_NoTitleAnywhere_HasNoTitle()
    {
        var docx = TestDocuments.Docx(null, (null, "Just a paragraph."), (null, "And another."));

        var document = DocxExtractor.Extract(new MemoryStream(docx));

        Assert.Null(document.Title);
        Assert.Equal(["Just a paragraph.", "And another."], document.Paragraphs);
    }

    [Fact]
    public void Extract_UnstyledHeadlineFirst_TakesItAsTheTitle()
    {
        var docx = TestDocuments.Docx(null, (null, "Bridge-Builder of the Steppe"), (null, "Kazakhstan sits between Europe and Asia."));

        Assert.Equal("Bridge-Builder of the Steppe", DocxExtractor.Extract(new MemoryStream(docx)).Title);
    }
}
