using IRLearn.Application.Grading.Common;
using IRLearn.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IRLearn.Infrastructure.BackgroundWork;

/// <summary>
/// Regrade jobs in the database (ADR 20). The use cases queue and read them (<see cref="IRegradeJobs"/>); the runner
/// of every instance claims queued ones, reports progress into the row and finishes them. Each step after queueing is
/// one conditional UPDATE: a claim succeeds only while the job is still queued (or its holder's lease has expired), and
/// the holder's later writes only while it still holds the job, so of two instances exactly one runs it, and a holder
/// presumed dead that comes back cannot overwrite what its successor wrote.
/// </summary>
public sealed class RegradeJobStore(ApplicationDbContext db, TimeProvider clock, RegradeJobDoorbell doorbell) : IRegradeJobs
{
    /// <summary>Runs a job may start; one whose holders vanished this often (a crash it causes?) fails instead of starting again.</summary>
    public const int MaxRuns = 3;

    public const string Interrupted =
        "The regrade was interrupted (the server running it stopped) too many times, so it was not started again. Attempts it reached are regraded; start it again to finish the rest.";

    public const string FailedMessage = "The regrade failed; the attempts it had not reached are unchanged. Try again.";

    public async Task<RegradeJobDto> EnqueueAsync(Guid questionId, string requestedBy, int total, CancellationToken cancellationToken)
    {
        var job = new RegradeJob(questionId, requestedBy, total, clock.GetUtcNow());
        db.Add(job);
        await db.SaveChangesAsync(cancellationToken);
        doorbell.Ring();
        return job.ToDto();
    }

    public async Task<RegradeJobDto?> FindAsync(Guid jobId, CancellationToken cancellationToken) =>
        (await db.RegradeJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == jobId, cancellationToken))?.ToDto();

    /// <summary>
    /// Takes the oldest job that is queued, or running under a lease that expired (its holder crashed; a regrade is
    /// idempotent, so running it again is safe), for <paramref name="holder"/> until <paramref name="lease"/> from now.
    /// Null when there is none, or when other instances took every candidate first.
    /// </summary>
    public async Task<RegradeJob?> ClaimNextAsync(string holder, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var candidates = await Claimable(db.RegradeJobs.AsNoTracking(), now)
            .OrderBy(j => j.QueuedAt)
            .Select(j => new { j.Id, j.Runs })
            .Take(10)
            .ToListAsync(cancellationToken);

        foreach (var candidate in candidates)
        {
            var job = Claimable(db.RegradeJobs.Where(j => j.Id == candidate.Id), now);
            if (candidate.Runs >= MaxRuns)
            {
                await job.ExecuteUpdateAsync(
                    set => set.SetProperty(j => j.State, RegradeJobState.Failed)
                        .SetProperty(j => j.Error, Interrupted)
                        .SetProperty(j => j.FinishedAt, now)
                        .SetProperty(j => j.Holder, (string?)null)
                        .SetProperty(j => j.LeaseExpiresAt, (DateTimeOffset?)null),
                    cancellationToken);
                continue;
            }

            var claimed = await job.ExecuteUpdateAsync(
                set => set.SetProperty(j => j.State, RegradeJobState.Running)
                    .SetProperty(j => j.Holder, holder)
                    .SetProperty(j => j.LeaseExpiresAt, now + lease)
                    .SetProperty(j => j.StartedAt, now)
                    .SetProperty(j => j.Runs, j => j.Runs + 1),
                cancellationToken);
            if (claimed == 1)
            {
                return await db.RegradeJobs.AsNoTracking().FirstAsync(j => j.Id == candidate.Id, cancellationToken);
            }
        }

        return null;
    }

    /// <summary>Writes how far the job has come and renews the holder's lease; false when <paramref name="holder"/> no longer holds it.</summary>
    public async Task<bool> ReportProgressAsync(Guid jobId, string holder, RegradeProgress progress, TimeSpan lease, CancellationToken cancellationToken)
    {
        var until = clock.GetUtcNow() + lease;
        return await HeldBy(jobId, holder).ExecuteUpdateAsync(
            set => set.SetProperty(j => j.Done, progress.Done)
                .SetProperty(j => j.Total, progress.Total)
                .SetProperty(j => j.LeaseExpiresAt, until),
            cancellationToken) == 1;
    }

    /// <summary>Records the summary; false (and nothing written) when <paramref name="holder"/> no longer holds the job.</summary>
    public async Task<bool> CompleteAsync(Guid jobId, string holder, RegradeReportDto report, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await HeldBy(jobId, holder).ExecuteUpdateAsync(
            set => set.SetProperty(j => j.State, RegradeJobState.Completed)
                .SetProperty(j => j.Done, report.AttemptsConsidered)
                .SetProperty(j => j.Total, report.AttemptsConsidered)
                .SetProperty(j => j.Report, report)
                .SetProperty(j => j.FinishedAt, now)
                .SetProperty(j => j.Holder, (string?)null)
                .SetProperty(j => j.LeaseExpiresAt, (DateTimeOffset?)null),
            cancellationToken) == 1;
    }

    public async Task<bool> FailAsync(Guid jobId, string holder, string error, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await HeldBy(jobId, holder).ExecuteUpdateAsync(
            set => set.SetProperty(j => j.State, RegradeJobState.Failed)
                .SetProperty(j => j.Error, error)
                .SetProperty(j => j.FinishedAt, now)
                .SetProperty(j => j.Holder, (string?)null)
                .SetProperty(j => j.LeaseExpiresAt, (DateTimeOffset?)null),
            cancellationToken) == 1;
    }

    /// <summary>
    /// Puts a job this instance is running back in the queue (the server is stopping), for another instance or this
    /// one after its restart; a stop is not a crash, so the run is not counted against <see cref="MaxRuns"/>.
    /// </summary>
    public async Task<bool> ReleaseAsync(Guid jobId, string holder, CancellationToken cancellationToken) =>
        await HeldBy(jobId, holder).ExecuteUpdateAsync(
            set => set.SetProperty(j => j.State, RegradeJobState.Queued)
                .SetProperty(j => j.Holder, (string?)null)
                .SetProperty(j => j.LeaseExpiresAt, (DateTimeOffset?)null)
                .SetProperty(j => j.Runs, j => j.Runs - 1),
            cancellationToken) == 1;

    private static IQueryable<RegradeJob> Claimable(IQueryable<RegradeJob> jobs, DateTimeOffset now) =>
        jobs.Where(j => j.State == RegradeJobState.Queued || (j.State == RegradeJobState.Running && j.LeaseExpiresAt <= now));

    private IQueryable<RegradeJob> HeldBy(Guid jobId, string holder) =>
        db.RegradeJobs.Where(j => j.Id == jobId && j.State == RegradeJobState.Running && j.Holder == holder);
}
