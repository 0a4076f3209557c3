using IRLearn.Application.Leaderboards;
using IRLearn.Application.Leaderboards.Scoring;

namespace IRLearn.Application.Tests.Leaderboards;

/// <summary>The scoring rules of docs/leaderboards.md, checked against numbers worked out by hand.</summary>
public sealed class LeaderboardScoringTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid ClassA = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid ClassB = Guid.Parse("00000000-0000-0000-0000-00000000000b");

    [Theory]
    [InlineData(3, 4, true, 75)]
    [InlineData(1, 3, true, 33.33)]
    [InlineData(2, 3, true, 66.67)]
    [InlineData(4, 4, false, 0)]
    [InlineData(0, 0, true, 0)]
    public void PointsFor_IsThePercentage_AndZeroWhenTheAttemptDoesNotCount(double score, double max, bool counts, double expected)
    {
        var attempt = Attempt("s", (decimal)score, (decimal)max, T0, counts);

        Assert.Equal((decimal)expected, LeaderboardScoring.PointsFor(attempt));
    }

    [Fact]
    public void RankStudents_ListsNonTakersWithZero_AndBreaksTiesByQuizzesThenTimeThenId()
    {
        var attempts = new[]
        {
            Attempt("ann", 2, 2, T0.AddMinutes(5)),             // 100, one quiz
            Attempt("bob", 1, 2, T0.AddMinutes(1)),             // 50 + 50 = 100, two quizzes
            Attempt("bob", 1, 2, T0.AddMinutes(2)),
            Attempt("cat", 2, 2, T0.AddMinutes(3)),             // 100, one quiz, graded before ann
            Attempt("dan", 1, 2, T0),                           // 50
        };

        var ranked = LeaderboardScoring.RankStudents(["eve", "dan", "cat", "bob", "ann", "fay"], attempts);

        Assert.Equal(
            [(1, "bob", 100m), (2, "cat", 100m), (3, "ann", 100m), (4, "dan", 50m), (5, "eve", 0m), (6, "fay", 0m)],
            ranked.Select(r => (r.Rank, r.StudentId, r.Points)).ToList());
    }

    [Fact]
    public void ScoreClass_DividesByEnrolment_SoNonTakersCountZero()
    {
        // 3 of 8 students took it: 100 + 50 + 75 = 225 → 225 / 8 = 28.125 → 28.13; participation 37.5 %.
        var attempts = new[] { Attempt("a", 2, 2, T0), Attempt("b", 1, 2, T0.AddMinutes(1)), Attempt("c", 3, 4, T0.AddMinutes(2)) };

        var standing = LeaderboardScoring.ScoreClass(ClassA, "IR 101", 8, attempts);

        Assert.Equal(225m, standing.TotalPoints);
        Assert.Equal(28.13m, standing.Score);
        Assert.Equal(3, standing.Participants);
        Assert.Equal(37.5m, standing.ParticipationPercent);
        Assert.Equal(T0.AddMinutes(2), standing.LastGradedAt);
    }

    [Fact]
    public void ScoreClass_OfAnEmptyClass_IsZeroNotAnError()
    {
        var standing = LeaderboardScoring.ScoreClass(ClassA, "Empty", 0, []);

        Assert.Equal((0m, 0m, (DateTimeOffset?)null), (standing.Score, standing.ParticipationPercent, standing.LastGradedAt));
    }

    [Fact]
    public void OrderClasses_BreaksEqualScoresByParticipation_ThenByWhoGotThereFirst_ThenByName()
    {
        var standings = new[]
        {
            new ClassStanding(ClassA, "Zeta", 10, 5, 500, 50m, 50m, T0.AddHours(1)),
            new ClassStanding(ClassB, "Alpha", 10, 5, 500, 50m, 50m, T0.AddHours(1)),
            new ClassStanding(Guid.NewGuid(), "Early", 10, 5, 500, 50m, 50m, T0),
            new ClassStanding(Guid.NewGuid(), "Broad", 20, 20, 1000, 50m, 100m, T0.AddHours(5)),
            new ClassStanding(Guid.NewGuid(), "Top", 5, 1, 300, 60m, 20m, T0.AddHours(9)),
        };

        var ordered = LeaderboardScoring.OrderClasses(standings).Select(s => s.Name);

        Assert.Equal(["Top", "Broad", "Early", "Alpha", "Zeta"], ordered);
    }

    [Theory]
    [InlineData("2026-11-27T23:10:00Z", LeaderboardWindow.Week, "2026-11-23T00:00:00Z")] // a Friday → Monday
    [InlineData("2026-11-23T00:00:00Z", LeaderboardWindow.Week, "2026-11-23T00:00:00Z")] // Monday midnight is its own week
    [InlineData("2026-11-29T23:59:59Z", LeaderboardWindow.Week, "2026-11-23T00:00:00Z")] // Sunday still belongs to it
    [InlineData("2026-11-27T12:00:00Z", LeaderboardWindow.Term, "2026-08-07T12:00:00Z")] // 16 weeks back
    public void Since_StartsWeeksOnMondayUtc_AndTermsSixteenWeeksBack(string now, LeaderboardWindow window, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), LeaderboardWindows.Since(window, DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Since_UsesTheLeaguesTermStart_AndNothingForAllTime()
    {
        var termStart = new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero);

        Assert.Equal(termStart, LeaderboardWindows.Since(LeaderboardWindow.Term, T0, termStart));
        Assert.Null(LeaderboardWindows.Since(LeaderboardWindow.AllTime, T0, termStart));
    }

    [Theory]
    [InlineData("week", true, LeaderboardWindow.Week)]
    [InlineData("TERM", true, LeaderboardWindow.Term)]
    [InlineData("allTime", true, LeaderboardWindow.AllTime)]
    [InlineData(null, true, LeaderboardWindow.AllTime)]
    [InlineData("2", false, LeaderboardWindow.AllTime)]
    [InlineData("-1", false, LeaderboardWindow.AllTime)]
    [InlineData("month", false, LeaderboardWindow.AllTime)]
    public void TryParse_AcceptsNamesInAnyCase_AndRefusesNumbersAndUnknownNames(string? text, bool accepted, LeaderboardWindow expected)
    {
        var ok = LeaderboardWindows.TryParse(text, out var window);

        Assert.Equal((accepted, expected), (ok, accepted ? window : LeaderboardWindow.AllTime));
    }

    private static FirstAttemptScore Attempt(string student, decimal score, decimal max, DateTimeOffset gradedAt, bool counts = true) =>
        new(ClassA, Guid.NewGuid(), student, score, max, counts, gradedAt, gradedAt);
}
