using System.Text;

namespace IRLearn.E2E.Tests.Teach;

public sealed class InstructorJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Instructor_ImportsTheKazakhstanArticle_ApprovesQuestions_BuildsAQuiz_AndAssignsItToANewClassroom()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await TeachSteps.LogInAsync(page);

        // Import: the upload form, enhanced by teach-import.js (one request per file, with progress).
        await page.GotoAsync("/Teach/Import");
        await page.GetByLabel("Documents (choose one or many)").SetInputFilesAsync(TeachSteps.SeedArticlePath());
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and import" }).ClickAsync();
        var results = page.GetByTestId("import-results");
        await Assertions.Expect(results).ToContainTextAsync("questions proposed", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#upload-progress-label")).ToContainTextAsync("Finished");
        await results.GetByRole(AriaRole.Link, new() { Name = "Questions" }).ClickAsync();

        // Review: the source sentence is marked; approve three at once.
        await Assertions.Expect(page.GetByTestId("source").First.Locator("mark")).Not.ToBeEmptyAsync();
        var boxes = page.Locator("input[name=ids]");
        for (var i = 0; i < 3; i++)
        {
            await boxes.Nth(i).CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Approve selected" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("status")).ToContainTextAsync("3 questions approved");

        // Quiz builder: fixed selection of the approved questions, then publish.
        await page.GotoAsync("/Teach/Quizzes");
        await page.GetByLabel("Title").FillAsync("Kazakhstan week 1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create quiz" }).ClickAsync();
        var questionBoxes = page.Locator("input[name=questionIds]");
        await Assertions.Expect(questionBoxes).ToHaveCountAsync(3);
        for (var i = 0; i < 3; i++)
        {
            await questionBoxes.Nth(i).CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Add selected questions" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("quiz-items").Locator("tbody tr")).ToHaveCountAsync(3);
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish quiz" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("quiz-status")).ToHaveTextAsync("Published");

        // Classroom: create, then assign the quiz (the dates are prefilled: open now, due in a week).
        await page.GotoAsync("/Teach/Classrooms");
        await page.GetByLabel("Classroom name").FillAsync("IR 150 Eurasian Politics");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create classroom" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("classroom-name")).ToHaveTextAsync("IR 150 Eurasian Politics");
        await Assertions.Expect(page.GetByTestId("join-code")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[A-Z2-9]{8}$"));
        await page.GetByLabel("Quiz", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Kazakhstan week 1" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Assign quiz" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("status")).ToContainTextAsync("assigned");
        await Assertions.Expect(page.GetByTestId("assignment")).ToContainTextAsync("Kazakhstan week 1");
    }

    [Fact]
    public async Task OversizedAndBinaryUploads_EachShowAnError()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await TeachSteps.LogInAsync(page);

        // The class shares one app with the import journey, which may have run first: compare counts, not zero.
        await page.GotoAsync("/Teach/Lessons");
        var lessonsBefore = await page.GetByTestId("lessons").Locator("tbody tr").CountAsync();
        await page.GotoAsync("/Teach/Import");
        var oversized = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Kazakhstan signed a treaty with its neighbours. ", 130_000)));
        var binary = Enumerable.Range(0, 4096).Select(i => (byte)(i * 7 % 256)).ToArray();

        await page.GetByLabel("Documents (choose one or many)").SetInputFilesAsync(
        [
            new FilePayload { Name = "oversized.txt", MimeType = "text/plain", Buffer = oversized },
            new FilePayload { Name = "binary.txt", MimeType = "text/plain", Buffer = binary },
        ]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and import" }).ClickAsync();

        var rows = page.GetByTestId("import-results").Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(2, new() { Timeout = 30_000 });
        await Assertions.Expect(rows.Nth(0)).ToContainTextAsync("Not imported: The file is larger than");
        await Assertions.Expect(rows.Nth(1)).ToContainTextAsync("Not imported:");
        await Assertions.Expect(rows.Nth(1)).ToContainTextAsync("binary.txt");
        await page.GotoAsync("/Teach/Lessons");
        await Assertions.Expect(page.GetByTestId("lessons").Locator("tbody tr")).ToHaveCountAsync(lessonsBefore);
    }
}
