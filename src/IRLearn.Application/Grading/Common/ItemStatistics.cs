namespace IRLearn.Application.Grading.Common;

/// <summary>One student's result on one question: the fraction of its points earned, and what they chose (option texts or a typed answer).</summary>
public sealed record ItemScore(Guid QuestionId, decimal Fraction, IReadOnlyList<string> Chosen);

/// <summary>One student's attempt as item analysis sees it: the total (as a fraction of the maximum) and each item.</summary>
public sealed record Examinee(string StudentId, decimal TotalFraction, IReadOnlyList<ItemScore> Items);

[Flags]
public enum ItemFlags
{
    None = 0,
    TooEasy = 1,
    TooHard = 2,
    NegativeDiscrimination = 4,
}

public sealed record ItemStatisticsResult(Guid QuestionId, int Responses, decimal Facility, decimal? Discrimination, IReadOnlyDictionary<string, int> ChoiceCounts, ItemFlags Flags);

/// <summary>
/// Classical test theory item statistics (formulas in docs/grading.md):
/// <list type="bullet">
/// <item>Facility P = mean over examinees of (points earned ÷ points possible); 1 = everyone right.</item>
/// <item>Discrimination D = P(upper group) − P(lower group), where the groups are the top and bottom
/// 27 % of examinees ranked by total score (at least one each; ties broken by student id so the
/// result is reproducible). Null with fewer than two examinees or when a group never saw the item.</item>
/// <item>Flags: too easy P &gt; 0.9, too hard P &lt; 0.2, negative discrimination D &lt; 0 (only from
/// <see cref="MinExamineesForDiscrimination"/> examinees up: below that each group holds one to three students,
/// and one lucky guess turns D negative).</item>
/// </list>
/// </summary>
public static class ItemStatistics
{
    public const decimal GroupShare = 0.27m;
    public const decimal TooEasyAbove = 0.9m;
    public const decimal TooHardBelow = 0.2m;
    public const int MinExamineesForDiscrimination = 10;

    /// <summary>Whether so few students took the quiz that discrimination says little and is not flagged.</summary>
    public static bool IsSmallSample(int examinees) => examinees < MinExamineesForDiscrimination;

    public static IReadOnlyList<ItemStatisticsResult> Compute(IReadOnlyList<Examinee> examinees)
    {
        var ranked = examinees.OrderByDescending(e => e.TotalFraction).ThenBy(e => e.StudentId, StringComparer.Ordinal).ToList();
        var groupSize = Math.Max(1, (int)Math.Round(ranked.Count * GroupShare, MidpointRounding.AwayFromZero));
        var upper = ranked.Take(groupSize).ToList();
        var lower = ranked.Skip(ranked.Count - groupSize).ToList();

        return examinees
            .SelectMany(e => e.Items.Select(i => i.QuestionId))
            .Distinct()
            .Select(questionId =>
            {
                var scores = examinees.SelectMany(e => e.Items.Where(i => i.QuestionId == questionId)).ToList();
                var facility = Round(scores.Average(s => s.Fraction));
                decimal? discrimination = null;
                if (ranked.Count >= 2 && MeanFor(upper, questionId) is { } high && MeanFor(lower, questionId) is { } low)
                {
                    discrimination = Round(high - low);
                }

                var counts = scores
                    .SelectMany(s => s.Chosen.Count == 0 ? ["(no answer)"] : s.Chosen)
                    .GroupBy(c => c, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
                var flags = ItemFlags.None;
                flags |= facility > TooEasyAbove ? ItemFlags.TooEasy : ItemFlags.None;
                flags |= facility < TooHardBelow ? ItemFlags.TooHard : ItemFlags.None;
                flags |= discrimination < 0 && !IsSmallSample(ranked.Count) ? ItemFlags.NegativeDiscrimination : ItemFlags.None;
                return new ItemStatisticsResult(questionId, scores.Count, facility, discrimination, counts, flags);
            })
            .ToList();
    }

    private static decimal? MeanFor(IEnumerable<Examinee> group, Guid questionId)
    {
        var fractions = group.SelectMany(e => e.Items.Where(i => i.QuestionId == questionId)).Select(i => i.Fraction).ToList();
        return fractions.Count == 0 ? null : fractions.Average();
    }

    private static decimal Round(decimal value) => Math.Round(value, 3, MidpointRounding.AwayFromZero);
}
