using System.Collections.Concurrent;
using System.Threading.Channels;
using IRLearn.Application.Grading.Common;

namespace IRLearn.Web.Grading;

/// <summary>
/// Runs regrade jobs one at a time in the background, each in its own DI scope, and keeps their
/// progress in memory for the status page. Jobs are not persisted: after a restart the page says
/// the job is unknown and the instructor starts it again, which is safe because a regrade is
/// idempotent (regrading against the same key changes nothing the second time).
/// </summary>
public sealed partial class RegradeJobRunner(IServiceScopeFactory scopes, TimeProvider clock, ILogger<RegradeJobRunner> logger)
    : BackgroundService, IRegradeJobs
{
    private static readonly TimeSpan KeepFinishedJobs = TimeSpan.FromDays(1);

    private readonly Channel<Guid> _queue = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<Guid, RegradeJobDto> _jobs = new();

    public RegradeJobDto Enqueue(Guid questionId, string requestedBy, int total)
    {
        ForgetOldJobs();
        var job = new RegradeJobDto(Guid.NewGuid(), questionId, requestedBy, RegradeJobState.Queued, 0, total, clock.GetUtcNow(), null, null);
        _jobs[job.Id] = job;
        _queue.Writer.TryWrite(job.Id);
        return job;
    }

    public RegradeJobDto? Find(Guid jobId) => _jobs.GetValueOrDefault(jobId);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var jobId in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            await RunAsync(_jobs[jobId], stoppingToken);
        }
    }

    private async Task RunAsync(RegradeJobDto job, CancellationToken stoppingToken)
    {
        _jobs[job.Id] = job with { State = RegradeJobState.Running };
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var regrader = scope.ServiceProvider.GetRequiredService<QuestionRegrader>();
            var progress = new JobProgress(this, job.Id);
            var report = await regrader.RegradeAsync(job.QuestionId, job.RequestedBy, progress, stoppingToken);
            _jobs[job.Id] = _jobs[job.Id] with { State = RegradeJobState.Completed, Done = report.AttemptsConsidered, Total = report.AttemptsConsidered, Report = report };
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            _jobs[job.Id] = _jobs[job.Id] with { State = RegradeJobState.Failed, Error = "The server stopped before the regrade finished. Start it again; it is safe to repeat." };
        }
#pragma warning disable CA1031 // A failed job must be reported on its status page, never take the runner down.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogJobFailed(logger, ex, job.Id, job.QuestionId);
            _jobs[job.Id] = _jobs[job.Id] with { State = RegradeJobState.Failed, Error = "The regrade failed; the attempts it had not reached are unchanged. Try again." };
        }
    }

    private void ForgetOldJobs()
    {
        var cutoff = clock.GetUtcNow() - KeepFinishedJobs;
        foreach (var old in _jobs.Values.Where(j => j.IsFinished && j.QueuedAt < cutoff))
        {
            _jobs.TryRemove(old.Id, out _);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Regrade job {JobId} for question {QuestionId} failed")]
    private static partial void LogJobFailed(ILogger logger, Exception exception, Guid jobId, Guid questionId);

    // Reports synchronously: Progress<T> would post to the thread pool and could report out of order.
    private sealed class JobProgress(RegradeJobRunner runner, Guid jobId) : IProgress<RegradeProgress>
    {
        public void Report(RegradeProgress value) =>
            runner._jobs[jobId] = runner._jobs[jobId] with { Done = value.Done, Total = value.Total };
    }
}
