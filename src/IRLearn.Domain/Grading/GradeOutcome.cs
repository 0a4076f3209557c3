namespace IRLearn.Domain.Grading;

/// <summary>
/// The result of grading one answer. <see cref="Decided"/> is false when the grader cannot tell
/// (a short answer that matches no accepted answer): the response goes to the manual queue and
/// <see cref="Score"/> and <see cref="IsCorrect"/> mean nothing yet.
/// </summary>
public sealed record GradeOutcome(decimal Score, bool IsCorrect, bool Decided)
{
    public static GradeOutcome Wrong { get; } = new(0m, false, true);

    public static GradeOutcome Undecided { get; } = new(0m, false, false);

    public static GradeOutcome Right(decimal points) => new(points, true, true);
}
