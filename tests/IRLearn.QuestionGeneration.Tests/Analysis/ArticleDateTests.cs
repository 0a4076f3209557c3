using IRLearn.QuestionGeneration.Analysis;
using IRLearn.QuestionGeneration.Cleaning;

namespace IRLearn.QuestionGeneration.Tests.Analysis;

public sealed class ArticleDateTests
{
    [Theory]
    [InlineData("October 11, 2022", 2022, 10, 11)]
    [InlineData("Published August 14, 2010", 2010, 8, 14)]
    [InlineData("Mar. 3, 2023, 9:15 PM UTC / Updated Mar. 4, 2023, 11:02 AM UTC", 2023, 3, 4)]
    [InlineData("Published March 2, 2019 | Updated June 30, 2023", 2019, 3, 2)]
    [InlineData("November 8 2023, 3:18 p.m.", 2023, 11, 8)]
    [InlineData("ByAda Obi | January 14, 2015", 2015, 1, 14)]
    [InlineData("19 November 2019", 2019, 11, 19)]
    [InlineData("2021-03-04T10:00:00Z", 2021, 3, 4)]
    public void FromTimestamp_TimestampLine_IsItsDate(string line, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), ArticleDate.FromTimestamp(line));
    }

    [Theory]
    [InlineData("Delegates arrive in Lima for the talks that open on March 3, 2021, under tight security.")]
    [InlineData("Updated 3 hours ago")]
    public void FromTimestamp_SentenceOrPartialDate_IsNull(string line)
    {
        Assert.Null(ArticleDate.FromTimestamp(line));
    }

    [Fact]
    public void Find_DateAmongTheRemovedBlocks_IsThePublicationDate()
    {
        var article = BoilerplateRemover.Clean("Ministers Meet in Lima\n\nMarch 2, 2021\n\nThe ministers of five states met in Lima on Tuesday to talk about trade and fishing rights along the coast.");

        Assert.Equal(new DateOnly(2021, 3, 2), ArticleDate.Find(article));
    }
}
