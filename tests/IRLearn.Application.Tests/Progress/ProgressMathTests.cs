using IRLearn.Application.Progress;

namespace IRLearn.Application.Tests.Progress;

public sealed class ProgressMathTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Streak_NoSubmissions_IsZero() => Assert.Equal(0, ProgressMath.Streak([], Now));

    [Fact]
    public void Streak_ThreeDaysInARowEndingToday_IsThree()
    {
        DateTimeOffset[] days = [Now.AddDays(-2), Now.AddDays(-1), Now.AddHours(-3), Now.AddHours(-1)];

        Assert.Equal(3, ProgressMath.Streak(days, Now));
    }

    [Fact]
    public void Streak_NothingYetToday_StillCountsUpToYesterday()
    {
        Assert.Equal(2, ProgressMath.Streak([Now.AddDays(-2), Now.AddDays(-1)], Now));
    }

    [Fact]
    public void Streak_GapOfADay_BreaksIt()
    {
        Assert.Equal(1, ProgressMath.Streak([Now.AddDays(-3), Now], Now));
    }

    [Fact]
    public void Streak_CountsUtcDays_NotLocalOnes()
    {
        // 23:30 at UTC+3 on the 26th is 20:30 UTC on the 26th; 00:30 at UTC+3 on the 27th is 21:30 UTC on the 26th.
        var lateEvening = new DateTimeOffset(2026, 11, 26, 23, 30, 0, TimeSpan.FromHours(3));
        var afterMidnight = new DateTimeOffset(2026, 11, 27, 0, 30, 0, TimeSpan.FromHours(3));

        Assert.Equal(1, ProgressMath.Streak([lateEvening, afterMidnight], Now));
    }

    [Fact]
    public void Mastery_IsPointsEarnedOverPossible_PerTagCaseInsensitive()
    {
        var lesson = Guid.NewGuid();
        GradedItem[] items =
        [
            new(Guid.NewGuid(), lesson, ["CICA", "Kazakhstan"], 2m, 2m),
            new(Guid.NewGuid(), lesson, ["cica"], 1m, 0m),
            new(Guid.NewGuid(), lesson, ["Kazakhstan"], 1m, 0.5m),
        ];

        var mastery = ProgressMath.Mastery(items, i => i.Tags);

        var cica = Assert.Single(mastery, m => m.Name == "CICA");
        Assert.Equal(67m, cica.Percent);
        Assert.Equal(2, cica.Answers);
        var kazakhstan = Assert.Single(mastery, m => m.Name == "Kazakhstan");
        Assert.Equal(83m, kazakhstan.Percent);
        Assert.Equal(2, mastery.Count);
        Assert.Equal("CICA", mastery[0].Name); // weakest first, so the student sees what to work on
    }

    [Fact]
    public void Mastery_ATagListedTwiceOnOneItem_CountsOnce()
    {
        GradedItem[] items = [new(Guid.NewGuid(), Guid.NewGuid(), ["SCO", "sco"], 1m, 1m)];

        var mastery = Assert.Single(ProgressMath.Mastery(items, i => i.Tags));

        Assert.Equal(1, mastery.Answers);
        Assert.Equal(100m, mastery.Percent);
    }
}
