namespace IRLearn.Domain.Quizzes;

/// <summary>How a student's attempts at one assignment combine into their grade.</summary>
public enum GradingMethod
{
    Highest = 0,
    Latest = 1,
    First = 2,
    Average = 3,
}

public static class GradingMethodExtensions
{
    /// <summary>
    /// Combines a student's attempts (attempt number, percent; null = not graded yet) into a final percent.
    /// <list type="bullet">
    /// <item>Highest and Average use only graded attempts; Average is rounded to two decimals.</item>
    /// <item>Latest and First pick the attempt by number among all those given; if that attempt is
    /// not graded yet, the final grade is pending (null) rather than silently using another attempt.</item>
    /// </list>
    /// Returns null when there is nothing to grade. Pass only submitted attempts.
    /// </summary>
    public static decimal? FinalScore(this GradingMethod method, IEnumerable<(int Number, decimal? Percent)> attempts)
    {
        var list = attempts.ToList();
        if (list.Count == 0)
        {
            return null;
        }

        var graded = list.Where(a => a.Percent.HasValue).Select(a => a.Percent!.Value).ToList();
        return method switch
        {
            GradingMethod.Highest => graded.Count == 0 ? null : graded.Max(),
            GradingMethod.Average => graded.Count == 0 ? null : Math.Round(graded.Average(), 2, MidpointRounding.AwayFromZero),
            GradingMethod.Latest => list.MaxBy(a => a.Number).Percent,
            GradingMethod.First => list.MinBy(a => a.Number).Percent,
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown grading method."),
        };
    }
}
