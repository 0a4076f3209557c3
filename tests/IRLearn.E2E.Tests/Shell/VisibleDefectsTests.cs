namespace IRLearn.E2E.Tests.Shell;

/// <summary>The defects a first look finds: a stray bullet from a CSP-refused inline style, options hanging over the card's edge, no favicon.</summary>
public sealed class VisibleDefectsTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task InstructorPages_LogNoCspViolation_AndShowNoEmptyErrorSummary()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var violations = Session.RecordCspViolations(page);
        await Session.LogInAsync(page, "instructor@irlearn.test", "/Teach");

        foreach (var path in new[] { "/Teach", "/Teach/Import", "/Teach/Lessons", "/Teach/Quizzes", "/Teach/Classrooms" })
        {
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            // The empty validation summary used to be a list item hidden by an inline style the CSP refuses.
            await Assertions.Expect(page.Locator("main li[style], .validation-summary-valid")).ToHaveCountAsync(0);
        }

        await page.GotoAsync("/Teach/Classrooms");
        await page.GetByRole(AriaRole.Link, new() { Name = "IR 101", Exact = false }).First.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Empty(violations);
    }

    [Fact]
    public async Task Favicon_IsServed_AndLinkedFromEveryPage()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        var icon = await context.APIRequest.GetAsync("/favicon.ico");
        var svg = await context.APIRequest.GetAsync("/favicon.svg");

        Assert.Equal(200, icon.Status);
        Assert.Equal(200, svg.Status);
        Assert.Equal("image/svg+xml", svg.Headers["content-type"]);
        await Assertions.Expect(page.Locator("link[rel=icon]")).ToHaveCountAsync(2);
    }

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(390, 844)]
    public async Task QuestionOptions_SitInsideTheCard_BesideTheirLabels(int width, int height)
    {
        var assignmentId = await QuizSeed.TimedQuizAsync(fixture.Server.Services, "KAZ2EURA", $"Alignment quiz {width}");
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        var violations = Session.RecordCspViolations(page);
        await Session.LogInAsync(page, width > 500 ? "student@irlearn.test" : "priya.raman@students.irlearn.test", "/Learn");
        await page.GotoAsync($"/Learn/Assignments/{assignmentId}");
        await page.GetByTestId("start-attempt").ClickAsync();
        await page.WaitForURLAsync("**/Learn/Attempts/**");

        var radios = page.Locator(".question input[type=radio]");
        Assert.True(await radios.CountAsync() >= 3);
        for (var i = 0; i < await radios.CountAsync(); i++)
        {
            var radio = radios.Nth(i);
            var input = (await radio.BoundingBoxAsync())!;
            var card = (await radio.Locator("xpath=ancestor::div[contains(@class,'card-body')]").BoundingBoxAsync())!;
            var label = (await page.Locator($"label[for='{await radio.GetAttributeAsync("id")}']").BoundingBoxAsync())!;

            Assert.True(input.X - card.X >= 8, $"Option {i} is {input.X - card.X:0.#} px from the card's edge at {width} px.");
            Assert.True(label.X >= input.X + input.Width, $"Option {i}'s label overlaps its control at {width} px.");
            Assert.True(Math.Abs((label.Y + (label.Height / 2)) - (input.Y + (input.Height / 2))) < label.Height, "The control and its label are not on one line.");
        }

        Assert.Empty(violations);
    }
}
