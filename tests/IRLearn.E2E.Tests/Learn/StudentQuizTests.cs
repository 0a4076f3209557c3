namespace IRLearn.E2E.Tests.Learn;

/// <summary>The student's journey in real Chromium, JavaScript on: autosave, reload, submit, feedback, and a cut network.</summary>
public sealed class StudentQuizTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task StudentJoins_TakesATimedQuiz_ReloadsWithAnswersKept_SubmitsAndSeesFeedback_AndAClassmateCannotOpenIt()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await LogInAsync(page, "lukas.becker@students.irlearn.test");
        await QuizSeed.TimedQuizAsync(fixture.Server.Services, "ASEAN6RX", "ASEAN timed quiz");

        await page.GetByLabel("Join code").FillAsync("asean6rx");
        await page.GetByRole(AriaRole.Button, new() { Name = "Join", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("notice")).ToContainTextAsync("You joined IR 230");

        await page.GetByRole(AriaRole.Link, new() { Name = "ASEAN timed quiz", Exact = true }).ClickAsync();
        await page.GetByTestId("start-attempt").ClickAsync();
        await page.WaitForURLAsync("**/Learn/Attempts/**");
        var attemptUrl = page.Url;
        await Assertions.Expect(page.GetByTestId("countdown")).ToContainTextAsync("Time left: 9:");

        await page.GetByLabel("1992").CheckAsync();
        await page.GetByLabel("Your answer", new() { Exact = true }).FillAsync("The Conference on Interaction and Confidence Building Measures in Asia");
        await Assertions.Expect(page.GetByTestId("save-status")).ToContainTextAsync("All answers saved", new() { Timeout = 10_000 });
        // The text box saves after a pause in typing; wait until both answers are on the server.
        await WaitForAsync(async () => await QuizSeed.SavedAnswersAsync(fixture.Server.Services, AttemptIdOf(attemptUrl)) == 2);

        await page.ReloadAsync();
        await Assertions.Expect(page.GetByLabel("1992")).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByLabel("Your answer", new() { Exact = true })).ToHaveValueAsync("The Conference on Interaction and Confidence Building Measures in Asia");

        await page.GetByTestId("submit-attempt").ClickAsync();
        await Assertions.Expect(page.GetByTestId("review-all-answered")).ToBeVisibleAsync();
        await page.GetByTestId("confirm-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("score")).ToContainTextAsync("2 / 2");
        await Assertions.Expect(page.GetByTestId("feedback").First).ToContainTextAsync("Correct");
        await Assertions.Expect(page.GetByText(QuizSeed.Explanation)).ToBeVisibleAsync();

        // A classmate in IR 230 opening the same address gets "not found", and none of the answers.
        await using var other = await fixture.NewContextAsync();
        var otherPage = await other.NewPageAsync();
        await LogInAsync(otherPage, "elena.petrova@students.irlearn.test");
        var response = await otherPage.GotoAsync(attemptUrl);
        Assert.Equal(404, response!.Status);
        await Assertions.Expect(otherPage.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Page not found");
        Assert.DoesNotContain("Confidence Building", await otherPage.ContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithTheNetworkCut_TheSaveWarningAppears_AndTheAnswerIsSavedWhenItReturns()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var assignmentId = await QuizSeed.TimedQuizAsync(fixture.Server.Services, "KAZ2EURA", "Offline quiz");
        await LogInAsync(page, "priya.raman@students.irlearn.test");
        await page.GotoAsync($"/Learn/Assignments/{assignmentId}");
        await page.GetByTestId("start-attempt").ClickAsync();
        await page.WaitForURLAsync("**/Learn/Attempts/**");
        var attemptId = AttemptIdOf(page.Url);

        await context.SetOfflineAsync(true);
        await page.GetByLabel("1997").CheckAsync();
        var warning = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "not saved yet" });
        await Assertions.Expect(warning).ToBeVisibleAsync();
        Assert.Equal(0, await QuizSeed.SavedAnswersAsync(fixture.Server.Services, attemptId));

        await context.SetOfflineAsync(false);
        await Assertions.Expect(page.GetByTestId("save-warning")).ToBeHiddenAsync(new() { Timeout = 20_000 });
        await Assertions.Expect(page.GetByTestId("save-status")).ToContainTextAsync("All answers saved");
        Assert.Equal(1, await QuizSeed.SavedAnswersAsync(fixture.Server.Services, attemptId));
    }

    private static Task LogInAsync(IPage page, string email) => Session.LogInAsync(page, email, "/Learn");

    private static Guid AttemptIdOf(string url) => Guid.Parse(new Uri(url).Segments[^1]);

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 50 && !await condition(); i++)
        {
            await Task.Delay(200);
        }

        Assert.True(await condition(), "The answers did not reach the server in time.");
    }
}
