using IRLearn.Domain.Common;
using IRLearn.Domain.Grading;

namespace IRLearn.Domain.Attempts;

/// <summary>
/// A student's saved answer to one question of an attempt, and how it was graded. The effective
/// score is the manual score when an instructor gave one, else the automatic score.
/// </summary>
public sealed class Response : Entity
{
    private Response()
    {
    }

    internal Response(Guid attemptId, Guid questionVersionId, Answer answer, DateTimeOffset savedAt)
        : base(Guid.CreateVersion7())
    {
        AttemptId = attemptId;
        QuestionVersionId = questionVersionId;
        Answer = answer;
        SavedAt = savedAt;
    }

    public Guid AttemptId { get; private set; }

    public Guid QuestionVersionId { get; private set; }

    /// <summary>Stored as an owned JSON document.</summary>
    public Answer Answer { get; private set; } = null!;

    public DateTimeOffset SavedAt { get; private set; }

    /// <summary>Null until graded, and when the grader could not decide.</summary>
    public decimal? AutoScore { get; private set; }

    public decimal? ManualScore { get; private set; }

    public string? Comment { get; private set; }

    public string? GradedBy { get; private set; }

    public DateTimeOffset? GradedAt { get; private set; }

    public bool? IsCorrect { get; private set; }

    /// <summary>True while the response waits in the manual grading queue.</summary>
    public bool NeedsManualGrading { get; private set; }

    public decimal? EffectiveScore => ManualScore ?? AutoScore;

    internal void Update(Answer answer, DateTimeOffset savedAt)
    {
        Answer = answer;
        SavedAt = savedAt;
    }

    internal void ApplyAutomatic(GradeOutcome outcome)
    {
        AutoScore = outcome.Decided ? outcome.Score : null;
        if (ManualScore is null)
        {
            IsCorrect = outcome.Decided ? outcome.IsCorrect : null;
            NeedsManualGrading = !outcome.Decided;
        }
    }

    internal void ApplyManual(decimal score, decimal points, string? comment, string gradedBy, DateTimeOffset now)
    {
        ManualScore = score;
        IsCorrect = score >= points;
        Comment = comment;
        GradedBy = gradedBy;
        GradedAt = now;
        NeedsManualGrading = false;
    }
}
