namespace IRLearn.Application.Progress;

/// <summary>The arithmetic of the progress page, kept pure so it can be checked by hand in tests.</summary>
public static class ProgressMath
{
    /// <summary>
    /// Consecutive UTC days with at least one submission, ending today, or yesterday when nothing
    /// has been submitted yet today (a streak is not lost until the day is over).
    /// </summary>
    public static int Streak(IEnumerable<DateTimeOffset> submissions, DateTimeOffset now)
    {
        var days = submissions.Select(s => DateOnly.FromDateTime(s.UtcDateTime)).ToHashSet();
        var day = DateOnly.FromDateTime(now.UtcDateTime);
        if (!days.Contains(day))
        {
            day = day.AddDays(-1);
        }

        var streak = 0;
        while (days.Contains(day))
        {
            streak++;
            day = day.AddDays(-1);
        }

        return streak;
    }

    /// <summary>
    /// Mastery per key: points earned over points possible, across every graded answer that carries
    /// the key. Keys are compared case-insensitively; the first spelling seen names the group.
    /// </summary>
    public static IReadOnlyList<MasteryDto> Mastery(IEnumerable<GradedItem> items, Func<GradedItem, IEnumerable<string>> keysOf)
    {
        var groups = new Dictionary<string, (string Name, decimal Earned, decimal Possible, int Count)>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items)
        {
            foreach (var key in keysOf(item).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                var current = groups.TryGetValue(key, out var found) ? found : (Name: key, Earned: 0m, Possible: 0m, Count: 0);
                groups[key] = (current.Name, current.Earned + item.Earned, current.Possible + item.Points, current.Count + 1);
            }
        }

        return groups.Values
            .Select(g => new MasteryDto(g.Name, g.Earned, g.Possible, g.Possible == 0 ? 0 : Math.Round(g.Earned * 100m / g.Possible, 0, MidpointRounding.AwayFromZero), g.Count))
            .OrderBy(m => m.Percent)
            .ThenBy(m => m.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}

/// <summary>One graded answer, with what it counts toward.</summary>
public sealed record GradedItem(Guid QuestionId, Guid LessonId, IReadOnlyList<string> Tags, decimal Points, decimal Earned);

public sealed record MasteryDto(string Name, decimal Earned, decimal Possible, decimal Percent, int Answers);
