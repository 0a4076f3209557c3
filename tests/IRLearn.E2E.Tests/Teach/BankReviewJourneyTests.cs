namespace IRLearn.E2E.Tests.Teach;

/// <summary>An instructor reviews a freshly generated bank from the keyboard and pulls a more candidate into it.</summary>
public sealed class BankReviewJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Instructor_ReviewsTheBankWithTheKeyboard_AndPullsInAMoreCandidate()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var cspViolations = new List<string>();
        page.Console += (_, message) =>
        {
            // The bank page is this test's; the other pages it passes through are not.
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)
                && message.Location.Contains("/Teach/Lessons/Questions/", StringComparison.Ordinal))
            {
                cspViolations.Add(message.Text);
            }
        };
        await TeachSteps.LogInAsync(page);

        await page.GotoAsync("/Teach/Import");
        await page.GetByLabel("Documents (choose one or many)").SetInputFilesAsync(TeachSteps.SeedArticlePath());
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and import" }).ClickAsync();
        var results = page.GetByTestId("import-results");
        var questionsLink = results.GetByRole(AriaRole.Link, new() { Name = "Questions" });
        await Assertions.Expect(questionsLink).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await questionsLink.ClickAsync();

        // The legend appears once the script runs; the bank comes first, the candidates below.
        await Assertions.Expect(page.GetByTestId("shortcut-legend")).ToBeVisibleAsync();
        var bank = page.GetByTestId("bank-section");
        var candidates = page.GetByTestId("candidates-section");
        var first = bank.GetByTestId("question").Nth(0);
        var second = bank.GetByTestId("question").Nth(1);
        var firstId = await first.GetAttributeAsync("data-question-id");
        var secondId = await second.GetAttributeAsync("data-question-id");

        // j chooses the first question, a approves it and moves on, r rejects the next.
        await page.Keyboard.PressAsync("j");
        await Assertions.Expect(first).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("is-current"));
        await page.Keyboard.PressAsync("a");
        await Assertions.Expect(Question(page, firstId).GetByTestId("question-status")).ToHaveTextAsync("Approved");
        await Assertions.Expect(Question(page, secondId)).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("is-current"));
        await page.Keyboard.PressAsync("r");
        await Assertions.Expect(Question(page, secondId).GetByTestId("question-status")).ToHaveTextAsync("Rejected");
        await Assertions.Expect(page.GetByTestId("status")).ToHaveTextAsync("1 question rejected.");

        // o opens the current question: its source sentence and explanation.
        await page.Keyboard.PressAsync("o");
        var current = page.Locator(".review-item.is-current");
        await Assertions.Expect(current.GetByTestId("source")).ToBeVisibleAsync();

        // A more candidate, chosen by focusing it, is pulled into the bank with a.
        var candidate = candidates.GetByTestId("question").First;
        var candidateId = await candidate.GetAttributeAsync("data-question-id");
        var candidateStem = await candidate.GetByTestId("question-stem").TextContentAsync();
        await candidate.Locator("input[name=ids]").FocusAsync();
        await page.Keyboard.PressAsync("a");
        await Assertions.Expect(bank.Locator($"[data-question-id='{candidateId}']").GetByTestId("question-status")).ToHaveTextAsync("Approved");
        await Assertions.Expect(candidates.Locator($"[data-question-id='{candidateId}']")).ToHaveCountAsync(0);

        // What the page shows is what was saved: a reload agrees.
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId("bank-section").Locator($"[data-question-id='{candidateId}']")).ToContainTextAsync(candidateStem!.Trim());
        await Assertions.Expect(Question(page, firstId).GetByTestId("question-status")).ToHaveTextAsync("Approved");
        await Assertions.Expect(Question(page, secondId).GetByTestId("question-status")).ToHaveTextAsync("Rejected");
        Assert.Empty(cspViolations);
    }

    private static ILocator Question(IPage page, string? id) => page.Locator($"[data-question-id='{id}']");
}
