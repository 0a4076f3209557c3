using IRLearn.QuestionGeneration.Entities;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Tests.Entities;

public sealed class NumbersTests
{
    private static List<Mention> Find(string sentence)
    {
        var mentions = new List<Mention>();
        Numbers.Find(sentence, new TextRange(0, sentence.Length), mentions);
        return mentions;
    }

    [Theory]
    [InlineData("It was founded in 1992.", "1992")]
    [InlineData("The talks ran from 1962 to 1986.", "1962")]
    [InlineData("Emissions must fall by 2030.", "2030")]
    [InlineData("The 2015 Paris Agreement set a goal.", "2015")]
    public void Find_YearInYearContext_IsYear(string sentence, string year)
    {
        Assert.Contains(Find(sentence), m => m.Kind == EntityKind.Year && m.Text == year);
    }

    [Theory]
    [InlineData("Some 2000 troops were deployed.")]
    [InlineData("The F-1992 prototype flew.")]
    [InlineData("Room 1992 was booked.")]
    public void Find_FourDigitsOutsideYearContext_IsNotYear(string sentence)
    {
        Assert.DoesNotContain(Find(sentence), m => m.Kind == EntityKind.Year);
    }

    [Theory]
    [InlineData("The council met on 13 October in Bishkek.", "13 October")]
    [InlineData("The treaty was signed on October 13, 2023 in Paris.", "October 13, 2023")]
    [InlineData("It was founded on 4 April 1949.", "4 April 1949")]
    [InlineData("Talks resumed in November 2022.", "November 2022")]
    public void Find_Date_IsDate(string sentence, string date)
    {
        Assert.Contains(Find(sentence), m => m.Kind == EntityKind.Date && m.Text == date);
    }

    [Theory]
    [InlineData("About 80% of road traffic passes through.", "80%", 80)]
    [InlineData("Growth reached 2.5 percent last year.", "2.5 percent", 2.5)]
    [InlineData("They cover 85 per cent of output.", "85 per cent", 85)]
    public void Find_Percentage_IsPercentWithValue(string sentence, string text, double value)
    {
        var mention = Assert.Single(Find(sentence), m => m.Kind == EntityKind.Percent);
        Assert.Equal(text, mention.Text);
        Assert.Equal((decimal)value, mention.Value);
    }

    [Theory]
    [InlineData("Shortages could affect five billion people.", "five billion", 5_000_000_000)]
    [InlineData("The border runs 1,340 kilometres.", "1,340", 1340)]
    [InlineData("The market has 1.3 billion people.", "1.3 billion", 1_300_000_000)]
    public void Find_Count_IsQuantityWithValue(string sentence, string text, double value)
    {
        var mention = Assert.Single(Find(sentence), m => m.Kind == EntityKind.Quantity);
        Assert.Equal(text, mention.Text);
        Assert.Equal((decimal)value, mention.Value);
    }

    [Fact]
    public void Find_ReferringBackCount_IsNotAsked()
    {
        Assert.Empty(Find("The two countries have engaged in exchanges."));
    }

    [Fact]
    public void Find_Money_IsMoney()
    {
        Assert.Contains(Find("Trade worth $3.37 trillion moved through it."), m => m.Kind == EntityKind.Money && m.Text == "$3.37 trillion");
    }
}
