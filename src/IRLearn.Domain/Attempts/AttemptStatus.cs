namespace IRLearn.Domain.Attempts;

/// <summary>
/// The attempt's state machine:
/// <code>
/// InProgress ──Submit / ExpireIfDue──► Submitted ──Grade──► Graded
///                                                   └──────► NeedsGrading ──GradeManually (last one) / OverrideTotal──► Graded
/// Graded ⇄ NeedsGrading by Regrade (a key change can make an auto-graded answer undecidable) or ClearOverride.
/// </code>
/// Nothing goes back to InProgress: a submitted attempt never accepts answers again.
/// </summary>
public enum AttemptStatus
{
    InProgress = 0,
    Submitted = 1,
    Graded = 2,
    NeedsGrading = 3,
}
