using System.Globalization;

namespace IRLearn.E2E.Tests.Shell;

/// <summary>
/// Times on the reader's clock (ADR 17), in a Chromium set to Tokyo: site.js tells the server the zone, so pages are
/// written in it; a page written for another zone is localised in place; without JavaScript times say UTC.
/// </summary>
public sealed class LocalTimeTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Student = "mateo.rossi@students.irlearn.test";

    [Fact]
    public async Task TheDueDate_IsOnTheReadersClock_FromTheFirstSignedInPage()
    {
        var (assignmentId, dueAt) = await SeedAsync("Tokyo check-in");
        await using var context = await fixture.NewContextAsync(timezoneId: "Asia/Tokyo", locale: "en-GB");
        var page = await context.NewPageAsync();
        var csp = Session.RecordCspViolations(page);

        await Session.LogInAsync(page, Student, "/Learn");
        await page.GotoAsync($"/Learn/Assignments/{assignmentId}");
        var due = page.Locator("dd time").Nth(1);

        await Assertions.Expect(due).ToHaveAttributeAsync("data-zone", "Asia/Tokyo");
        await Assertions.Expect(due).ToContainTextAsync(Tokyo(dueAt));
        await Assertions.Expect(due).Not.ToContainTextAsync("UTC");
        Assert.Empty(csp);
    }

    [Fact]
    public async Task APageWrittenForAnotherZone_IsLocalisedInPlace()
    {
        var (assignmentId, dueAt) = await SeedAsync("Travelling check-in");
        await using var context = await fixture.NewContextAsync(timezoneId: "Asia/Tokyo", locale: "en-GB");
        var page = await context.NewPageAsync();
        await Session.LogInAsync(page, Student, "/Learn");
        // As if the reader had flown from London: the server still writes the old zone until this page's script runs.
        await context.AddCookiesAsync([new Cookie { Name = "irlearn-tz", Value = "Europe/London", Url = fixture.Server.BaseAddress.ToString() }]);

        await page.GotoAsync($"/Learn/Assignments/{assignmentId}");
        var due = page.Locator("dd time").Nth(1);

        await Assertions.Expect(due).ToHaveAttributeAsync("data-zone", "Asia/Tokyo");
        await Assertions.Expect(due).ToContainTextAsync(Tokyo(dueAt));
        var cookies = await context.CookiesAsync();
        Assert.Equal("Asia/Tokyo", cookies.Single(c => c.Name == "irlearn-tz").Value);
    }

    [Fact]
    public async Task WithoutJavaScript_TimesAreUtc_AndSaySo()
    {
        var (assignmentId, dueAt) = await SeedAsync("Scriptless check-in");
        await using var context = await fixture.NewContextAsync(javaScriptEnabled: false, timezoneId: "Asia/Tokyo", locale: "en-GB");
        var page = await context.NewPageAsync();
        await Session.LogInAsync(page, Student, "/Learn");
        await page.GotoAsync($"/Learn/Assignments/{assignmentId}");

        await Assertions.Expect(page.Locator("dd time").Nth(1)).ToContainTextAsync(dueAt.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture) + " UTC");
    }

    private static string Tokyo(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo")).ToString("HH:mm", CultureInfo.InvariantCulture);

    private async Task<(Guid AssignmentId, DateTimeOffset DueAt)> SeedAsync(string title)
    {
        var assignmentId = await QuizSeed.TimedQuizAsync(fixture.Server.Services, "KAZ2EURA", title);
        using var scope = fixture.Server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var classrooms = await db.Classrooms.AsNoTracking().ToListAsync();
        return (assignmentId, classrooms.SelectMany(c => c.Assignments).Single(a => a.Id == assignmentId).DueAt);
    }
}
