using IRLearn.Application.Grading.Common;
using IRLearn.Domain.Grading;
using IRLearn.Infrastructure.BackgroundWork;

namespace IRLearn.Web.Tests.Grading;

/// <summary>
/// Regrade jobs live in the database (ADR 20), so a server started later over the same database (a restart, or another
/// instance) sees what an earlier one did, and runs what a crashed one left unfinished. Each "server" is a host of its
/// own (<c>WithWebHostBuilder</c>) with its own memory, over the fixture's database.
/// </summary>
public sealed class RegradeJobsAcrossRestartsTests(RegradeJobsAcrossRestartsTests.RarelyPolling factory)
    : IClassFixture<RegradeJobsAcrossRestartsTests.RarelyPolling>
{
    private const string Daniel = "daniel.okafor@students.irlearn.test";
    private const string Sofia = "sofia.martinez@students.irlearn.test";

    [Fact]
    public async Task AFinishedJob_AndItsSummary_AreSeenByAServerStartedAfterwards()
    {
        var (_, questionId) = await KeyFixedAsync();
        Guid jobId;
        string summaryOnFirst;
        using (var first = factory.WithWebHostBuilder(_ => { }))
        {
            using var api = await ApiClient.SignedInAsync(first, DemoAccounts.Instructor);
            var started = await api.PostAsync($"/api/v1/grading/questions/{questionId}/regrade", null);
            Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
            jobId = (await GradingJson.ReadAsync(started)).GetProperty("id").GetGuid();
            var finished = await GradingJson.WaitForRegradeJobAsync(api, jobId);
            Assert.Equal(nameof(RegradeJobState.Completed), GradingJson.Enum<RegradeJobState>(finished.GetProperty("state")));
            summaryOnFirst = finished.GetRawText();
        }

        // The first server is gone, and with it everything it kept in memory.
        using var restarted = factory.WithWebHostBuilder(_ => { });
        using var again = await ApiClient.SignedInAsync(restarted, DemoAccounts.Instructor);
        var seen = await GradingJson.ReadAsync(await again.GetAsync($"/api/v1/grading/regrade-jobs/{jobId}"));

        Assert.Equal(summaryOnFirst, seen.GetRawText());
        var report = seen.GetProperty("report");
        Assert.Equal((2, 2), (report.GetProperty("attemptsRegraded").GetInt32(), report.GetProperty("changed").GetArrayLength()));
        Assert.Equal((2, 2), (seen.GetProperty("done").GetInt32(), seen.GetProperty("total").GetInt32()));

        // Still the instructor's own: another instructor is told there is no such job.
        using var other = await ApiClient.SignedInAsync(restarted, DemoAccounts.OtherInstructor);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/grading/regrade-jobs/{jobId}")).StatusCode);
    }

    [Fact]
    public async Task AJobLeftRunningByACrashedServer_IsRunToTheEndByTheNextServerToStart()
    {
        var (scenario, questionId) = await KeyFixedAsync();
        var instructorId = await LearnSeed.UserIdAsync(factory, DemoAccounts.Instructor);
        Guid jobId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            // What a server that crashed mid-run leaves behind: the job claimed by it, its lease run out. Written by a
            // store with a doorbell of its own, so no runner in this process is woken to take it.
            var store = new RegradeJobStore(scope.ServiceProvider.GetRequiredService<ApplicationDbContext>(), TimeProvider.System, new RegradeJobDoorbell());
            jobId = (await store.EnqueueAsync(questionId, instructorId, 2, CancellationToken.None)).Id;
            Assert.Equal(jobId, (await store.ClaimNextAsync("a-server-that-crashed", TimeSpan.Zero, CancellationToken.None))?.Id);
        }

        using var next = factory.WithWebHostBuilder(_ => { });
        using var api = await ApiClient.SignedInAsync(next, DemoAccounts.Instructor);
        var finished = await GradingJson.WaitForRegradeJobAsync(api, jobId);

        Assert.Equal(nameof(RegradeJobState.Completed), GradingJson.Enum<RegradeJobState>(finished.GetProperty("state")));
        Assert.Equal(2, finished.GetProperty("report").GetProperty("changed").GetArrayLength());
        var daniel = await scenario.LoadAttemptAsync(factory, Daniel);
        Assert.Equal((GradeChangeKind.Regrade, 6m), (Assert.Single(daniel.GradeChanges).Kind, daniel.FinalScore));
        var stored = await LearnSeed.ReadAsync(factory, db => db.RegradeJobs.AsNoTracking().SingleAsync(j => j.Id == jobId));
        Assert.Equal((2, null), (stored.Runs, stored.Holder));
    }

    private async Task<(GradingScenario Scenario, Guid QuestionId)> KeyFixedAsync()
    {
        var scenario = await GradingScenario.CreateAsync(factory, [new(Daniel, Correct: true), new(Sofia, Correct: false)]);
        var questionId = scenario.Questions[QuestionType.MultipleChoice].Id;
        await GradingScenario.FixKeyAsync(factory, questionId);
        return (scenario, questionId);
    }

    /// <summary>
    /// Runners that look for jobs only when they start (and when a job is queued in their own process), so a job
    /// written behind their backs is run by the next server to start, not by one already running.
    /// </summary>
    public sealed class RarelyPolling : IRLearnWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Grading:RegradePollSeconds", "3600");
        }
    }
}
