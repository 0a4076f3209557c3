using IRLearn.Infrastructure.Documents;
using Xunit;

namespace IRLearn.Infrastructure.Tests.Documents;

public class ArticleTextTests
{
    [Fact]
    public void Compose_TitleRepeatedAsFirstParagraph_WritesItOnce()
    {
        var text = ArticleText.Compose(new ExtractedDocument("The CIS Council", ["The CIS Council", "It met in Bishkek.", "Leaders spoke."]));

        Assert.Equal("The CIS Council\n\nIt met in Bishkek.\n\nLeaders spoke.", text);
    }

    [Fact]
    public void Compose_TitleRepeatedUnderSiteFurniture_WritesItOnce()
    {
        var text = ArticleText.Compose(new ExtractedDocument("The CIS Council Meets", ["Skip to main content", "World", "The CIS Council Meets", "It met in Bishkek."]));

        Assert.Equal("The CIS Council Meets\n\nSkip to main content\n\nWorld\n\nIt met in Bishkek.", text);
    }

    [Fact]
    public void Compose_WithoutTitle_IsParagraphsSeparatedByBlankLines()
    {
        var text = ArticleText.Compose(new ExtractedDocument(null, ["  One   paragraph\twith  gaps. ", "", "Two."]));

        Assert.Equal("One paragraph with gaps.\n\nTwo.", text);
    }

    [Fact]
    public void Compose_WithTimestamp_PutsItUnderTheTitle()
    {
        var text = ArticleText.Compose(new ExtractedDocument("The CIS Council", ["It met in Bishkek."], Published: "Published 3 May 2021"));

        Assert.Equal("The CIS Council\n\nPublished 3 May 2021\n\nIt met in Bishkek.", text);
    }

    [Fact]
    public void Compose_WithTimestampButNoTitle_PutsItLastSoItIsNotTakenForTheTitle()
    {
        var text = ArticleText.Compose(new ExtractedDocument(null, ["It met in Bishkek.", "Leaders spoke."], Published: "Published 3 May 2021"));

        Assert.Equal("It met in Bishkek.\n\nLeaders spoke.\n\nPublished 3 May 2021", text);
    }

    [Fact]
    public void CleanInline_InvisibleCharacters_AreRemoved()
    {
        Assert.Equal("international policy", ArticleText.CleanInline("inter\u00ADnational\u00A0\u200Bpolicy\n"));
    }

    [Theory]
    [InlineData(new[] { "Kazakhstan’s inter-", "national partners" }, "Kazakhstan’s international partners")]
    [InlineData(new[] { "the Europe-", "Asia corridor" }, "the Europe- Asia corridor")]
    [InlineData(new[] { "in 1992 -", "a year of change" }, "in 1992 - a year of change")]
    [InlineData(new[] { "  first line ", "", "second line" }, "first line second line")]
    public void JoinLines_HyphenAtLineEnd_IsMendedOnlyBeforeALowerCaseWord(string[] lines, string expected)
    {
        Assert.Equal(expected, ArticleText.JoinLines(lines));
    }

    [Theory]
    [InlineData("AI Fighter Jets: Skynet or Strategic Supremacy?", "AI Fighter Jets: Skynet or Strategic Supremacy?")]
    [InlineData("Kazakhstan is a landlocked country.", null)]
    public void GuessTitle_FirstParagraph_IsTheTitleOnlyWhenHeadlineLike(string first, string? expected)
    {
        Assert.Equal(expected, ArticleText.GuessTitle([first, "Body text follows."]));
    }

    [Fact]
    public void GuessTitle_SiteFurnitureAboveTheHeadline_IsSkipped()
    {
        Assert.Equal("The CIS Council Meets in Bishkek", ArticleText.GuessTitle(["Skip to main content", "World", "The CIS Council Meets in Bishkek", "Body text follows."]));
    }

    [Fact]
    public void GuessTitle_SiteMottoAboveTheHeadline_IsSkipped()
    {
        Assert.Equal(
            "Lake Chad states sign pact to bring displaced families home",
            ArticleText.GuessTitle([
                "Skip to main content", "Global perspective, human stories", "Peace and Security",
                "Lake Chad states sign pact to bring displaced families home", "22 October 2024",
                "Four states bordering Lake Chad signed a pact on Tuesday to help displaced families return home after years of insurgency.",
                "The pact sets out how families will be registered, transported and supported once they return to their villages.",
            ]));
    }

    private const string SvalbardLead =
        "Winter fuel deliveries to Svalbard fell by a third in 2024 after the ice road to the coal port at Sveagruva closed early in February.";

    private const string SvalbardBody =
        "Longyearbyen now keeps four months of fuel in its winter stocks, and the supply ships from Tromsø sail every two weeks.";

    [Theory]
    [InlineData("N O R D I C  P O L I C Y  I N S T I T U T E")]
    [InlineData("Arctic Policy Brief | No. 12")]
    [InlineData("Nordic Working Paper No. 2025-07")]
    public void GuessTitle_LetterheadInSpacedCapitalsOrSeriesNumberAboveTheTitle_IsSkipped(string furniture)
    {
        Assert.Equal(
            "Ice Roads: Keeping Svalbard Supplied in Winter",
            ArticleText.GuessTitle([furniture, "Ice Roads: Keeping Svalbard Supplied in Winter", "By Marta Lind and Ola Berg", SvalbardLead, SvalbardBody]));
    }

    [Theory]
    [InlineData("Report: 3 Ways to Keep Svalbard Supplied in Winter")]
    [InlineData("Policy Brief 2 Goes to the Arctic Council")]
    public void GuessTitle_HeadlineThatNamesAReportOrBrief_IsStillTheTitle(string headline)
    {
        Assert.Equal(headline, ArticleText.GuessTitle([headline, "By Marta Lind and Ola Berg", SvalbardLead, SvalbardBody]));
    }

    [Fact]
    public void GuessTitle_WrappedLineOfASummaryAboveTheTitle_IsNotTheTitle()
    {
        Assert.Equal(
            "Ice Roads: Keeping Svalbard Supplied in Winter",
            ArticleText.GuessTitle([
                "Nordic Policy Institute", "Winter fuel deliveries to Svalbard fell by a third as the ice road", "closed early in February.",
                "Ice Roads: Keeping Svalbard Supplied in Winter", SvalbardLead, SvalbardBody,
            ]));
    }

    [Fact]
    public void GuessTitle_SingleParagraph_IsNull()
    {
        Assert.Null(ArticleText.GuessTitle(["Only a headline"]));
    }

    [Fact]
    public void SplitBlocks_WindowsNewlinesAndWhitespaceLines_SplitOnBlankLines()
    {
        var blocks = ArticleText.SplitBlocks("a\r\nb\r\n   \r\n\r\nc\rd\n");

        Assert.Equal([["a", "b"], ["c", "d"]], blocks);
    }
}
