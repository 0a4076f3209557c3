namespace IRLearn.E2E.Tests.Leaderboards;

/// <summary>The league board's class-against-class bars grow into place, unless the reader asks for no motion.</summary>
public sealed class LeagueRaceTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task RaceBars_GrowIn_OnlyWhenMotionIsAllowed()
    {
        var leagueId = await QuizSeed.LeagueAsync(fixture.Server.Services, "KAZ2EURA", "Race league");
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var csp = Session.RecordCspViolations(page);
        await Session.LogInAsync(page, "student@irlearn.test", "/Learn");

        await page.EmulateMediaAsync(new() { ReducedMotion = ReducedMotion.NoPreference });
        await page.GotoAsync($"/Leaderboards/League/{leagueId}");
        var bar = page.GetByTestId("race-score").First;
        await Assertions.Expect(page.GetByTestId("league-row")).ToContainTextAsync("(your class)");
        var moving = await bar.EvaluateAsync<string>("e => getComputedStyle(e).animationName");
        await page.EmulateMediaAsync(new() { ReducedMotion = ReducedMotion.Reduce });
        await page.ReloadAsync();
        var still = await page.GetByTestId("race-score").First.EvaluateAsync<string>("e => getComputedStyle(e).animationName");

        Assert.Equal("race-grow", moving);
        Assert.Equal("none", still);
        Assert.Empty(csp);
    }
}
