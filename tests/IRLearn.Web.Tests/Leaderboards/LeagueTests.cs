using static IRLearn.Web.Tests.Leaderboards.LeaderboardScenario;

namespace IRLearn.Web.Tests.Leaderboards;

/// <summary>
/// Class against class. Each test gets its own app and database, because league standings sum
/// every first attempt in the classrooms and must be compared with exact hand-computed numbers.
/// </summary>
public sealed class LeagueTests
{
    [Fact]
    public async Task League_RanksByMeanPerEnrolledStudent_SoASmallerClassCanWin_AndDrawsEachAsABarAgainstTheLeader()
    {
        using var arena = await Arena.OpenAsync();
        var (factory, services, ir101, ir230, owner, rival) = arena;
        var (leagueId, code) = await CreateLeagueAsync(owner, "Eurasia Cup", minClassSize: 5);
        await JoinAsync(owner, code, ir101);
        await JoinAsync(rival, code.ToLowerInvariant(), ir230);

        // IR 101: 10 students, two take the quiz: 100 + 50 = 150 points → 15.00, 20 % participation.
        var quiz101 = await AssignQuizAsync(services, ir101);
        var students101 = await ActiveStudentIdsAsync(services, ir101);
        await TakeAsync(services, quiz101, students101[0], correct: 2);
        await TakeAsync(services, quiz101, students101[1], correct: 1);

        // IR 230: five students removed, leaving 5; one takes it: 100 points → 20.00, 20 % participation.
        // It has fewer points in total but the higher mean, so it ranks first.
        var quiz230 = await AssignQuizAsync(services, ir230);
        var students230 = await ActiveStudentIdsAsync(services, ir230);
        foreach (var removed in students230.Take(5))
        {
            await RemoveStudentAsync(services, ir230, removed);
        }

        await TakeAsync(services, quiz230, students230[5], correct: 2);
        await TakeAsync(services, quiz230, students230[0], correct: 2); // removed: counts nowhere

        var standings = await BoardJson.GetAsync(owner, $"/api/v1/leagues/{leagueId}/standings");

        Assert.Equal([(Ir230, 20.00m, 20.0m), (Ir101, 15.00m, 20.0m)], BoardJson.ClassRows(standings));
        Assert.Empty(standings.GetProperty("unranked").EnumerateArray());
        Assert.Equal(code, standings.GetProperty("joinCode").GetString());
        var rivalView = await BoardJson.GetAsync(rival, $"/api/v1/leagues/{leagueId}/standings");
        Assert.Equal(JsonValueKind.Null, rivalView.GetProperty("joinCode").ValueKind);

        // The page draws the race: the leader's bar full, IR 101's at 15 ÷ 20 of it; participation 20 % each.
        using var browser = BrowserSession.Create(factory);
        await browser.LogInAsync(DemoAccounts.Instructor);
        var html = await browser.Client.GetStringAsync($"/Leaderboards/League/{leagueId}");
        Assert.Equal(["100", "75"], Bars(html, "race-score"));
        Assert.Equal(["20", "20"], Bars(html, "race-participation"));
    }

    private static List<string> Bars(string html, string testId) =>
        [.. System.Text.RegularExpressions.Regex.Matches(html, $"width=\"([0-9.]+)\"[^>]*data-testid=\"{testId}\"").Select(m => m.Groups[1].Value)];

