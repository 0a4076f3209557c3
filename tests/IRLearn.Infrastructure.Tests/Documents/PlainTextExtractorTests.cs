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
    public void Extract_PagePastedFromABrowser_KeepsEachLineOfTheMenusAndBylineApart()
    {
        // Select-all in a browser: menus, byline and timestamp one per line, paragraphs between blank lines.
        var document = PlainTextExtractor.Extract(
            "Skip to main content\nWorld\nAsia\n\nNATO at 75: the alliance looks east\n\nBy Jane Doe\nUpdated 3:41 PM EDT\n\n" +
            "The alliance was founded in 1949. It has 32 members.\n\nIts summit meets in July.");

        Assert.Equal(
            ["Skip to main content", "World", "Asia", "NATO at 75: the alliance looks east", "By Jane Doe", "Updated 3:41 PM EDT",
             "The alliance was founded in 1949. It has 32 members.", "Its summit meets in July."],
            document.Paragraphs);
        Assert.Equal("NATO at 75: the alliance looks east", document.Title);
    }

    [Fact]
    public void Extract_NoBlankLinesAtAll_TreatsEachLineAsAParagraph()
    {
        var document = PlainTextExtractor.Extract("NATO at 75\nThe alliance was founded in 1949.\nIt has 32 members.");

        Assert.Equal(["NATO at 75", "The alliance was founded in 1949.", "It has 32 members."], document.Paragraphs);
        Assert.Equal("NATO at 75", document.Title);
    }
}
