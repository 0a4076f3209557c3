using IRLearn.Infrastructure.BackgroundWork;

namespace IRLearn.Web.Grading;

/// <summary>
/// Runs regrade jobs from the database, one at a time on this instance, each in its own DI scope (ADR 20). It claims
/// the oldest queued job (or one whose holder's lease expired: that instance crashed, and a regrade is idempotent, so
/// running it again is safe), writes progress into the job's row after every saved batch (which renews its lease), and
/// records the summary or the error there, where every instance reads it. It wakes when a job is queued on this
/// instance and otherwise polls every <c>Grading:RegradePollSeconds</c> (default 5) for jobs queued elsewhere or left
/// behind. On a graceful stop the running job goes back to the queue.
/// </summary>
public sealed partial class RegradeJobRunner(
    IServiceScopeFactory scopes,
    RegradeJobDoorbell doorbell,
    InstanceIdentity instance,
    IConfiguration configuration,
    ILogger<RegradeJobRunner> logger) : BackgroundService
{
    /// <summary>How long a holder may go without a progress report before another instance presumes it dead; far more than one batch takes.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Grading:RegradePollSeconds", 5)));
        while (!stoppingToken.IsCancellationRequested)
        {
            bool ranOne;
            try
            {
                ranOne = await RunNextAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database was unreachable while claiming; the next poll tries again.
                LogClaimFailed(logger, ex);
                ranOne = false;
            }

            if (!ranOne)
            {
                await doorbell.WaitAsync(poll, stoppingToken);
            }
        }
    }

    private async Task<bool> RunNextAsync(CancellationToken stoppingToken)
    {
        await using var jobScope = scopes.CreateAsyncScope();
        var store = jobScope.ServiceProvider.GetRequiredService<RegradeJobStore>();
        var job = await store.ClaimNextAsync(instance.Id, Lease, stoppingToken);
        if (job is null)
        {
            return false;
        }

        // Cancelled when this instance turns out to have lost the job to another (it stopped reporting for too long).
        using var lost = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        try
        {
            // The regrade's own scope: its unit of work is not the one that writes the job's row.
            await using var workScope = scopes.CreateAsyncScope();
            var regrader = workScope.ServiceProvider.GetRequiredService<QuestionRegrader>();
            var report = await regrader.RegradeAsync(job.QuestionId, job.RequestedBy, ReportAsync, lost.Token);
            if (!await store.CompleteAsync(job.Id, instance.Id, report, CancellationToken.None))
            {
                LogLost(logger, job.Id);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await store.ReleaseAsync(job.Id, instance.Id, CancellationToken.None);
        }
        catch (OperationCanceledException) when (lost.IsCancellationRequested)
        {
            LogLost(logger, job.Id);
        }
#pragma warning disable CA1031 // A failed job must be reported on its status page, never take the runner down.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogJobFailed(logger, ex, job.Id, job.QuestionId);
            await store.FailAsync(job.Id, instance.Id, RegradeJobStore.FailedMessage, CancellationToken.None);
        }

        return true;

        async Task ReportAsync(RegradeProgress progress, CancellationToken cancellationToken)
        {
            if (!await store.ReportProgressAsync(job.Id, instance.Id, progress, Lease, cancellationToken))
            {
                await lost.CancelAsync();
                lost.Token.ThrowIfCancellationRequested();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Regrade job {JobId} for question {QuestionId} failed")]
    private static partial void LogJobFailed(ILogger logger, Exception exception, Guid jobId, Guid questionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not look for queued regrade jobs; trying again at the next poll")]
    private static partial void LogClaimFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Regrade job {JobId} was taken over by another instance (this one stopped reporting for too long); leaving it to them")]
    private static partial void LogLost(ILogger logger, Guid jobId);
}
