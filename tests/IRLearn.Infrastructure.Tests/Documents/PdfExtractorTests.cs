using IRLearn.Infrastructure.Documents;
using Xunit;

namespace IRLearn.Infrastructure.Tests.Documents;

public class PdfExtractorTests
{
    [Fact]
    public void Extract_LaidOutParagraphs_JoinsLinesAndMendsHyphenation()
    {
        var pdf = TestDocuments.Pdf(
            null,
            ["Kazakhstan and the World"],
            ["Kazakhstan, a landlocked nation at the heart of Eurasia, has long sought to be", "a bridge between East and West. Its inter-", "national partners include China and Russia."],
            ["In 1992 it proposed the Conference on Interaction and Confidence", "Building Measures in Asia."]);

        var document = PdfExtractor.Extract(pdf);

        Assert.Equal("Kazakhstan and the World", document.Title);
        Assert.Equal(
            [
                "Kazakhstan and the World",
                "Kazakhstan, a landlocked nation at the heart of Eurasia, has long sought to be a bridge between East and West. Its international partners include China and Russia.",
                "In 1992 it proposed the Conference on Interaction and Confidence Building Measures in Asia.",
            ],
            document.Paragraphs);
    }

    [Fact]
    public void Extract_ParagraphRunningOntoTheNextPage_IsRejoined()
    {
        var pdf = TestDocuments.Pdf(
            "Rail Corridors",
            ["The Dostyk-Moyynty line doubles capacity on the route", TestDocuments.PageBreak, "between China and Europe."],
            ["A second paragraph starts here."]);

        var document = PdfExtractor.Extract(pdf);

        Assert.Equal("Rail Corridors", document.Title);
        Assert.Equal(["The Dostyk-Moyynty line doubles capacity on the route between China and Europe.", "A second paragraph starts here."], document.Paragraphs);
    }

    [Theory]
    [InlineData("capacity on the route", "between China", true)]
    [InlineData("capacity on the route.", "between China", false)]
    [InlineData("capacity on the route", "Between China", false)]
    public void ContinuesAcrossPages_SentenceEndOrCapital_StartsANewParagraph(string previous, string next, bool expected)
    {
        Assert.Equal(expected, PdfExtractor.ContinuesAcrossPages(previous, next));
    }

    [Fact]
    public void Extract_TitleMetadataIsAFileName_IsIgnored()
    {
        var pdf = TestDocuments.Pdf("Microsoft Word - draft3.docx", ["Energy Security in Europe"], ["Gas flows fell sharply in 2022."]);

        Assert.Equal("Energy Security in Europe", PdfExtractor.Extract(pdf).Title);
    }
}
