using System.Globalization;
using IRLearn.Web.Infrastructure;
using IRLearn.Web.Tests.Teach;

namespace IRLearn.Web.Tests.Shell;

/// <summary>
/// Pages write instants on the reader's clock once the irlearn-tz cookie names the zone (UTC, said out loud, until
/// then), and a quiz's availability typed into the builder is read on the instructor's clock (ADR 17).
/// </summary>
public sealed class ReaderTimePagesTests(LearnWebFactory factory) : IClassFixture<LearnWebFactory>
{
    private static readonly TimeZoneInfo Tokyo = ReaderTime.ZoneOf("Asia/Tokyo");

    [Fact]
    public async Task AssignmentPage_ShowsTheDueTime_OnTheReadersClock_OrInUtcUntilTheZoneIsKnown()
    {
        var seeded = await LearnSeed.QuizAsync(factory, LearnSeed.Settings());
        var dueAt = await LearnSeed.ReadAsync(factory, async db => (await db.Classrooms.AsNoTracking().SingleAsync(c => c.Id == seeded.ClassroomId)).Assignments.Single(a => a.Id == seeded.AssignmentId).DueAt);
        using var session = BrowserSession.Create(factory);
        await session.LogInAsync(DemoAccounts.Student);
        var path = $"/Learn/Assignments/{seeded.AssignmentId}";

        var utc = Due(await session.Client.GetStringAsync(path, TestContext.Current.CancellationToken));
        session.Client.DefaultRequestHeaders.Add("Cookie", $"{ReaderTime.CookieName}=Asia/Tokyo");
        var tokyo = Due(await session.Client.GetStringAsync(path, TestContext.Current.CancellationToken));

        Assert.Contains(dueAt.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture) + " UTC", utc, StringComparison.Ordinal);
        Assert.Contains(TimeZoneInfo.ConvertTime(dueAt, Tokyo).ToString("HH:mm", CultureInfo.InvariantCulture), tokyo, StringComparison.Ordinal);
        Assert.DoesNotContain("UTC", tokyo.Split('>')[1], StringComparison.Ordinal);
        Assert.Contains($"datetime=\"{dueAt.UtcDateTime:yyyy-MM-ddTHH:mm:ss}Z\"", tokyo, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHostileZoneCookieAndLanguageHeader_AreUtcInBritishEnglish_AndNeverReachThePage()
    {
        var seeded = await LearnSeed.QuizAsync(factory, LearnSeed.Settings());
        using var session = BrowserSession.Create(factory);
        await session.LogInAsync(DemoAccounts.Student);
        session.Client.DefaultRequestHeaders.Add("Cookie", $"{ReaderTime.CookieName}=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        session.Client.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Language", "<script>alert(2)</script>;q=x, ,,;;");

        var response = await session.Client.GetAsync($"/Learn/Assignments/{seeded.AssignmentId}", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(" UTC</time>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("alert(1)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("alert(2)", html, StringComparison.Ordinal);
        Assert.Contains("data-culture=\"en-GB\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuizAvailability_TypedInTheBuilder_IsReadOnTheInstructorsClock_AndShownBackTheSame()
    {
        var seeded = await LearnSeed.QuizAsync(factory, LearnSeed.Settings());
        using var session = await TeachData.SignedInAsync(factory, DemoAccounts.Instructor);
        session.Client.DefaultRequestHeaders.Add("Cookie", $"{ReaderTime.CookieName}=Asia/Tokyo");
        var builder = $"/Teach/Quizzes/Edit/{seeded.QuizId}";

        var saved = await TeachData.PostFormAsync(session, $"{builder}?handler=Settings",
        [
            new("Settings.Title", "Kazakhstan basics"),
            new("Settings.AvailableFrom", "2026-12-10T17:00"),
            new("Settings.FeedbackPolicy", "AfterSubmission"),
            new("Settings.PassingScorePercent", "50"),
            new("Settings.GradingMethod", "Highest"),
        ], builder);
        var stored = await LearnSeed.ReadAsync(factory, async db => (await db.Quizzes.AsNoTracking().SingleAsync(q => q.Id == seeded.QuizId)).Settings.AvailableFrom);
        var html = await session.Client.GetStringAsync(builder, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(new DateTimeOffset(2026, 12, 10, 8, 0, 0, TimeSpan.Zero), stored);
        Assert.Contains("value=\"2026-12-10T17:00", html, StringComparison.Ordinal);
        Assert.Contains("Available from (your time, Asia/Tokyo, optional)", html, StringComparison.Ordinal);
    }

    // The <time> element of the "Due" row.
    private static string Due(string html) => "<time" + html.Split(">Due<")[1].Split("<time")[1].Split("</time>")[0];
}
