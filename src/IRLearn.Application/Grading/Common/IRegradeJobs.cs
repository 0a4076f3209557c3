namespace IRLearn.Application.Grading.Common;

public enum RegradeJobState
{
    Queued = 0,
    Running = 1,
    Completed = 2,
    Failed = 3,
}

/// <summary>A regrade running in the background, as its status page shows it.</summary>
public sealed record RegradeJobDto(
    Guid Id,
    Guid QuestionId,
    string RequestedBy,
    RegradeJobState State,
    int Done,
    int Total,
    DateTimeOffset QueuedAt,
    RegradeReportDto? Report,
    string? Error)
{
    public int PercentDone => Total == 0 ? (State == RegradeJobState.Completed ? 100 : 0) : (int)(Done * 100L / Total);

    public bool IsFinished => State is RegradeJobState.Completed or RegradeJobState.Failed;
}

/// <summary>
/// Runs regrades off the request thread so a large class does not hold a browser request open. Jobs live in the
/// database (ADR 20): any instance may run a queued job, and its progress and summary are read back from there, so
/// they survive a restart and every instance shows the same status.
/// </summary>
public interface IRegradeJobs
{
    /// <summary>Queues a regrade of <paramref name="questionId"/> that some instance starts soon; <paramref name="total"/> is the attempts it expects.</summary>
    Task<RegradeJobDto> EnqueueAsync(Guid questionId, string requestedBy, int total, CancellationToken cancellationToken);

    /// <summary>The job as it stands now, or null when there is no such job.</summary>
    Task<RegradeJobDto?> FindAsync(Guid jobId, CancellationToken cancellationToken);
}
