using IRLearn.Domain.QuestionBank;

namespace IRLearn.Domain.Quizzes;

/// <summary>
/// Draws <see cref="Count"/> approved questions at random when an attempt starts, from one lesson
/// (or any of the quiz's lessons when <see cref="LessonId"/> is null), optionally limited by tag and difficulty.
/// </summary>
public sealed record DrawRule(Guid Id, Guid? LessonId, string? Tag, Difficulty? Difficulty, int Count, decimal PointsEach)
{
    public bool Matches(Guid lessonId, IReadOnlyList<string> tags, Difficulty difficulty) =>
        (LessonId is null || LessonId == lessonId)
        && (Tag is null || tags.Contains(Tag, StringComparer.OrdinalIgnoreCase))
        && (Difficulty is null || Difficulty == difficulty);
}
