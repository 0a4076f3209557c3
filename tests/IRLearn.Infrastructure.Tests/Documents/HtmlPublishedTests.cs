using IRLearn.Infrastructure.Documents;
using Xunit;

namespace IRLearn.Infrastructure.Tests.Documents;

/// <summary>
/// The publication date survives furniture removal as a timestamp line, so the generator can still turn
/// "on Tuesday" into a date. Pages written for these tests.
/// </summary>
public class HtmlPublishedTests
{
    private const string Body = "<p>Ministers from the nine member states of the Danube Commission agreed on Tuesday to harmonise inspection rules for river barges.</p>"
        + "<p>The agreement, reached after eleven hours of talks, sets one standard for hull inspections on the whole river.</p>";

    [Theory]
    [InlineData("<meta property='article:published_time' content='2021-05-04T22:15:00-04:00'>", "")]
    [InlineData("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2021-05-04T09:00:00Z\"}</script>", "")]
    [InlineData("", "<time datetime='2021-05-04T09:00'>Tuesday</time>")]
    [InlineData("<meta itemprop='datePublished' content='2021-05-04'>", "<time datetime='2020-01-01'>Earlier</time>")]
    public void Extract_DateInTheMetadata_BecomesATimestampLineInTheDateThePageWrote(string head, string inArticle)
    {
        var document = HtmlExtractor.Extract($"<html><head>{head}</head><body><article><h1>Danube Barge Rules</h1>{inArticle}{Body}</article></body></html>");

        Assert.Equal("Published 4 May 2021", document.Published);
    }

    [Fact]
    public void Extract_VisibleTimestampAfterTheHeadline_IsPreferredToTheDateInThePageHeader()
    {
        const string html = "<html><body><div class='util'><p>Monday, March 1, 2021 as of 9:00 AM</p></div>"
            + "<div class='story'><h1>Danube Barge Rules</h1><div class='x9f'><span>By Elena Marsh</span><span>May 4, 2021, 4:19 PM</span></div>"
            + Body + "</div><aside><p>River ports reopen, June 2, 2021</p></aside></body></html>";

        var document = HtmlExtractor.Extract(html);

        Assert.Equal("May 4, 2021, 4:19 PM", document.Published);
    }

    [Fact]
    public void Extract_PageWithoutAnyDate_HasNoTimestamp()
    {
        var document = HtmlExtractor.Extract($"<html><body><article><h1>Danube Barge Rules</h1>{Body}</article></body></html>");

        Assert.Null(document.Published);
    }

    [Fact]
    public void Compose_PageWhoseTimestampWasStripped_StillCarriesTheDateUnderTheTitle()
    {
        const string html = "<html><head><meta property='article:published_time' content='2021-05-04T09:00:00Z'></head><body><article>"
            + "<div class='story-head'><h1>Danube Barge Rules</h1><p class='timestamp'>May 4, 2021 | Updated May 5, 2021</p></div>" + Body + "</article></body></html>";

        var text = ArticleText.Compose(HtmlExtractor.Extract(html));

        Assert.StartsWith("Danube Barge Rules\n\nPublished 4 May 2021\n\nMinisters from", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Updated", text, StringComparison.Ordinal);
    }
}
