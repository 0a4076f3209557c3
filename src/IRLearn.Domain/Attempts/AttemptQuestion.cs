using IRLearn.Domain.QuestionBank;

namespace IRLearn.Domain.Attempts;

/// <summary>A question chosen for a new attempt (fixed or drawn by the application), with the exact version to show.</summary>
public sealed record AttemptQuestion(QuestionVersion Version, decimal Points);
