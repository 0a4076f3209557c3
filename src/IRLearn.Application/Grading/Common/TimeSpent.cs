namespace IRLearn.Application.Grading.Common;

/// <summary>
/// The domain records no time per question, so time spent is derived: responses are ordered by
/// their last save, and each gets the gap since the previous save (the first: since the attempt
/// started). An answer changed later is credited with the gap before its last save, so the figure
/// is an estimate of effort, not a stopwatch. See docs/grading.md.
/// </summary>
public static class TimeSpent
{
    public static IReadOnlyDictionary<Guid, TimeSpan> PerResponse(DateTimeOffset startedAt, IEnumerable<(Guid QuestionVersionId, DateTimeOffset SavedAt)> saves)
    {
        var result = new Dictionary<Guid, TimeSpan>();
        var previous = startedAt;
        foreach (var (versionId, savedAt) in saves.OrderBy(s => s.SavedAt))
        {
            var gap = savedAt - previous;
            result[versionId] = gap < TimeSpan.Zero ? TimeSpan.Zero : gap;
            previous = savedAt > previous ? savedAt : previous;
        }

        return result;
    }

    /// <summary>From start to submission; for an attempt still open, to its last save.</summary>
    public static TimeSpan Total(Attempt attempt)
    {
        var end = attempt.SubmittedAt ?? (attempt.Responses.Count == 0 ? attempt.StartedAt : attempt.Responses.Max(r => r.SavedAt));
        return end > attempt.StartedAt ? end - attempt.StartedAt : TimeSpan.Zero;
    }

    public static string Format(TimeSpan span) =>
        span.TotalHours >= 1 ? $"{(int)span.TotalHours} h {span.Minutes} min"
        : span.TotalMinutes >= 1 ? $"{span.Minutes} min {span.Seconds} s"
        : $"{span.Seconds} s";
}
