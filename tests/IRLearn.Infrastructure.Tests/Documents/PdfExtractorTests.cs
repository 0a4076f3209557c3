using IRLearn.Infrastructure.Documents;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using Xunit;
using PdfPageSize = UglyToad.PdfPig.Content.PageSize;

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

    [Fact]
    public void Extract_TitleMetadataIsAFileName_IsIgnored()
    {
        var pdf = TestDocuments.Pdf("Microsoft Word - draft3.docx", ["Energy Security in Europe"], ["Gas flows fell sharply in 2022."]);

        Assert.Equal("Energy Security in Europe", PdfExtractor.Extract(pdf).Title);
    }

    [Fact]
    public void Extract_RunningHeaderFooterAndPageNumbers_AreSetAsideAndTheParagraphRunsOnAcrossThem()
    {
        // A report prints its series name atop every page and a page number under it, a browser its date, the page's
        // title, its address and "1/2"; none of it is the article, and the paragraph cut by the page break is one.
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var number = 1; number <= 2; number++)
        {
            var page = builder.AddPage(PdfPageSize.A4);
            page.AddText($"12/{number + 6}/26, 9:3{number} AM Opening the Middle Corridor: how five Caspian states could agree common rules for trade | Northbridge", 7, new PdfPoint(20, 820), font);
            page.AddText("Northbridge Institute | Policy Brief 14", 9, new PdfPoint(50, 800), font);
            if (number == 1)
            {
                page.AddText("Cargo through the ports of Aktau and Baku has doubled since 2022, as shippers look for", 11, new PdfPoint(50, 760), font);
                page.AddText("a route that avoids Russian territory on the way", 11, new PdfPoint(50, 746), font);
            }
            else
            {
                page.AddText("between China and Europe.", 11, new PdfPoint(50, 760), font);
                page.AddText("Freight still waits nine days at the Baku ferry terminal.", 11, new PdfPoint(50, 732), font);
            }

            page.AddText($"{number}", 9, new PdfPoint(290, 40), font);
            page.AddText($"{number}/2", 8, new PdfPoint(520, 20), font);
            page.AddText("https://northbridge.example/briefs/caspian", 8, new PdfPoint(40, 20), font);
        }

        var document = PdfExtractor.Extract(builder.Build());

        Assert.Equal(
            [
                "Cargo through the ports of Aktau and Baku has doubled since 2022, as shippers look for a route that avoids Russian territory on the way between China and Europe.",
                "Freight still waits nine days at the Baku ferry terminal.",
            ],
            document.Paragraphs);
        Assert.Contains("Northbridge Institute | Policy Brief 14", document.Removed!);
        Assert.Contains("1/2 https://northbridge.example/briefs/caspian", document.Removed!);
        Assert.DoesNotContain("2/2 https://northbridge.example/briefs/caspian", document.Removed!);
    }

    [Fact]
    public void Extract_NoteMarksAndNotesAtTheFootOfThePage_AreSetAsideAndTheParagraphRunsOnPastThem()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var first = builder.AddPage(PdfPageSize.A4);
        first.AddText("Caspian Trade after the Convention", 16, new PdfPoint(50, 780), font);
        var sentence = first.AddText("The 2018 convention left the seabed divided by bilateral deals.", 11, new PdfPoint(50, 740), font);
        var mark = first.AddText("1", 7, new PdfPoint(sentence[^1].EndBaseLine.X, 744), font);
        first.AddText(" Kazakhstan and Azerbaijan signed a memorandum", 11, new PdfPoint(mark[^1].EndBaseLine.X, 740), font);
        first.AddText("in March 2023 to align their port tariffs, and", 11, new PdfPoint(50, 726), font);
        first.AddText("1 Convention on the Legal Status of the Caspian Sea, Aktau, 12 August 2018.", 8, new PdfPoint(50, 60), font);
        var second = builder.AddPage(PdfPageSize.A4);
        second.AddText("Turkmenistan joined the talks a year later.", 11, new PdfPoint(50, 780), font);

        var document = PdfExtractor.Extract(builder.Build());

        Assert.Equal(
            [
                "Caspian Trade after the Convention",
                "The 2018 convention left the seabed divided by bilateral deals. Kazakhstan and Azerbaijan signed a memorandum in March 2023 to align their port tariffs, and Turkmenistan joined the talks a year later.",
            ],
            document.Paragraphs);
        Assert.Equal(["1 Convention on the Legal Status of the Caspian Sea, Aktau, 12 August 2018."], document.Removed!);
    }

    [Fact]
    public void Extract_TextDrawnHigherUp_RunsOnFromAColumnBrokenOffMidSentenceAndIsItsOwnParagraphOtherwise()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PdfPageSize.A4);
        page.AddText("Cargo through Aktau and Baku has doubled since", 10, new PdfPoint(40, 760), font);
        page.AddText("2022, as shippers look for a route that avoids", 10, new PdfPoint(40, 747), font);
        page.AddText("Russian territory and still reaches the markets of", 10, new PdfPoint(40, 734), font);
        page.AddText("the European Union within three weeks.", 10, new PdfPoint(310, 760), font);
        page.AddText("Freight still waits nine days at the Baku ferry", 10, new PdfPoint(310, 733), font);
        page.AddText("terminal, the customs union says.", 10, new PdfPoint(310, 720), font);
        page.AddText("Northbridge Policy Brief 14, May 2025", 10, new PdfPoint(40, 830), font);
        page.AddText("Ports and tariffs", 10, new PdfPoint(310, 500), font);

        var document = PdfExtractor.Extract(builder.Build());

        Assert.Equal(
            [
                "Cargo through Aktau and Baku has doubled since 2022, as shippers look for a route that avoids Russian territory and still reaches the markets of the European Union within three weeks.",
                "Freight still waits nine days at the Baku ferry terminal, the customs union says.",
                "Northbridge Policy Brief 14, May 2025",
                "Ports and tariffs",
            ],
            document.Paragraphs);
    }

    [Theory]
    [InlineData("Opening the Middle Corridor: Rules for Caspian Trade | Northbridge Institute", "Opening the Middle Corridor: Rules for Caspian Trade")]
    [InlineData("PB/14 - Opening the Middle Corridor: Rules for Caspian Trade", "Opening the Middle Corridor: Rules for Caspian Trade")]
    [InlineData("Home | Northbridge Institute", "Home | Northbridge Institute")]
    public void Extract_TitleFieldWrapsTheHeadingInTheSiteName_IsTheHeading(string titleField, string expected)
    {
        var pdf = TestDocuments.Pdf(titleField, ["Northbridge Institute"], ["Opening the Middle Corridor: Rules for Caspian Trade"], ["Cargo through Aktau and Baku has doubled since 2022."]);

        Assert.Equal(expected, PdfExtractor.Extract(pdf).Title);
    }

    [Theory]
    [InlineData("\uFB01", "fi")]
    [InlineData("\uFB02", "fl")]
    [InlineData("\uFB03", "ffi")]
    [InlineData("f", "f")]
    public void SpellOutLigatures_TypesettersLigature_IsItsLetters(string glyph, string expected)
    {
        Assert.Equal(expected, PdfPageLayout.SpellOutLigatures(glyph));
    }
}