    [Fact]
    public async Task ClassesBelowTheMinimumSize_AreListedUnranked_WithTheReason()
    {
        using var arena = await Arena.OpenAsync();
        var (factory, services, ir101, ir230, owner, rival) = arena;
        var (leagueId, code) = await CreateLeagueAsync(owner, "Small classes", minClassSize: 10);
        await JoinAsync(owner, code, ir101);
        await JoinAsync(rival, code, ir230);
        // Remove anyone but the student who then opens the page: enrolments come back in no fixed order.
        var viewer = await UserIdAsync(services, DemoAccounts.OtherStudent);
        await RemoveStudentAsync(services, ir230, (await ActiveStudentIdsAsync(services, ir230)).First(id => id != viewer));

        using var browser = BrowserSession.Create(factory);
        await browser.LogInAsync(DemoAccounts.OtherStudent);
        var html = await browser.Client.GetStringAsync($"/Leaderboards/League/{leagueId}");
        var standings = await BoardJson.GetAsync(owner, $"/api/v1/leagues/{leagueId}/standings?window=week");

        Assert.Equal([(Ir101, 0m, 0m)], BoardJson.ClassRows(standings));
        Assert.Equal(HttpStatusCode.BadRequest, (await owner.GetAsync($"/api/v1/leagues/{leagueId}/standings?window=7")).StatusCode);
        var unranked = Assert.Single(standings.GetProperty("unranked").EnumerateArray());
        Assert.Equal("Needs at least 10 enrolled students to be ranked (has 9).", unranked.GetProperty("unrankedReason").GetString());
        Assert.Contains("Needs at least 10 enrolled students to be ranked (has 9).", html, StringComparison.Ordinal);
        Assert.Contains("Class score = total points of enrolled students ÷ enrolled students", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutsidersOfALeague_Get404_UntilTheirClassroomJoins()
    {
        using var arena = await Arena.OpenAsync();
        var (factory, _, ir101, ir230, owner, rival) = arena;
        using var rivalStudent = BrowserSession.Create(factory);
        await rivalStudent.LogInAsync(DemoAccounts.OtherStudent);
        var (leagueId, code) = await CreateLeagueAsync(owner, "Closed", minClassSize: 5);
        await JoinAsync(owner, code, ir101);

        Assert.Equal(HttpStatusCode.NotFound, (await rival.GetAsync($"/api/v1/leagues/{leagueId}/standings")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await rivalStudent.Client.GetAsync($"/Leaderboards/League/{leagueId}")).StatusCode);

        // Joining someone else's classroom is refused, and a malformed code is a field error.
        Assert.Equal(HttpStatusCode.NotFound, (await rival.PostAsJsonAsync("/api/v1/leagues/join", new { code, classroomId = ir101 })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await rival.PostAsJsonAsync("/api/v1/leagues/join", new { code = "nope", classroomId = ir230 })).StatusCode);
        using var student = await ApiClient.SignedInAsync(factory, DemoAccounts.Student);
        Assert.Equal(HttpStatusCode.Forbidden, (await student.PostAsJsonAsync("/api/v1/leagues", new { name = "Mine", minClassSize = 5 })).StatusCode);

        await JoinAsync(rival, code, ir230);

        Assert.Equal(HttpStatusCode.OK, (await rival.GetAsync($"/api/v1/leagues/{leagueId}/standings")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await rivalStudent.Client.GetAsync($"/Leaderboards/League/{leagueId}")).StatusCode);
    }

    [Fact]
    public async Task InstructorCreatesAndJoinsThroughThePages()
    {
        using var factory = new IRLearnWebFactory();
        var ir230 = await ClassroomIdAsync(factory.Services, Ir230);
        using var owner = BrowserSession.Create(factory);
        await owner.LogInAsync(DemoAccounts.Instructor);
        var created = await owner.PostFormAsync(
            "/Leaderboards/Leagues?handler=Create",
            new Dictionary<string, string> { ["Create.Name"] = "Page league", ["Create.MinClassSize"] = "3", ["Create.TermStartsOn"] = "2026-09-01" },
            tokenFrom: "/Leaderboards/Leagues");
        var leaguePage = await owner.Client.GetStringAsync(created.Headers.Location!.ToString());
        var code = System.Text.RegularExpressions.Regex.Match(leaguePage, "data-testid=\"league-code\">([A-Z0-9]{8})<").Groups[1].Value;

        using var rival = BrowserSession.Create(factory);
        await rival.LogInAsync(DemoAccounts.OtherInstructor);
        var joined = await rival.PostFormAsync(
            "/Leaderboards/Leagues?handler=Join",
            new Dictionary<string, string> { ["Join.Code"] = code, ["Join.ClassroomId"] = ir230.ToString() },
            tokenFrom: "/Leaderboards/Leagues");
        var wrongCode = await rival.PostFormAsync(
            "/Leaderboards/Leagues?handler=Join",
            new Dictionary<string, string> { ["Join.Code"] = "ZZZZZZZZ", ["Join.ClassroomId"] = ir230.ToString() },
            tokenFrom: "/Leaderboards/Leagues");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("This term started 1 Sep 2026.", leaguePage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        Assert.Equal(created.Headers.Location, joined.Headers.Location);
        Assert.Contains("No league has that code", await wrongCode.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(Ir230, await rival.Client.GetStringAsync(joined.Headers.Location!.ToString()), StringComparison.Ordinal);
    }

    /// <summary>A fresh app with both demo instructors signed in to the API and both demo classrooms' ids.</summary>
    private sealed record Arena(IRLearnWebFactory Factory, IServiceProvider Services, Guid Ir101Id, Guid Ir230Id, HttpClient Owner, HttpClient Rival) : IDisposable
    {
        public static async Task<Arena> OpenAsync()
        {
            var factory = new IRLearnWebFactory();
            var services = factory.Services;
            return new Arena(
                factory,
                services,
                await ClassroomIdAsync(services, Ir101),
                await ClassroomIdAsync(services, Ir230),
                await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor),
                await ApiClient.SignedInAsync(factory, DemoAccounts.OtherInstructor));
        }

        public void Dispose()
        {
            Owner.Dispose();
            Rival.Dispose();
            Factory.Dispose();
        }
    }

    private static async Task<(Guid Id, string Code)> CreateLeagueAsync(HttpClient client, string name, int minClassSize)
    {
        var response = await client.PostAsJsonAsync("/api/v1/leagues", new { name, minClassSize });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (body.RootElement.GetProperty("id").GetGuid(), body.RootElement.GetProperty("joinCode").GetString()!);
    }

    private static async Task JoinAsync(HttpClient client, string code, Guid classroomId)
    {
        var response = await client.PostAsJsonAsync("/api/v1/leagues/join", new { code, classroomId });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}
