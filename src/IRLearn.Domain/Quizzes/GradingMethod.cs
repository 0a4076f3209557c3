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
        // One pass without LINQ: the gradebook and its export combine a cell per student and assignment (issue 16).
        // Ties keep the first attempt given, as Max, MaxBy and MinBy do.
        var any = false;
        (int Number, decimal? Percent) latest = default, first = default;
        decimal? highest = null;
        var sum = 0m;
        var graded = 0;
        foreach (var attempt in attempts)
        {
            if (!any)
            {
                latest = first = attempt;
                any = true;
            }
            else if (attempt.Number > latest.Number)
            {
                latest = attempt;
            }
            else if (attempt.Number < first.Number)
            {
                first = attempt;
            }

            if (attempt.Percent is { } percent)
            {
                highest = highest is { } best && best >= percent ? best : percent;
                sum += percent;
                graded++;
            }
        }

        if (!any)
        {
            return null;
        }

        return method switch
        {
            GradingMethod.Highest => highest,
            GradingMethod.Average => graded == 0 ? null : Math.Round(sum / graded, 2, MidpointRounding.AwayFromZero),
            GradingMethod.Latest => latest.Percent,
            GradingMethod.First => first.Percent,
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown grading method."),
        };
    }
}
