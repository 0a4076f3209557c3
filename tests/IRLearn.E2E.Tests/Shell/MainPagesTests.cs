namespace IRLearn.E2E.Tests.Shell;

/// <summary>
/// The main pages at desktop width and on a 390 px phone: none scrolls sideways (wide tables scroll inside their own
/// box). Each is photographed; with IRLEARN_SCREENSHOTS set to a folder (docs/screenshots) the pictures are the README's.
/// </summary>
public sealed class MainPagesTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("desktop", 1280, 900)]
    [InlineData("phone", 390, 844)]
    public async Task MainPages_FitTheWidth_AndArePhotographed(string name, int width, int height)
    {
        var folder = Environment.GetEnvironmentVariable("IRLEARN_SCREENSHOTS") is { Length: > 0 } wanted
            ? wanted
            : Directory.CreateTempSubdirectory("irlearn-screens-").FullName;
        var assignmentId = await QuizSeed.TimedQuizAsync(fixture.Server.Services, "KAZ2EURA", $"Week 1 check-in ({name})");
        var shots = new List<string>();
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);

        await page.GotoAsync("/");
        await ShootAsync(page, folder, $"home-{name}", shots);
        await Session.LogInAsync(page, width > 500 ? "mateo.rossi@students.irlearn.test" : "chen.wei@students.irlearn.test", "/Learn");
        await page.GotoAsync($"/Learn/Assignments/{assignmentId}");
        await page.GetByTestId("start-attempt").ClickAsync();
        await page.WaitForURLAsync("**/Learn/Attempts/**");
        await page.GetByLabel("1997").CheckAsync();
        await Assertions.Expect(page.GetByTestId("save-status")).ToContainTextAsync("All answers saved", new() { Timeout = 15_000 });
        await ShootAsync(page, folder, $"attempt-{name}", shots);
        await page.GotoAsync("/Learn");
        await ShootAsync(page, folder, $"learn-dashboard-{name}", shots);
        await page.GetByTestId("continue-attempt").ClickAsync();
        await page.GetByTestId("submit-attempt").ClickAsync();
        await ShootAsync(page, folder, $"review-before-submit-{name}", shots);
        await page.GetByTestId("confirm-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("result")).ToBeVisibleAsync();
        await ShootAsync(page, folder, $"feedback-{name}", shots);
        await page.GotoAsync($"/Leaderboards/Quiz/{assignmentId}");
        await ShootAsync(page, folder, $"quiz-leaderboard-{name}", shots);
        await using var teaching = await fixture.NewContextAsync();
        page = await teaching.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        await Session.LogInAsync(page, "instructor@irlearn.test", "/Teach");
        await ShootAsync(page, folder, $"teach-dashboard-{name}", shots);
        await page.GotoAsync("/Teach/Quizzes");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Build Week 1 check-in ({name})" }).ClickAsync();
        await ShootAsync(page, folder, $"quiz-builder-{name}", shots);
        await page.GotoAsync("/Teach/Classrooms");
        await page.GetByRole(AriaRole.Link, new() { Name = "IR 101", Exact = false }).First.ClickAsync();
        await ShootAsync(page, folder, $"classroom-{name}", shots);
        await page.GetByRole(AriaRole.Link, new() { Name = "Gradebook", Exact = true }).First.ClickAsync();
        await ShootAsync(page, folder, $"gradebook-{name}", shots);

        Assert.Equal(10, shots.Count);
        Assert.All(shots, path => Assert.True(new FileInfo(path).Length > 1000, $"{path} is empty."));
    }

    private static async Task ShootAsync(IPage page, string folder, string file, List<string> shots)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        if (overflow > 0)
        {
            // Name the culprits: the outermost elements whose right edge passes the window's.
            var wide = await page.EvaluateAsync<string[]>(
                """
                () => Array.from(document.querySelectorAll('body *'))
                    .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !(e.parentElement && e.parentElement.getBoundingClientRect().right > window.innerWidth + 1))
                    .slice(0, 5)
                    .map(e => e.outerHTML.slice(0, 160))
                """);
            Assert.Fail($"{new Uri(page.Url).AbsolutePath} scrolls sideways by {overflow} px at {page.ViewportSize?.Width} px: {string.Join(" | ", wide)}");
        }

        var path = Path.Combine(folder, file + ".png");
        await page.ScreenshotAsync(new() { Path = path });
        shots.Add(path);
    }
}
