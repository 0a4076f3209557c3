using static IRLearn.Web.Tests.Leaderboards.LeaderboardScenario;

namespace IRLearn.Web.Tests.Leaderboards;

/// <summary>The live channel: members are told when a first attempt is graded; outsiders cannot listen in.</summary>
public sealed class LeaderboardHubTests(IRLearnWebFactory factory) : IClassFixture<IRLearnWebFactory>
{
    [Fact]
    public async Task Member_IsToldWhenAFirstAttemptInTheClassIsGraded()
    {
        var services = factory.Services;
        var classroomId = await ClassroomIdAsync(services, Ir101);
        var assignmentId = await AssignQuizAsync(services, classroomId, "Live");
        var daniel = await UserIdAsync(services, "daniel.okafor@students.irlearn.test");
        using var browser = BrowserSession.Create(factory);
        await browser.LogInAsync(DemoAccounts.Student);
        var hub = await RawHubClient.ConnectAsync(browser.Client);

        Assert.Null(await hub.InvokeAsync("JoinClassroom", classroomId));
        await TakeAsync(services, assignmentId, daniel, correct: 1);

        Assert.NotNull(await hub.WaitForAsync("boardChanged", TimeSpan.FromSeconds(20)));
    }

    [Fact]
    public async Task LeagueMember_IsToldWhenAnotherClassroomOfTheLeagueIsGraded_ButNotForARetake()
    {
        var services = factory.Services;
        var ir101 = await ClassroomIdAsync(services, Ir101);
        var ir230 = await ClassroomIdAsync(services, Ir230);
        var assignmentId = await AssignQuizAsync(services, ir101, "League live");
        var daniel = await UserIdAsync(services, "daniel.okafor@students.irlearn.test");
        await TakeAsync(services, assignmentId, daniel, correct: 0);
        using var owner = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        using var rival = await ApiClient.SignedInAsync(factory, DemoAccounts.OtherInstructor);
        var created = await owner.PostAsJsonAsync("/api/v1/leagues", new { name = "Live league", minClassSize = 5 });
        using var league = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var code = league.RootElement.GetProperty("joinCode").GetString();
        (await owner.PostAsJsonAsync("/api/v1/leagues/join", new { code, classroomId = ir101 })).EnsureSuccessStatusCode();
        (await rival.PostAsJsonAsync("/api/v1/leagues/join", new { code, classroomId = ir230 })).EnsureSuccessStatusCode();
        using var browser = BrowserSession.Create(factory);
        await browser.LogInAsync(DemoAccounts.OtherStudent);
        var hub = await RawHubClient.ConnectAsync(browser.Client);

        Assert.Null(await hub.InvokeAsync("JoinLeague", league.RootElement.GetProperty("id").GetGuid()));
        await TakeAsync(services, assignmentId, daniel, correct: 2); // Daniel's retake scores nothing
        Assert.Null(await hub.WaitForAsync("boardChanged", TimeSpan.FromSeconds(3)));
        await TakeAsync(services, assignmentId, await UserIdAsync(services, DemoAccounts.Student), correct: 1);

        Assert.NotNull(await hub.WaitForAsync("boardChanged", TimeSpan.FromSeconds(20)));
    }

    [Theory]
    [InlineData(DemoAccounts.OtherStudent)]
    [InlineData(DemoAccounts.OtherInstructor)]
    public async Task Outsider_CannotJoinTheClassroomGroup_AndHearsNothing(string outsider)
    {
        var services = factory.Services;
        var classroomId = await ClassroomIdAsync(services, Ir101);
        var assignmentId = await AssignQuizAsync(services, classroomId, "Eavesdropping");
        var daniel = await UserIdAsync(services, "daniel.okafor@students.irlearn.test");
        using var browser = BrowserSession.Create(factory);
        await browser.LogInAsync(outsider);
        var hub = await RawHubClient.ConnectAsync(browser.Client);

        // SignalR prefixes a HubException's message with "An unexpected error occurred invoking …".
        Assert.EndsWith("Not found.", await hub.InvokeAsync("JoinClassroom", classroomId), StringComparison.Ordinal);
        Assert.EndsWith("Not found.", await hub.InvokeAsync("JoinLeague", Guid.NewGuid()), StringComparison.Ordinal);
        await TakeAsync(services, assignmentId, daniel, correct: 2);

        Assert.Null(await hub.WaitForAsync("boardChanged", TimeSpan.FromSeconds(3)));
    }

    [Fact]
    public async Task AnonymousVisitor_CannotNegotiate()
    {
        using var browser = BrowserSession.Create(factory);

        var response = await browser.Client.PostAsync("/hubs/leaderboards/negotiate?negotiateVersion=1", content: null);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
