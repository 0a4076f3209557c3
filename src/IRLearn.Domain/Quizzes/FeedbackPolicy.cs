namespace IRLearn.Domain.Quizzes;

/// <summary>When a student may see the answer key, explanations and which answers were right.</summary>
public enum FeedbackPolicy
{
    /// <summary>After each answer is saved.</summary>
    Immediately = 0,

    /// <summary>Once the attempt is submitted.</summary>
    AfterSubmission = 1,

    /// <summary>Once the assignment's due date (the student's own, with overrides) has passed.</summary>
    AfterDueDate = 2,

    /// <summary>Only the score is shown.</summary>
    Never = 3,
}
