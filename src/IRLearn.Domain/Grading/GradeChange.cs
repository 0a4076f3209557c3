using IRLearn.Domain.Common;

namespace IRLearn.Domain.Grading;

/// <summary>
/// One entry of an attempt's grading audit trail: who changed which score, when, from what to
/// what, and why. Entries are only ever added. <see cref="QuestionVersionId"/> is null for a
/// change to the attempt's total.
/// </summary>
public sealed class GradeChange : Entity
{
    private GradeChange()
    {
    }

    private GradeChange(Guid id)
        : base(id)
    {
    }

    public Guid AttemptId { get; private set; }

    public Guid? QuestionVersionId { get; private set; }

    public string ChangedBy { get; private set; } = string.Empty;

    public DateTimeOffset ChangedAt { get; private set; }

    public decimal? Before { get; private set; }

    public decimal? After { get; private set; }

    public string Reason { get; private set; } = string.Empty;

    public GradeChangeKind Kind { get; private set; }

    public static GradeChange Record(
        Guid attemptId,
        Guid? questionVersionId,
        GradeChangeKind kind,
        decimal? before,
        decimal? after,
        string reason,
        string changedBy,
        DateTimeOffset now) =>
        new(Guid.CreateVersion7())
        {
            AttemptId = attemptId,
            QuestionVersionId = questionVersionId,
            Kind = kind,
            Before = before,
            After = after,
            Reason = Check.LimitedText(reason, 1000, "grading.reason_invalid", "The reason"),
            ChangedBy = Check.UserId(changedBy),
            ChangedAt = now,
        };
}
