using IRLearn.Domain.Articles;
using static IRLearn.Domain.Tests.TestData;

namespace IRLearn.Domain.Tests.Articles;

public class ArticleTests
{
    private static Article Import(string title = "Kazakhstan's multi-vector diplomacy", string cleaned = "Kazakhstan initiated CICA in 1992.") =>
        Article.Import(Instructor, title, " A. Author ", "https://example.org/a", "raw " + cleaned, cleaned, ["[Image by X from Y]", "  ", "The author is a visiting professor."], Now);

    [Fact]
    public void Import_Valid_KeepsFieldsAndDropsBlankRemovedBlocks()
    {
        var article = Import();

        Assert.Equal("A. Author", article.Byline);
        Assert.Equal(["[Image by X from Y]", "The author is a visiting professor."], article.RemovedBlocks);
        Assert.Equal(Now, article.ImportedAt);
        Assert.NotEqual(Guid.Empty, article.Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Import_BlankTitle_IsRefused(string title)
    {
        Rule.Broken("article.title_invalid", () => Import(title: title));
    }

    [Fact]
    public void Import_TitleOf300Characters_IsAcceptedAnd301IsRefused()
    {
        Assert.Equal(300, Import(title: new string('t', 300)).Title.Length);
        Rule.Broken("article.title_invalid", () => Import(title: new string('t', 301)));
    }

    [Fact]
    public void Import_EmptyText_IsRefused()
    {
        Rule.Broken("article.text_required", () => Import(cleaned: "  "));
    }

    [Fact]
    public void RestoreBlock_AppendsItAsAParagraphAndRemovesItFromTheList()
    {
        var article = Import();

        article.RestoreBlock(1);

        Assert.Equal("Kazakhstan initiated CICA in 1992.\n\nThe author is a visiting professor.", article.CleanedText);
        Assert.Equal(["[Image by X from Y]"], article.RemovedBlocks);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(2)]
    public void RestoreBlock_UnknownIndex_IsRefused(int index)
    {
        var article = Import();

        Rule.Broken("article.removed_block_not_found", () => article.RestoreBlock(index));
        Assert.Equal(2, article.RemovedBlocks.Count);
    }
}
