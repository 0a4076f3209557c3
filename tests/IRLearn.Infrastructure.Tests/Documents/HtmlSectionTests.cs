using IRLearn.Infrastructure.Documents;
using Xunit;

namespace IRLearn.Infrastructure.Tests.Documents;

/// <summary>
/// The section the page files the article under survives furniture removal as a line above the timestamp, as a plain
/// scraper's text has it, so the generator can tell an op-ed from a report. Pages written for these tests.
/// </summary>
public class HtmlSectionTests
{
    private const string Body = "<p>The river commission has failed the barge crews for a decade, and its new inspection rules will not change that.</p>"
        + "<p>A commission that cannot agree on the width of a lock will not agree on the safety of a hull.</p>";

    [Theory]
    [InlineData("<meta property='article:section' content='Opinion'>", "Opinion")]
    [InlineData("<meta name='article:section' content=' Op-Ed '>", "Op-Ed")]
    [InlineData("<script type='application/ld+json'>{\"@type\":\"OpinionNewsArticle\",\"articleSection\":[\"Commentary\",\"Europe\"]}</script>", "Commentary")]
    [InlineData("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"articleSection\":\"Middle East\"}</script>", "Middle East")]
    public void Extract_SectionInTheMetadata_IsKept(string head, string expected)
    {
        var document = HtmlExtractor.Extract($"<html><head>{head}</head><body><article><h1>The Barge Rules Will Fail</h1>{Body}</article></body></html>");

        Assert.Equal(expected, document.Section);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<meta property='article:section' content=''>")]
    [InlineData("<meta property='article:section' content='Everything you need to know about the river commission this week'>")]
    [InlineData("<meta property='article:section' content='2021 elections'>")]
    public void Extract_NoSectionOrOneThatIsNoLabel_HasNone(string head)
    {
        var document = HtmlExtractor.Extract($"<html><head>{head}</head><body><article><h1>The Barge Rules Will Fail</h1>{Body}</article></body></html>");

        Assert.Null(document.Section);
    }

    [Fact]
    public void Compose_SectionStandsAboveTheTimestampUnderTheTitle()
    {
        var text = ArticleText.Compose(new ExtractedDocument("The Barge Rules Will Fail", ["The commission has failed the crews."], Published: "Published 3 May 2021", Section: "Opinion"));

        Assert.Equal("The Barge Rules Will Fail\n\nOpinion\n\nPublished 3 May 2021\n\nThe commission has failed the crews.", text);
    }
}
