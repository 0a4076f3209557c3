using System.Net;
using IRLearn.Web.Tests.Infrastructure;
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
