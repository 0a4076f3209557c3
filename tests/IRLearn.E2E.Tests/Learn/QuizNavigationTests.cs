namespace IRLearn.E2E.Tests.Learn;

/// <summary>
/// Moving around a quiz in Chromium: the navigator and progress, one question at a time, flag for review, and the
/// review before submitting; and the same page without JavaScript, where every question shows with its Save button.
/// </summary>
public sealed class QuizNavigationTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task OneAtATime_WithNavigatorFlagsAndProgress_AndAReviewThatListsWhatIsLeft_BeforeSubmitting()
    {
        var assignmentId = await QuizSeed.TimedQuizAsync(fixture.Server.Services, "KAZ2EURA", "Navigator quiz");
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var violations = Session.RecordCspViolations(page);
        await Session.LogInAsync(page, "hana.sato@students.irlearn.test", "/Learn");
        await page.GotoAsync($"/Learn/Assignments/{assignmentId}");
        await page.GetByTestId("start-attempt").ClickAsync();
        await page.WaitForURLAsync("**/Learn/Attempts/**");
        var first = page.Locator("fieldset.question[data-question='1']");
        var second = page.Locator("fieldset.question[data-question='2']");

        await Assertions.Expect(page.GetByTestId("quiz-tools")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("progress-text")).ToHaveTextAsync("0 of 2 answered");
        // With JavaScript, autosave and one status line replace the per-question Save buttons.
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save answer" })).ToHaveCountAsync(0);

        await page.GetByTestId("one-at-a-time").ClickAsync();
        await Assertions.Expect(page.GetByTestId("one-at-a-time")).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(first).ToBeVisibleAsync();
        await Assertions.Expect(second).ToBeHiddenAsync();

        await AnswerAsync(first);
        await Assertions.Expect(page.GetByTestId("progress-text")).ToHaveTextAsync("1 of 2 answered");
        await Assertions.Expect(page.GetByTestId("nav-1")).ToHaveAttributeAsync("data-state", "answered");
        await Assertions.Expect(page.GetByTestId("save-status")).ToContainTextAsync("All answers saved", new() { Timeout = 15_000 });

        await page.GetByTestId("next-question").ClickAsync();
        await Assertions.Expect(first).ToBeHiddenAsync();
        await Assertions.Expect(second).ToBeVisibleAsync();
        await second.GetByLabel("Flag for review").CheckAsync();
        await Assertions.Expect(page.GetByTestId("nav-2")).ToHaveAttributeAsync("data-state", "unanswered flagged");

        // The mode, the flag and the saved answer survive a reload.
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId("one-at-a-time")).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(page.GetByTestId("nav-2")).ToHaveAttributeAsync("data-state", "unanswered flagged");
        await Assertions.Expect(page.GetByTestId("progress-text")).ToHaveTextAsync("1 of 2 answered");
        await page.GetByTestId("nav-2").ClickAsync();
        await Assertions.Expect(second).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("nav-2")).ToHaveAttributeAsync("aria-current", "step");

        // Submitting first shows what is left; nothing is submitted until the student confirms.
        await page.GetByTestId("submit-attempt").ClickAsync();
        var review = page.GetByTestId("review-panel");
        await Assertions.Expect(review).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("review-unanswered")).ToHaveTextAsync("Question 2");
        await Assertions.Expect(page.GetByTestId("review-flagged")).ToHaveTextAsync("Question 2");
        await Assertions.Expect(page.GetByTestId("result")).ToHaveCountAsync(0);

        await page.GetByTestId("review-unanswered").GetByRole(AriaRole.Link, new() { Name = "Question 2" }).ClickAsync();
        await Assertions.Expect(review).ToBeHiddenAsync();
        await Assertions.Expect(second).ToBeVisibleAsync();

        await page.GetByTestId("submit-attempt").ClickAsync();
        await page.GetByTestId("confirm-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("result")).ToBeVisibleAsync();
        Assert.Empty(violations);
    }

    [Fact]
    public async Task WithoutJavaScript_EveryQuestionShows_WithSaveButtons_AndSubmitSubmits()
    {
        var assignmentId = await QuizSeed.TimedQuizAsync(fixture.Server.Services, "KAZ2EURA", "No-script quiz");
        await using var context = await fixture.NewContextAsync(javaScriptEnabled: false);
        var page = await context.NewPageAsync();
        await Session.LogInAsync(page, "omar.haddad@students.irlearn.test", "/Learn");
        await page.GotoAsync($"/Learn/Assignments/{assignmentId}");
        await page.GetByTestId("start-attempt").ClickAsync();
        await page.WaitForURLAsync("**/Learn/Attempts/**");

        await Assertions.Expect(page.GetByTestId("quiz-tools")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("fieldset.question:visible")).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save answer" })).ToHaveCountAsync(2);

        await page.GetByLabel("1992").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save answer" }).First.ClickAsync();
        await Assertions.Expect(page.GetByLabel("1992")).ToBeCheckedAsync();
        await page.GetByTestId("submit-attempt").ClickAsync();

        await Assertions.Expect(page.GetByTestId("result")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("missed-heading")).ToContainTextAsync("What you missed (1)");
    }

    private static async Task AnswerAsync(ILocator question)
    {
        if (await question.Locator("input[type=radio]").CountAsync() > 0)
        {
            await question.Locator("input[type=radio]").First.CheckAsync();
        }
        else
        {
            await question.Locator("textarea, input[type=text]").First.FillAsync("CICA");
        }
    }
}
