namespace IRLearn.Web.Pages.Teach.Quizzes;

/// <summary>
/// What the quiz builder's "Add questions" list shows: the approved questions not yet in the quiz, narrowed by lesson,
/// tag, type, difficulty and words of the stem. It travels as a plain GET query (lesson, tag, type, difficulty, q), so
/// it works without JavaScript, can be bookmarked, and survives the builder's own form posts.
/// </summary>
public sealed record QuestionFilter(Guid? Lesson, string? Tag, QuestionType? Type, Difficulty? Difficulty, string? Text)
{
    public bool IsEmpty => Lesson is null && string.IsNullOrWhiteSpace(Tag) && Type is null && Difficulty is null && string.IsNullOrWhiteSpace(Text);

    public IReadOnlyList<AvailableQuestionDto> Apply(IEnumerable<AvailableQuestionDto> questions) =>
    [
        .. questions.Where(q =>
            (Lesson is null || q.LessonId == Lesson)
            && (string.IsNullOrWhiteSpace(Tag) || q.Tags.Contains(Tag.Trim(), StringComparer.OrdinalIgnoreCase))
            && (Type is null || q.Type == Type)
            && (Difficulty is null || q.Difficulty == Difficulty)
            && (string.IsNullOrWhiteSpace(Text) || q.Stem.Contains(Text.Trim(), StringComparison.OrdinalIgnoreCase))),
    ];

    /// <summary>The query string values to carry through a redirect (the empty ones are left out).</summary>
    public Dictionary<string, string> RouteValues()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        Put(values, "lesson", Lesson?.ToString());
        Put(values, "tag", Tag);
        Put(values, "type", Type?.ToString());
        Put(values, "difficulty", Difficulty?.ToString());
        Put(values, "q", Text);
        return values;
    }

    private static void Put(Dictionary<string, string> values, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            values[key] = value.Trim();
        }
    }
}
