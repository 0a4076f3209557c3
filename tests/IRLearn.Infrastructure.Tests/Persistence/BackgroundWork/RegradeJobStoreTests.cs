using IRLearn.Application.Grading.Common;
using IRLearn.Infrastructure.BackgroundWork;
using IRLearn.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace IRLearn.Infrastructure.Tests.Persistence.BackgroundWork;

/// <summary>
/// Regrade jobs kept in a real database (ADR 20): each "instance" is a store over its own context, so what one writes
/// another reads only through the database, as after a restart or on another server. One clock, moved by the tests.
/// </summary>
public sealed class RegradeJobStoreTests : FreshDatabaseTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private static readonly Guid QuestionId = Guid.NewGuid();
    private static readonly Guid AttemptId = Guid.NewGuid();

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 5, 3, 0, 0, TimeSpan.Zero));
    private readonly List<ApplicationDbContext> _contexts = [];

    public override async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }

        await base.DisposeAsync();
    }

    [Fact]
    public async Task AQueuedJob_ItsProgress_AndItsSummary_AreSeenByAnotherInstance()
    {
        var queued = await Store().EnqueueAsync(QuestionId, "instructor-1", 40, CancellationToken.None);
        var runner = Store();
        var claimed = await runner.ClaimNextAsync("a", Lease, CancellationToken.None);
        Assert.Equal(queued.Id, claimed?.Id);

        Assert.True(await runner.ReportProgressAsync(queued.Id, "a", new RegradeProgress(25, 40), Lease, CancellationToken.None));
        var running = await Store().FindAsync(queued.Id, CancellationToken.None);
        Assert.Equal((RegradeJobState.Running, 25, 40, 62), (running!.State, running.Done, running.Total, running.PercentDone));

        Assert.True(await runner.CompleteAsync(queued.Id, "a", Report(), CancellationToken.None));
        var done = await Store().FindAsync(queued.Id, CancellationToken.None);
        Assert.Equal((RegradeJobState.Completed, 40, 40, "instructor-1", queued.QueuedAt), (done!.State, done.Done, done.Total, done.RequestedBy, done.QueuedAt));
        Assert.Equivalent(Report(), done.Report, strict: true);
        Assert.Null(done.Error);
    }

    [Fact]
    public async Task TwoInstancesClaimingAtOnce_OnlyOneGetsTheJob()
    {
        var queued = await Store().EnqueueAsync(QuestionId, "instructor-1", 3, CancellationToken.None);
        var a = Store();
        var b = Store();

        var claims = await Task.WhenAll(
            Task.Run(() => a.ClaimNextAsync("a", Lease, CancellationToken.None)),
            Task.Run(() => b.ClaimNextAsync("b", Lease, CancellationToken.None)));

        var winner = Assert.Single(claims, c => c is not null)!;
        Assert.Equal(queued.Id, winner.Id);
        var stored = await StoredAsync(queued.Id);
        Assert.Equal((RegradeJobState.Running, winner.Holder, 1), (stored.State, stored.Holder, stored.Runs));
        Assert.Null(await Store().ClaimNextAsync("c", Lease, CancellationToken.None));
    }

    [Fact]
    public async Task JobsAreClaimedOldestFirst()
    {
        var first = await Store().EnqueueAsync(QuestionId, "instructor-1", 1, CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var second = await Store().EnqueueAsync(Guid.NewGuid(), "instructor-2", 1, CancellationToken.None);

        Assert.Equal(first.Id, (await Store().ClaimNextAsync("a", Lease, CancellationToken.None))?.Id);
        Assert.Equal(second.Id, (await Store().ClaimNextAsync("b", Lease, CancellationToken.None))?.Id);
    }

    [Fact]
    public async Task AJobWhoseHolderCrashed_IsRunAgainOnceItsLeaseExpires_AndTheOldHolderCanNoLongerWriteIt()
    {
        var queued = await Store().EnqueueAsync(QuestionId, "instructor-1", 40, CancellationToken.None);
        var a = Store();
        Assert.NotNull(await a.ClaimNextAsync("a", Lease, CancellationToken.None));
        Assert.True(await a.ReportProgressAsync(queued.Id, "a", new RegradeProgress(25, 40), Lease, CancellationToken.None));

        // A reported last at 03:00 and then went silent; its lease runs until 03:02.
        var b = Store();
        _clock.Advance(Lease - TimeSpan.FromTicks(1));
        Assert.Null(await b.ClaimNextAsync("b", Lease, CancellationToken.None));
        _clock.Advance(TimeSpan.FromTicks(1));
        var retaken = await b.ClaimNextAsync("b", Lease, CancellationToken.None);
        Assert.Equal((queued.Id, "b", 2), (retaken?.Id, retaken?.Holder, retaken?.Runs));

        // A was only paused: what it writes now is refused, so B's run is the one the status shows.
        Assert.False(await a.ReportProgressAsync(queued.Id, "a", new RegradeProgress(40, 40), Lease, CancellationToken.None));
        Assert.False(await a.CompleteAsync(queued.Id, "a", Report(attempts: 99), CancellationToken.None));
        Assert.False(await a.FailAsync(queued.Id, "a", "boom", CancellationToken.None));
        Assert.True(await b.CompleteAsync(queued.Id, "b", Report(), CancellationToken.None));
        var done = await Store().FindAsync(queued.Id, CancellationToken.None);
        Assert.Equal((RegradeJobState.Completed, 40), (done!.State, done.Report!.AttemptsConsidered));
    }

    [Fact]
    public async Task AJobWhoseHoldersKeepVanishing_FailsWithAClearMessage_InsteadOfStartingAgain()
    {
        var queued = await Store().EnqueueAsync(QuestionId, "instructor-1", 40, CancellationToken.None);
        for (var run = 1; run <= RegradeJobStore.MaxRuns; run++)
        {
            Assert.NotNull(await Store().ClaimNextAsync($"instance-{run}", Lease, CancellationToken.None));
            _clock.Advance(Lease);
        }

        Assert.Null(await Store().ClaimNextAsync("last", Lease, CancellationToken.None));

        var failed = await Store().FindAsync(queued.Id, CancellationToken.None);
        Assert.Equal((RegradeJobState.Failed, RegradeJobStore.Interrupted), (failed!.State, failed.Error));
        Assert.True(failed.IsFinished);
    }

    [Fact]
    public async Task AJobReleasedByAStoppingServer_IsQueuedAgain_WithoutCountingTheRun()
    {
        var queued = await Store().EnqueueAsync(QuestionId, "instructor-1", 40, CancellationToken.None);
        var a = Store();
        Assert.NotNull(await a.ClaimNextAsync("a", Lease, CancellationToken.None));

        Assert.True(await a.ReleaseAsync(queued.Id, "a", CancellationToken.None));

        Assert.Equal((RegradeJobState.Queued, null, 0), await StateAsync(queued.Id));
        var again = await Store().ClaimNextAsync("b", Lease, CancellationToken.None);
        Assert.Equal((queued.Id, 1), (again?.Id, again?.Runs));
    }

    [Fact]
    public async Task AFailedJob_KeepsItsErrorForTheStatusPage_AndIsNotClaimedAgain()
    {
        var queued = await Store().EnqueueAsync(QuestionId, "instructor-1", 40, CancellationToken.None);
        var a = Store();
        Assert.NotNull(await a.ClaimNextAsync("a", Lease, CancellationToken.None));

        Assert.True(await a.FailAsync(queued.Id, "a", RegradeJobStore.FailedMessage, CancellationToken.None));

        _clock.Advance(Lease);
        Assert.Null(await Store().ClaimNextAsync("b", Lease, CancellationToken.None));
        var failed = await Store().FindAsync(queued.Id, CancellationToken.None);
        Assert.Equal((RegradeJobState.Failed, RegradeJobStore.FailedMessage), (failed!.State, failed.Error));
    }

    [Fact]
    public async Task FindingAJobThatDoesNotExist_GivesNull()
    {
        Assert.Null(await Store().FindAsync(Guid.NewGuid(), CancellationToken.None));
    }

    private static RegradeReportDto Report(int attempts = 40) => new(
        QuestionId,
        KeyVersionNumber: 2,
        AttemptsConsidered: attempts,
        AttemptsRegraded: attempts - 1,
        AttemptsSkippedIncompatible: 1,
        [new RegradedAttemptDto(AttemptId, "student-1", "Amira Haddad", 4.5m, 5.5m, 7m)]);

    /// <summary>A store over a context of its own: another instance, or this one after a restart.</summary>
    private RegradeJobStore Store()
    {
        var context = Database.NewContext();
        _contexts.Add(context);
        return new RegradeJobStore(context, _clock, new RegradeJobDoorbell());
    }

    private async Task<RegradeJob> StoredAsync(Guid id)
    {
        await using var read = Database.NewContext();
        return await read.RegradeJobs.AsNoTracking().SingleAsync(j => j.Id == id);
    }

    private async Task<(RegradeJobState State, string? Holder, int Runs)> StateAsync(Guid id)
    {
        var job = await StoredAsync(id);
        return (job.State, job.Holder, job.Runs);
    }
}
