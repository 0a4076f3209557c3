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
/// Runs regrades off the request thread so a large class does not hold a browser request open.
/// The host implements it (a background service with progress); the seam also lets tests run jobs inline.
/// </summary>
public interface IRegradeJobs
{
    RegradeJobDto Enqueue(Guid questionId, string requestedBy, int total);

    RegradeJobDto? Find(Guid jobId);
}
