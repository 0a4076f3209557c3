using IRLearn.Application.Grading.Common;

namespace IRLearn.Application.Tests.Grading;

public sealed class ItemStatisticsTests
{
    private static readonly Guid Q1 = Guid.NewGuid();
    private static readonly Guid Q2 = Guid.NewGuid();

    private static Examinee Student(string id, decimal total, decimal q1, string choice, decimal? q2 = null) =>
        new(id, total, q2 is null
            ? [new ItemScore(Q1, q1, [choice])]
            : [new ItemScore(Q1, q1, [choice]), new ItemScore(Q2, q2.Value, [])]);

    [Fact]
    public void Facility_IsTheMeanShareOfPointsEarned()
    {
        var stats = ItemStatistics.Compute([Student("a", 1m, 1m, "A"), Student("b", 0.5m, 0.5m, "A"), Student("c", 0m, 0m, "B"), Student("d", 0m, 0m, "C")]);

        Assert.Equal(0.375m, stats.Single(s => s.QuestionId == Q1).Facility);
    }

    [Fact]
    public void Discrimination_ComparesTheTopAndBottom27Percent()
    {
        // Ten students ranked by total: groups of round(2.7) = 3. The top three got Q1 right, one of the bottom three did.
        var students = Enumerable.Range(0, 10)
            .Select(i => Student($"s{i}", (10 - i) / 10m, i < 3 || i == 9 ? 1m : 0m, i < 3 || i == 9 ? "A" : "B"))
            .ToList();

        var q1 = ItemStatistics.Compute(students).Single();

        Assert.Equal(Math.Round(1m - (1m / 3m), 3), q1.Discrimination);
        Assert.Equal(ItemFlags.None, q1.Flags);
    }

    [Fact]
    public void AnItemTheWeakGetRightAndTheStrongGetWrong_IsFlaggedAsNegativelyDiscriminating()
    {
        // Ten students, groups of three: the top three missed Q1, the bottom three got it.
        var students = Enumerable.Range(0, 10)
            .Select(i => Student($"s{i}", (10 - i) / 10m, i >= 7 ? 1m : 0m, i >= 7 ? "A" : "B"))
            .ToList();

        var q1 = ItemStatistics.Compute(students).Single();

        Assert.Equal(-1m, q1.Discrimination);
        Assert.True(q1.Flags.HasFlag(ItemFlags.NegativeDiscrimination));
    }

    [Fact]
    public void NegativeDiscriminationAmongFewerThanTenStudents_IsShownButNotFlagged()
    {
        // With three students each group is one student: one lucky guess decides the sign.
        var stats = ItemStatistics.Compute([Student("strong", 0.9m, 0m, "B"), Student("mid", 0.5m, 0.5m, "A"), Student("weak", 0.1m, 1m, "A")]);

        var q1 = stats.Single();
        Assert.Equal(-1m, q1.Discrimination);
        Assert.False(q1.Flags.HasFlag(ItemFlags.NegativeDiscrimination));
        Assert.True(ItemStatistics.IsSmallSample(3));
        Assert.False(ItemStatistics.IsSmallSample(ItemStatistics.MinExamineesForDiscrimination));
    }

    [Theory]
    [InlineData(1.0, ItemFlags.TooEasy)]
    [InlineData(0.9, ItemFlags.None)]
    [InlineData(0.2, ItemFlags.None)]
    [InlineData(0.1, ItemFlags.TooHard)]
    public void FacilityThresholds_AreStrict(double everyonesScore, ItemFlags expected)
    {
        var fraction = (decimal)everyonesScore;
        var stats = ItemStatistics.Compute([Student("a", 0.5m, fraction, "A"), Student("b", 0.5m, fraction, "A")]);

        Assert.Equal(expected, stats.Single().Flags & (ItemFlags.TooEasy | ItemFlags.TooHard));
    }

    [Fact]
    public void ChoiceCounts_CountEveryOption_AndMissingAnswers()
    {
        var stats = ItemStatistics.Compute([Student("a", 1m, 1m, "A", q2: 0m), Student("b", 0m, 0m, "B", q2: 0m), Student("c", 0m, 0m, "B", q2: 1m)]);

        Assert.Equal(new Dictionary<string, int> { ["A"] = 1, ["B"] = 2 }, stats.Single(s => s.QuestionId == Q1).ChoiceCounts);
        Assert.Equal(new Dictionary<string, int> { ["(no answer)"] = 3 }, stats.Single(s => s.QuestionId == Q2).ChoiceCounts);
    }

    [Fact]
    public void OneExaminee_HasNoDiscrimination() =>
        Assert.Null(ItemStatistics.Compute([Student("a", 1m, 1m, "A")]).Single().Discrimination);
}
