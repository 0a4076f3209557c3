using IRLearn.QuestionGeneration.Cleaning;

namespace IRLearn.QuestionGeneration.Tests.Cleaning;

public sealed class LineBreaksTests
{
    [Fact]
    public void Paragraphs_LinesABrowserCopyPutsOneUnderTheOther_StayApart()
    {
        string[] lines =
        [
            "Pakistan and Afghanistan agree to reopen the Torkham crossing after a 19-day closure; talks to resume in Doha next month",
            "World Desk",
            "Updated: Nov 12, 2026, 14:05 IST",
            "Trucks queue at the crossing (File photo)",
        ];

        Assert.Equal(lines.Select(l => new List<string> { l }), LineBreaks.Paragraphs(lines));
    }

    [Fact]
    public void Paragraphs_TextWrappedAtOneWidth_IsOneParagraphEvenWhereASentenceEndsAtALineEnd()
    {
        string[] lines =
        [
            "The two coast guards will set up a hotline between their command centres.",
            "They will also hold a joint search-and-rescue exercise near Palawan and",
            "run two coordinated patrols in the Spratly Islands before the year ends.",
            "Officials said the hotline would be tested first.",
        ];

        Assert.Equal([lines.ToList()], LineBreaks.Paragraphs(lines));
    }

    [Fact]
    public void Paragraphs_TextCopiedFromAPrintedPage_WrapsAsWideAsThePageAroundItsHeadings()
    {
        // A PDF viewer's copy: lines as wide as the printed page (over a hundred characters), a numbered heading between.
        string[] lines =
        [
            "1. Introduction",
            "For two decades, the ports of the region were organised around a single fact of geography, the canal to the north, and",
            "ships sailing between the two continents passed within a day's steaming of the main port, and the smaller ports",
            "competed to serve as feeders and transshipment hubs for that traffic, which made them rich and also dependent on",
            "a route that none of their governments could defend when attacks on shipping began in the last weeks of 2023.",
            "2. Winners and losers",
        ];

        Assert.Equal([[lines[0]], lines[1..5].ToList(), [lines[5]]], LineBreaks.Paragraphs(lines));
    }

    [Fact]
    public void Continues_LineLongerThanAnyoneWraps_IsAParagraphOfItsOwn()
    {
        var paragraph = string.Join(' ', Enumerable.Repeat("Ministers agreed a roadmap in Vientiane", 4));

        Assert.False(LineBreaks.Continues(paragraph, "Show more"));
    }

    [Theory]
    [InlineData("The European Union adopted a new", "package of sanctions in 2024.", true)]
    [InlineData("Kazakhstan initiated the Conference on Interaction and Confidence", "Building Measures in Asia in 1992.", true)]
    [InlineData("Kazakhstan, China Agree To Raise Ili River Flows As Lake Balkhash Shrinks", "Updated March 10, 2026, 9:17 AM EDT", false)]
    [InlineData("The agreement was signed in Manila on Thursday.", "Officials said it would be reviewed.", false)]
    [InlineData("Recommended Stories", "list of 4 items", false)]
    [InlineData("list of 4 items", "list 1 of 4", false)]
    [InlineData("Drought-hit farmers ration water in Najaf", "list 2 of 4", false)]
    [InlineData("A new bridge for the lower river", "end of list", false)]
    public void Continues_WrapsOnlyWhereTheLineBeforeDoesNotEndAndIsLongOrTheNextGoesOnInLowerCase(string previous, string line, bool continues)
    {
        Assert.Equal(continues, LineBreaks.Continues(previous, line));
    }
}
