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
    [InlineData("Norland refused to ship the jets it had agreed to sell under a 2009 contract.", "2009")]
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
    public void Find_Multiplier_IsAQuantityWithItsFactor()
    {
        var mention = Assert.Single(Find("Grain exports through the port grew fourfold after the truce."), m => m.Kind == EntityKind.Quantity);

        Assert.Equal("fourfold", mention.Text);
        Assert.Equal(4m, mention.Value);
    }

    [Fact]
    public void Find_Money_IsMoney()
    {
        Assert.Contains(Find("Trade worth $3.37 trillion moved through it."), m => m.Kind == EntityKind.Money && m.Text == "$3.37 trillion");
    }

    [Theory]
    [InlineData("The envoy has lived abroad for nine years since the coup.", EntityKind.Duration, "nine years", 9)]
    [InlineData("The court gave him 40 weeks in prison.", EntityKind.Duration, "40 weeks", 40)]
    [InlineData("Ships must leave port within 72 hours.", EntityKind.Duration, "72 hours", 72)]
    [InlineData("The audit will take about a month to finish.", EntityKind.Duration, "a month", 1)]
    [InlineData("The rebels ended their 12-year uprising.", EntityKind.Duration, "12-year", 12)]
    [InlineData("Talks lasted two and a half years.", EntityKind.Duration, "two and a half years", 2.5)]
    // The comma after a figure ends the clause; only a comma followed by three digits groups thousands.
    [InlineData("Each family gets a grant of $240, seeds and tools.", EntityKind.Money, "$240", 240)]
    [InlineData("The fund pays $1,200, the ministry the rest.", EntityKind.Money, "$1,200", 1200)]
    [InlineData("Donors pledged €3,000,000, more than asked.", EntityKind.Money, "€3,000,000", 3000000)]
    [InlineData("The plan costs 5,000 euros, officials said.", EntityKind.Money, "5,000 euros", 5000)]
    // News copy abbreviates the scale: "$48m", "£1.2tn", "US$4.2bn".
    [InlineData("The two governments set aside $48m for the first year.", EntityKind.Money, "$48m", 48000000)]
    [InlineData("Aid worth US$4.2bn arrived in March.", EntityKind.Money, "US$4.2bn", 4200000000)]
    [InlineData("Its debt passed £1.2tn last year.", EntityKind.Money, "£1.2tn", 1200000000000)]
    public void Find_LengthOfTimeOrMoney_IsItsKindWithValue(string sentence, EntityKind kind, string text, double value)
    {
        var mention = Assert.Single(Find(sentence), m => m.Kind == kind);
        Assert.Equal(text, mention.Text);
        Assert.Equal((decimal)value, mention.Value);
    }

    [Theory]
    [InlineData("Exports earn $4 billion a year.")]
    [InlineData("The truce may hold for a year or two.")]
    [InlineData("The blockade went on for a year and a half.")]
    [InlineData("The 51-year-old minister resigned.")]
    public void Find_RateIdiomOrAge_IsNoDuration(string sentence)
    {
        Assert.DoesNotContain(Find(sentence), m => m.Kind == EntityKind.Duration);
    }

    [Theory]
    [InlineData("The embargo was lifted in August.", "August")]
    [InlineData("Prices have doubled since February.", "February")]
    [InlineData("Early in the year, in late November, talks stalled.", "November")]
    public void Find_MonthWithoutADay_IsMonth(string sentence, string month)
    {
        Assert.Contains(Find(sentence), m => m.Kind == EntityKind.Month && m.Text == month);
    }

    [Theory]
    [InlineData("Voters may back the plan.")]
    [InlineData("Talks resumed on 4 August.")]
    [InlineData("Talks resumed in August 2021.")]
    public void Find_MonthInADateOrAModal_IsNoMonth(string sentence)
    {
        Assert.DoesNotContain(Find(sentence), m => m.Kind == EntityKind.Month);
    }

    [Theory]
    [InlineData("Okafor, 58, a former central banker, took office.", "58")]
    [InlineData("The 34-year-old pilot was detained.", "34")]
    public void Find_Age_IsAgeNotCount(string sentence, string age)
    {
        var mentions = Find(sentence);
        Assert.Contains(mentions, m => m.Kind == EntityKind.Age && m.Text == age);
        Assert.DoesNotContain(mentions, m => m.Kind == EntityKind.Quantity);
    }

    [Fact]
    public void Find_DateRange_IsOneDate()
    {
        Assert.Contains(Find("The summit will be held March 3-7 in Lima."), m => m.Kind == EntityKind.Date && m.Text == "March 3-7");
    }
}
