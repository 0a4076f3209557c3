using IRLearn.Infrastructure.Documents;
using Xunit;

namespace IRLearn.Infrastructure.Tests.Documents;

public class PlainTextExtractorTests
{
    [Fact]
    public void Extract_ScrapedArticle_KeepsTitleAndParagraphsAsTheyAre()
    {
        var document = PlainTextExtractor.Extract(TestDocuments.ArticleText.Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Equal(TestDocuments.ArticleTitle, document.Title);
        Assert.Equal([TestDocuments.ArticleTitle, .. TestDocuments.ArticleParagraphs], document.Paragraphs);
    }

    [Fact]
    public void Extract_HardWrappedParagraphs_JoinsTheirLines()
    {
        var document = PlainTextExtractor.Extract("Sanctions and Trade\n\nThe European Union adopted a new\npackage of sanctions in 2024.\n\nIt targets shipping.");

        Assert.Equal(["Sanctions and Trade", "The European Union adopted a new package of sanctions in 2024.", "It targets shipping."], document.Paragraphs);
    }

    [Fact]
    public void Extract_NoBlankLinesAtAll_TreatsEachLineAsAParagraph()
    {
        var document = PlainTextExtractor.Extract("NATO at 75\nThe alliance was founded in 1949.\nIt has 32 members.");

        Assert.Equal(["NATO at 75", "The alliance was founded in 1949.", "It has 32 members."], document.Paragraphs);
        Assert.Equal("NATO at 75", document.Title);
    }
}
