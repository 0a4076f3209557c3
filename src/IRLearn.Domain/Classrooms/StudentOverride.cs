namespace IRLearn.Domain.Classrooms;

/// <summary>
/// An accommodation for one student on one assignment: extra time per attempt, extra attempts,
/// and/or a later due date. The reason and who set it are kept for the record.
/// </summary>
public sealed record StudentOverride(
    string StudentId,
    TimeSpan ExtraTime,
    int ExtraAttempts,
    DateTimeOffset? DueAt,
    string Reason,
    string SetBy,
    DateTimeOffset SetAt);
