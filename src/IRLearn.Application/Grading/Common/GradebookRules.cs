namespace IRLearn.Application.Grading.Common;

/// <summary>What a gradebook cell says about one student's work on one assignment.</summary>
public enum CellStatus
{
    NotStarted = 0,
    InProgress = 1,
    Submitted = 2,
    NeedsGrading = 3,
    Graded = 4,
    Late = 5,
}

/// <summary>The facts of one attempt the gradebook needs (kept small so the rules are testable without EF).</summary>
public sealed record AttemptFacts(Guid Id, int Number, AttemptStatus Status, decimal? Percent, bool IsLate, bool CountsTowardGrade, DateTimeOffset? SubmittedAt);

/// <summary>
/// The gradebook's rules. A cell shows the status that most needs the instructor's attention:
/// needs grading, then submitted (closed but not graded yet), then in progress, then late, then
/// graded. "Late" means a graded attempt closed by the clock under the Reject policy, or submitted
/// after the student's own (override-aware) due date. The final grade combines the attempts that
/// count (closed, and not rejected as late unless overridden) with the quiz's grading method.
/// </summary>
public static class GradebookRules
{
    public static CellStatus StatusOf(IReadOnlyCollection<AttemptFacts> attempts, DateTimeOffset studentDueAt)
    {
        if (attempts.Count == 0)
        {
            return CellStatus.NotStarted;
        }

        // One pass, no lambdas: the gradebook export asks this for every student and assignment (issue 16).
        bool needsGrading = false, submitted = false, inProgress = false, late = false;
        foreach (var a in attempts)
        {
            needsGrading |= a.Status == AttemptStatus.NeedsGrading;
            submitted |= a.Status == AttemptStatus.Submitted;
            inProgress |= a.Status == AttemptStatus.InProgress;
            late |= a.IsLate || a.SubmittedAt > studentDueAt;
        }

        return needsGrading ? CellStatus.NeedsGrading
            : submitted ? CellStatus.Submitted
            : inProgress ? CellStatus.InProgress
            : late ? CellStatus.Late
            : CellStatus.Graded;
    }

    public static decimal? FinalPercent(GradingMethod method, IEnumerable<AttemptFacts> attempts) =>
        method.FinalScore(attempts
            .Where(a => a.Status != AttemptStatus.InProgress && a.CountsTowardGrade)
            .Select(a => (a.Number, a.Percent)));

    /// <summary>The mean of the assignments that have a final grade; missing work is not counted as 0 (the cell shows it).</summary>
    public static decimal? Average(IEnumerable<decimal?> finals)
    {
        var known = finals.Where(f => f.HasValue).Select(f => f!.Value).ToList();
        return known.Count == 0 ? null : Math.Round(known.Average(), 2, MidpointRounding.AwayFromZero);
    }

    public static string Label(CellStatus status) => status switch
    {
        CellStatus.NotStarted => "Not started",
        CellStatus.InProgress => "In progress",
        CellStatus.Submitted => "Submitted",
        CellStatus.NeedsGrading => "Needs grading",
        CellStatus.Graded => "Graded",
        CellStatus.Late => "Late",
        _ => status.ToString(),
    };
}
