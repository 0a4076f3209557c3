namespace IRLearn.Domain.QuestionBank;

/// <summary>
/// Proposed → Approved | Rejected; Rejected → Approved, or back to Proposed when edited;
/// Approved → Retired; Retired → Approved. Only approved questions go into quizzes.
/// </summary>
public enum ReviewStatus
{
    Proposed = 0,
    Approved = 1,
    Rejected = 2,
    Retired = 3,
}
