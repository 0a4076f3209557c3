namespace IRLearn.Domain.Attempts;

/// <summary>
/// What happens when an attempt reaches its cut-off (deadline plus grace period) without being
/// submitted. Under both policies, answers arriving after the cut-off are refused, and the attempt
/// is closed with everything that was saved: an acknowledged answer is never lost.
/// </summary>
public enum LatePolicy
{
    /// <summary>The attempt is submitted on the student's behalf and counts like any other.</summary>
    AutoSubmit = 0,

    /// <summary>
    /// The attempt is closed and graded but marked late (<see cref="Attempt.IsLate"/>): it does not
    /// count toward the grade unless an instructor overrides its total.
    /// </summary>
    Reject = 1,
}
