using IRLearn.Domain.Grading;

namespace IRLearn.Domain.Attempts;

/// <summary>What a regrade did to one attempt: how many responses were regraded, the audit entries for those whose score changed, and the totals.</summary>
public sealed record RegradeSummary(
    Guid AttemptId,
    int ResponsesRegraded,
    IReadOnlyList<GradeChange> Changes,
    decimal? FinalScoreBefore,
    decimal? FinalScoreAfter)
{
    public bool Changed => Changes.Count > 0;
}
