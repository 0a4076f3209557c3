using IRLearn.Domain.Common;

namespace IRLearn.Domain.Quizzes;

/// <summary>How a quiz is taken and graded. Built only by <see cref="Create"/>, which validates every field.</summary>
public sealed record QuizSettings
{
    public static readonly TimeSpan MinTimeLimit = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan MaxTimeLimit = TimeSpan.FromHours(24);

    // For EF Core.
    private QuizSettings()
    {
    }

    /// <summary>Untimed, unlimited attempts, shuffled, feedback after submission, pass at 50 %, highest attempt counts.</summary>
    public static QuizSettings Default { get; } = Create(
        timeLimit: null,
        attemptsAllowed: null,
        shuffleQuestions: true,
        shuffleOptions: true,
        availableFrom: null,
        availableUntil: null,
        feedbackPolicy: FeedbackPolicy.AfterSubmission,
        passingScorePercent: 50m,
        gradingMethod: GradingMethod.Highest);

    public TimeSpan? TimeLimit { get; private init; }

    /// <summary>Null means unlimited.</summary>
    public int? AttemptsAllowed { get; private init; }

    public bool ShuffleQuestions { get; private init; }

    public bool ShuffleOptions { get; private init; }

    public DateTimeOffset? AvailableFrom { get; private init; }

    public DateTimeOffset? AvailableUntil { get; private init; }

    public FeedbackPolicy FeedbackPolicy { get; private init; }

    public decimal PassingScorePercent { get; private init; }

    public GradingMethod GradingMethod { get; private init; }

    public static QuizSettings Create(
        TimeSpan? timeLimit,
        int? attemptsAllowed,
        bool shuffleQuestions,
        bool shuffleOptions,
        DateTimeOffset? availableFrom,
        DateTimeOffset? availableUntil,
        FeedbackPolicy feedbackPolicy,
        decimal passingScorePercent,
        GradingMethod gradingMethod)
    {
        Check.That(
            timeLimit is null || (timeLimit >= MinTimeLimit && timeLimit <= MaxTimeLimit),
            "quiz.time_limit_invalid",
            "The time limit must be between 1 minute and 24 hours.");
        Check.That(attemptsAllowed is null or >= 1, "quiz.attempts_invalid", "At least one attempt must be allowed.");
        Check.That(
            availableFrom is null || availableUntil is null || availableFrom < availableUntil,
            "quiz.availability_invalid",
            "The quiz must become available before it stops being available.");
        Check.That(Enum.IsDefined(feedbackPolicy), "quiz.feedback_policy_invalid", "Unknown feedback policy.");
        Check.That(passingScorePercent is >= 0 and <= 100, "quiz.passing_score_invalid", "The passing score must be between 0 and 100 percent.");
        Check.That(Enum.IsDefined(gradingMethod), "quiz.grading_method_invalid", "Unknown grading method.");

        return new QuizSettings
        {
            TimeLimit = timeLimit,
            AttemptsAllowed = attemptsAllowed,
            ShuffleQuestions = shuffleQuestions,
            ShuffleOptions = shuffleOptions,
            AvailableFrom = availableFrom,
            AvailableUntil = availableUntil,
            FeedbackPolicy = feedbackPolicy,
            PassingScorePercent = passingScorePercent,
            GradingMethod = gradingMethod,
        };
    }

    /// <summary>The availability window is inclusive of its start and exclusive of its end.</summary>
    public bool IsAvailableAt(DateTimeOffset now) =>
        (AvailableFrom is null || now >= AvailableFrom) && (AvailableUntil is null || now < AvailableUntil);
}
