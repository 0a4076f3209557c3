using IRLearn.Application.Grading.Common;

namespace IRLearn.Infrastructure.BackgroundWork;

/// <summary>
/// A regrade job as the database keeps it (ADR 20): what to regrade and for whom, how far it has come, and, while it
/// runs, which instance holds it and until when. It is queued by <see cref="RegradeJobStore.EnqueueAsync"/>; every
/// later change is a conditional UPDATE in <see cref="RegradeJobStore"/>, so two instances never both believe they
/// hold one job.
/// </summary>
public sealed class RegradeJob
{
    private RegradeJob()
    {
        RequestedBy = null!;
    }

    public RegradeJob(Guid questionId, string requestedBy, int total, DateTimeOffset queuedAt)
    {
        Id = Guid.NewGuid();
        QuestionId = questionId;
        RequestedBy = requestedBy;
        Total = total;
        QueuedAt = queuedAt;
        State = RegradeJobState.Queued;
    }

    public Guid Id { get; private set; }

    public Guid QuestionId { get; private set; }

    /// <summary>The instructor who started it; only they see it, and the regrade runs as them.</summary>
    public string RequestedBy { get; private set; }

    public RegradeJobState State { get; private set; }

    public int Done { get; private set; }

    public int Total { get; private set; }

    public DateTimeOffset QueuedAt { get; private set; }

    /// <summary>When the current (or last) run began.</summary>
    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    /// <summary>The instance running it (<see cref="InstanceIdentity.Id"/>) while <see cref="RegradeJobState.Running"/>.</summary>
    public string? Holder { get; private set; }

    /// <summary>The holder renews this with every progress report; past it, the holder is presumed gone and another instance runs the job again.</summary>
    public DateTimeOffset? LeaseExpiresAt { get; private set; }

    /// <summary>How many runs have started; a job whose holders keep vanishing fails after <see cref="RegradeJobStore.MaxRuns"/>.</summary>
    public int Runs { get; private set; }

    /// <summary>What the regrade did, once <see cref="RegradeJobState.Completed"/> (a JSON column).</summary>
    public RegradeReportDto? Report { get; private set; }

    public string? Error { get; private set; }

    public RegradeJobDto ToDto() => new(Id, QuestionId, RequestedBy, State, Done, Total, QueuedAt, Report, Error);
}
