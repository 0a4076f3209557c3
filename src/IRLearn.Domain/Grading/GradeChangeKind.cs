namespace IRLearn.Domain.Grading;

public enum GradeChangeKind
{
    /// <summary>An instructor scored one response by hand.</summary>
    ManualScore = 0,

    /// <summary>An instructor set (or cleared) the attempt's total.</summary>
    Override = 1,

    /// <summary>Re-grading after an answer key was fixed changed a response's score.</summary>
    Regrade = 2,
}
