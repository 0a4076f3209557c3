using IRLearn.Infrastructure.Documents;
using Xunit;

namespace IRLearn.Infrastructure.Tests.Documents;

public class MarkdownExtractorTests
{
    [Fact]
    public void Extract_ArticleWithHeadingsListsAndInlineSyntax_GivesPlainParagraphs()
    {
        const string markdown = """
            # The Rise of *Middle Powers*

            Middle powers such as **Kazakhstan** and [Turkey](https://example.org/turkey) have
            become brokers between larger states.

            ![A map of Eurasia](map.png)

            ## Why now?

            - Trade routes through `Central Asia`
            - A divided UN Security Council

            > "There is no justification," the president said.

            ```
            var ignored = "code is not prose";
            ```

            ---
            Closing thoughts_with_underscores stay.
            """;

        var document = MarkdownExtractor.Extract(markdown);

        Assert.Equal("The Rise of Middle Powers", document.Title);
        Assert.Equal(
            [
                "The Rise of Middle Powers",
                "Middle powers such as Kazakhstan and Turkey have become brokers between larger states.",
                "Why now?",
                "Trade routes through Central Asia",
                "A divided UN Security Council",
                "\"There is no justification,\" the president said.",
                "Closing thoughts_with_underscores stay.",
            ],
            document.Paragraphs);
    }

    [Theory]
    [InlineData("# Sanctions and Trade ##", "Sanctions and Trade")]
    [InlineData("## Sanctions and Trade   ", "Sanctions and Trade")]
    [InlineData("# The C# of diplomacy", "The C# of diplomacy")]
    [InlineData("# Sanctions#", "Sanctions#")]
    [InlineData("# ###", "###")]
    public void Extract_AtxHeading_DropsOnlyAClosingHashRunAfterWhitespace(string line, string heading)
    {
        var document = MarkdownExtractor.Extract(line + "\n\nA paragraph of text.");

        Assert.Equal(heading, document.Paragraphs[0]);
    }

    [Fact]
    public void Extract_HeadingFollowedByManySpaces_KeepsTheWordsAfterThem()
    {
        var document = MarkdownExtractor.Extract("# a" + new string(' ', 50_000) + "b\n\nText.");

        Assert.Equal(["a b", "Text."], document.Paragraphs);
    }

    [Fact]
    public void Extract_TableSeparatorFollowedBySpaces_IsNotATableAndKeepsItsText()
    {
        var document = MarkdownExtractor.Extract("|" + new string(' ', 50_000) + "x\n\n| a | b |\n| --- | --- |\n| 1 | 2 |");

        Assert.Equal(["x", "a; b", "1; 2"], document.Paragraphs);
    }

    [Fact]
    public void StripInline_UnclosedHtmlComment_KeepsTheTextAndClosedOnesGo()
    {
        Assert.Equal("kept and this <!-- never closed", MarkdownExtractor.StripInline("kept <!-- gone --> and this <!-- never closed"));
    }

    [Fact]
    public void Extract_SetextHeading_IsTheTitle()
    {
        var document = MarkdownExtractor.Extract("Water Wars\n==========\n\nThe Aral Sea shrank.\n\nDams\n----\n\nMore text.");

        Assert.Equal("Water Wars", document.Title);
        Assert.Equal(["Water Wars", "The Aral Sea shrank.", "Dams", "More text."], document.Paragraphs);
    }

    [Fact]
    public void Extract_FrontMatterTitle_WinsAndFrontMatterIsNotText()
    {
        var document = MarkdownExtractor.Extract("---\ntitle: \"Green Hydrogen Diplomacy\"\nauthor: someone\n---\n\n## Background\n\nText.");

        Assert.Equal("Green Hydrogen Diplomacy", document.Title);
        Assert.Equal(["Background", "Text."], document.Paragraphs);
    }

    [Theory]
    [InlineData("A [link][ref] and <https://un.org>", "A link and https://un.org")]
    [InlineData("Use <b>bold</b> and __strong__ and ~~struck~~ words", "Use bold and strong and struck words")]
    [InlineData(@"An escaped \*star\* stays", "An escaped *star* stays")]
    [InlineData("A snake_case_name and 2 * 3 * 4", "A snake_case_name and 2 * 3 * 4")]
    public void StripInline_MarkdownSyntax_LeavesTheVisibleText(string markdown, string expected)
    {
        Assert.Equal(expected, MarkdownExtractor.StripInline(markdown));
    }
}
