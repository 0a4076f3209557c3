using IRLearn.Domain.Common;

namespace IRLearn.Domain.Attempts;

/// <summary>The attempt was closed, by the student or by the deadline (<paramref name="AutoSubmitted"/>). Grading listens for this.</summary>
public sealed record AttemptSubmitted(
    Guid AttemptId,
    Guid AssignmentId,
    string StudentId,
    DateTimeOffset SubmittedAt,
    bool AutoSubmitted,
    DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>
/// The attempt has a final score: after automatic grading, and again after every manual score,
/// override or regrade that leaves it graded. Leaderboards, progress and review queues listen.
/// </summary>
public sealed record AttemptGraded(
    Guid AttemptId,
    Guid AssignmentId,
    Guid ClassroomId,
    string StudentId,
    decimal FinalScore,
    decimal MaxScore,
    DateTimeOffset OccurredAt) : IDomainEvent;
