using System.Text;

namespace IRLearn.E2E.Tests.Teach;

/// <summary>The question-bank import and export pages in Chromium: upload a GIFT file, read the report, review, export a selection.</summary>
public sealed class QuestionFilesJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    // Written for this test.
    private const string Gift = """
        ::Harbour:: In which harbour town does the fictional Coastal Compact keep its secretariat? {=Port Avel ~Bay Sela ~Cape Orun}

        ::Consensus:: The fictional Coastal Compact decides by consensus. {T}

        ::Essay:: Describe the Compact's fisheries charter. {}
        """;

    private const string Article =
        "The fictional Coastal Compact was founded in 1987 by five island nations that wanted a louder voice in regional talks. " +
        "Its secretariat sits in Port Avel, a harbour town of about 40,000 people on the largest of the islands. " +
        "Members rotate the chair every two years and take their decisions by consensus rather than by vote. " +
        "In 2019 the Compact adopted a fisheries charter that caps foreign catches at 30 percent of the regional total. " +
        "Diplomats from larger neighbours have described the charter as the most ambitious of its kind in the region.";

    [Fact]
    public async Task Instructor_ImportsAGiftFile_ReadsTheReport_AndExportsTheImportedQuestion()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await TeachSteps.LogInAsync(page);

        // A lesson of its own to import into (pasted, short), then from its question bank to the import page.
        await page.GotoAsync("/Teach/Import");
        await page.GetByLabel("Title (optional)").FillAsync("Coastal Compact notes");
        await page.GetByLabel("Article text").FillAsync(Article);
        await page.GetByRole(AriaRole.Button, new() { Name = "Import text" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Review the questions" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Import questions" }).ClickAsync();
        await page.GetByLabel("Question files").SetInputFilesAsync(new FilePayload { Name = "compact.gift", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes(Gift) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();

        var report = page.GetByTestId("import-report");
        await Assertions.Expect(report.GetByTestId("import-summary")).ToContainTextAsync("2 questions imported for review, 1 skipped.", new() { Timeout = 30_000 });
        await Assertions.Expect(report.GetByTestId("file-imported")).ToContainTextAsync("1 Multiple choice");
        await Assertions.Expect(report.GetByTestId("file-skipped")).ToContainTextAsync("Essay");

        // The imported questions wait for review; tick the harbour question and export it as GIFT.
        await report.GetByRole(AriaRole.Link, new() { Name = "Review them" }).ClickAsync();
        var harbour = page.GetByTestId("question").Filter(new() { HasTextString = "Coastal Compact keep its secretariat" });
        await Assertions.Expect(harbour.GetByTestId("question-status")).ToHaveTextAsync("Awaiting review");
        await harbour.Locator("input[name=ids]").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Export selected…" }).ClickAsync();
        await page.GetByLabel("GIFT (.txt)").CheckAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download" }).ClickAsync());

        Assert.EndsWith(".gift.txt", download.SuggestedFilename, StringComparison.Ordinal);
        var gift = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains("Coastal Compact keep its secretariat?{", gift.Replace(" {", "{", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("=Port Avel", gift, StringComparison.Ordinal);
    }
}
