using System.Text.RegularExpressions;

namespace IRLearn.E2E.Tests.Teach;

/// <summary>
/// The quiz builder in Chromium: the filters narrow the approved questions (at once with JavaScript, by the Filter
/// button without), "tick all shown" and the running total, what the quiz holds beside the list, and the draft
/// lesson warning whose button publishes the lesson; axe audits the builder with its filtered list and with the warning.
/// </summary>
public sealed class QuizBuilderJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Filters_TickAllShown_AndTheTotal_WithJavaScript_ThenTheDraftLessonIsPublishedInOneClick()
    {
        var lessonTitle = await SeedLessonAsync("Builder with script");
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var csp = Session.RecordCspViolations(page);
        await TeachSteps.LogInAsync(page);
        await CreateQuizAsync(page, "Filtered with script");

        // Choosing a lesson and a type applies each at once (no Filter click), and the address keeps only those.
        var enhanced = page.Locator("#question-filter[data-enhanced]");
        await Assertions.Expect(enhanced).ToHaveCountAsync(1);
        await page.GetByLabel("Lesson", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = $"{lessonTitle} (2)" });
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"\?lesson=[0-9a-f-]{36}$"), new() { Timeout = 45_000 });
        await Assertions.Expect(page.Locator("input[name=questionIds]")).ToHaveCountAsync(2);
        await Assertions.Expect(enhanced).ToHaveCountAsync(1);
        await page.GetByLabel("Type", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Short answer" });
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"\?lesson=[0-9a-f-]{36}&type=ShortAnswer$"), new() { Timeout = 45_000 });
        await Assertions.Expect(page.Locator("input[name=questionIds]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("shown-count")).ToContainTextAsync("1 of");
        var accessibility = new List<string>();
        await Axe.AuditAsync(page, accessibility);

        await page.GetByLabel("Tick all 1 shown").CheckAsync();
        await Assertions.Expect(page.Locator("input[name=questionIds]").First).ToBeCheckedAsync();
        await page.GetByLabel("Points each").FillAsync("2");
        await Assertions.Expect(page.Locator("#ticked-count")).ToHaveTextAsync("1 ticked: the quiz would have 2 points");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add selected questions" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("status")).ToHaveTextAsync("1 question was added.");
        await Assertions.Expect(page.GetByTestId("quiz-items").Locator("tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("total-points")).ToHaveTextAsync("2 points");
        await Assertions.Expect(page.GetByTestId("no-match")).ToBeVisibleAsync();
        Assert.Contains("type=ShortAnswer", page.Url, StringComparison.Ordinal);

        // The lesson goes back to draft: the builder warns, and its button publishes the lesson.
        await SetLessonDraftAsync(lessonTitle);
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId("draft-lessons")).ToContainTextAsync(lessonTitle);
        await Axe.AuditAsync(page, accessibility);
        await page.GetByTestId("publish-lesson").ClickAsync();
        await Assertions.Expect(page.GetByTestId("status")).ToContainTextAsync("The lesson is published");
        await Assertions.Expect(page.GetByTestId("draft-lessons")).ToHaveCountAsync(0);
        Assert.Empty(csp);
        Assert.True(accessibility.Count == 0, string.Join(Environment.NewLine, accessibility));
    }

    [Fact]
    public async Task Filters_WorkWithoutJavaScript_ThroughTheFilterButton_AndAddAllShown()
    {
        var lessonTitle = await SeedLessonAsync("Builder without script");
        await using var context = await fixture.NewContextAsync(javaScriptEnabled: false);
        var page = await context.NewPageAsync();
        await TeachSteps.LogInAsync(page);
        await CreateQuizAsync(page, "Filtered without script");

        await Assertions.Expect(page.GetByLabel("Tick all", new() { Exact = false })).ToBeHiddenAsync();
        await page.GetByLabel("Lesson", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = $"{lessonTitle} (2)" });
        await page.GetByLabel("Type", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Multiple choice" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("input[name=questionIds]")).ToHaveCountAsync(1);
        await page.GetByTestId("add-all-shown").ClickAsync();

        await Assertions.Expect(page.GetByTestId("quiz-items").Locator("tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("quiz-items")).ToContainTextAsync("In what year did Kazakhstan propose CICA?");
        await Assertions.Expect(page.GetByTestId("total-points")).ToHaveTextAsync("1 point");
    }

    private static async Task CreateQuizAsync(IPage page, string title)
    {
        await page.GotoAsync("/Teach/Quizzes");
        await page.GetByLabel("Title").FillAsync(title);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create quiz" }).ClickAsync();
        await page.WaitForURLAsync("**/Teach/Quizzes/Edit/**");
    }

    /// <summary>A published lesson with two approved questions (multiple choice, short answer); returns its title.</summary>
    private async Task<string> SeedLessonAsync(string title)
    {
        await QuizSeed.TimedQuizAsync(fixture.Server.Services, "KAZ2EURA", title);
        return $"{title}: the lesson";
    }

    private async Task SetLessonDraftAsync(string lessonTitle)
    {
        using var scope = fixture.Server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var lesson = await db.Lessons.SingleAsync(l => l.Title == lessonTitle);
        lesson.Unpublish(DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
    }
}
