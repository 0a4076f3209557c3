using IRLearn.QuestionGeneration.Cleaning;

namespace IRLearn.QuestionGeneration.Tests.Cleaning;

public sealed class PrintedPagesTests
{
    private const string Lead = "Kazakhstan, Azerbaijan and Georgia signed an agreement on Thursday to create a single operator for rail and ferry freight across the Caspian.";
    private const string Before = "The deal, signed in Baku by the three transport ministers, sets up a joint company that will sell through tickets and run the";
    private const string After = "ferry services, replacing a patchwork of national operators that shippers say causes delays of up to 50 days.";
    private const string Third = "Cargo volumes on the route rose to 4.5 million tonnes in 2024, up from under one million tonnes three years earlier.";
    private const string LongLine = "Kazakhstan and Azerbaijan, the two largest ports on the Caspian, agreed in March 2023";
    private const string Fourth = "The three ministers are due to meet again in Tbilisi in November to approve the alliance's tariff schedule.";

    [Fact]
    public void Clean_TextCopiedFromAPrintedPage_LosesEachPagesFurnitureAndJoinsTheParagraphItCut()
    {
        // A browser's print of the page, copied from a PDF viewer: "1/3", the print's date and the page's title, and
        // its address, at every page break, one of them in the middle of a sentence.
        string[] page =
        [
            "Caspian states sign single-operator deal for Middle Corridor freight", Lead, Before,
            "https://meridian.example/world/caspian-deal", "1/3", "12/7/26, 9:43 AM", "Caspian states sign deal | Meridian",
            After, Third, "Advertisement", "Analysts said the deal addressed the right problems.",
            "https://meridian.example/world/caspian-deal", "2/3", "12/7/26, 9:44 AM", "Caspian states sign deal | Meridian",
            Fourth,
        ];

        var cleaned = BoilerplateRemover.Clean(string.Join("\n\n", page));

        Assert.Equal("Caspian states sign single-operator deal for Middle Corridor freight", cleaned.Title);
        Assert.Contains(Before + " " + After, cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("meridian.example", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("9:4", cleaned.Text, StringComparison.Ordinal);
        Assert.EndsWith(Fourth, cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("1/3", cleaned.Removed);
    }

    [Fact]
    public void Remove_NumbersOfAListOfNotes_AreNotPages()
    {
        string[] blocks = [Lead, Third, "Notes", "1", "Ministry of Transport, press release, 12 June 2025.", "2", "Caspian Freight Survey, 2024 edition.", "3", Fourth];
        var removed = new List<string>();

        Assert.Equal(blocks, PrintedPages.Remove(blocks, removed));
        Assert.Empty(removed);
    }

    [Theory]
    [InlineData("capacity on the route", "between China", true)]
    [InlineData("capacity on the route.", "between China", false)]
    [InlineData("capacity on the route", "Between China", false)]
    [InlineData(Before, "European Union", true)]
    [InlineData("Ports and tariffs", "The Caspian", false)]
    [InlineData(LongLine + " to align their port tariffs, and", "Turkmenistan joined", true)]
    [InlineData(LongLine + " a memorandum signed by the", "European Union", true)]
    [InlineData(LongLine + " a memorandum that both signed", "Turkmenistan joined", false)]
    [InlineData("Ports and tariffs, and", "Turkmenistan joined", false)]
    public void Continues_ParagraphBrokenOffByThePage_GoesOn(string previous, string next, bool expected)
    {
        Assert.Equal(expected, PrintedPages.Continues(previous, next));
    }
}
