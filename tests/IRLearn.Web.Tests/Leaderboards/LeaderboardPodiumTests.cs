using static IRLearn.Web.Tests.Leaderboards.LeaderboardScenario;

namespace IRLearn.Web.Tests.Leaderboards;

/// <summary>The classroom board as a class sees it: a podium for the top three and the viewer's own standing.</summary>
public sealed partial class LeaderboardPodiumTests(IRLearnWebFactory factory) : IClassFixture<IRLearnWebFactory>
{
    private const string DanielEmail = "daniel.okafor@students.irlearn.test";
    private const string SofiaEmail = "sofia.martinez@students.irlearn.test";

    [Fact]
    public async Task Podium_HoldsTheTopThreeOfTheTable_AndTheStudentSeesHowFarBehindTheyAre()
    {
        var html = await BoardAfterAsync(DemoAccounts.Student, (DanielEmail, 2), (SofiaEmail, 2), (DemoAccounts.Student, 1));

        var table = Rows().Matches(html).Select(m => (Rank: int.Parse(m.Groups[1].Value), Name: Clean(m.Groups[2].Value), Points: m.Groups[3].Value)).ToList();
        var podium = Podium().Matches(html).Select(m => (Place: m.Groups[1].Value, Name: Clean(m.Groups[2].Value), Points: m.Groups[3].Value)).ToList();
        var top = table.Where(r => r.Rank <= 3 && decimal.Parse(r.Points) > 0).ToList();
        Assert.NotEmpty(top);
        Assert.Equal(top.Select(r => (Ordinal(r.Rank), r.Name, r.Points + " points")), podium);

        var mine = table.Single(r => r.Name.EndsWith("(you)", StringComparison.Ordinal));
        var position = Position().Match(html);
        Assert.True(position.Success, "the student's standing is shown above the table");
        Assert.Equal($"You are {Ordinal(mine.Rank)} of {table.Count}", position.Groups[1].Value);
        Assert.Contains($"with {mine.Points} points", position.Value, StringComparison.Ordinal);
        Assert.Contains("board-you", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Instructor_SeesThePodium_ButNoStandingOfTheirOwn()
    {
        var html = await BoardAfterAsync(DemoAccounts.Instructor, (DanielEmail, 2));

        Assert.Contains("data-testid=\"podium\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"your-position\"", html, StringComparison.Ordinal);
    }

    /// <summary>IR 101's board as <paramref name="viewer"/> sees it after a new quiz taken by each student with that many answers right.</summary>
    private async Task<string> BoardAfterAsync(string viewer, params (string Email, int Correct)[] takes)
    {
        var services = factory.Services;
        var classroomId = await ClassroomIdAsync(services, Ir101);
        var assignmentId = await AssignQuizAsync(services, classroomId, $"Podium quiz {Guid.NewGuid():N}");
        foreach (var (email, correct) in takes)
        {
            await TakeAsync(services, assignmentId, await UserIdAsync(services, email), correct);
        }

        using var session = BrowserSession.Create(factory);
        await session.LogInAsync(viewer);
        return await session.Client.GetStringAsync($"/Leaderboards/Classroom/{classroomId}", TestContext.Current.CancellationToken);
    }

    private static string Ordinal(int n) => n + (n % 100 is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });

    private static string Clean(string html) => System.Net.WebUtility.HtmlDecode(html).Trim();

    [GeneratedRegex("data-testid=\"board-row\">\\s*<td>(\\d+)</td>\\s*<td>([^<]*)</td>\\s*<td class=\"text-end\" data-testid=\"points\">([^<]*)</td>")]
    private static partial Regex Rows();

    [GeneratedRegex("<span class=\"podium-rank\">([^<]*)</span>\\s*<span class=\"podium-name\">([^<]*)</span>\\s*<span class=\"podium-points\">([^<]*)</span>")]
    private static partial Regex Podium();

    [GeneratedRegex("data-testid=\"your-position\">\\s*<strong>([^<]*)</strong>[^<]*")]
    private static partial Regex Position();
}
