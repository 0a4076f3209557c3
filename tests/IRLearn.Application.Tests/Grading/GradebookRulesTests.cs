using IRLearn.Application.Grading.Common;
using IRLearn.Domain.Attempts;
using IRLearn.Domain.Quizzes;

namespace IRLearn.Application.Tests.Grading;

public sealed class GradebookRulesTests
{
    private static readonly DateTimeOffset Due = new(2026, 3, 9, 17, 0, 0, TimeSpan.Zero);

    private static AttemptFacts Attempt(int number, AttemptStatus status, decimal? percent = null, bool late = false, bool overridden = false, DateTimeOffset? submitted = null) =>
        new(Guid.NewGuid(), number, status, percent, late, !late || overridden, status == AttemptStatus.InProgress ? null : submitted ?? Due.AddHours(-1));

    [Fact]
    public void NoAttempts_IsNotStarted() => Assert.Equal(CellStatus.NotStarted, GradebookRules.StatusOf([], Due));

    [Fact]
    public void AnAttemptWaitingForAGrader_OutranksEverythingElse() =>
        Assert.Equal(CellStatus.NeedsGrading, GradebookRules.StatusOf([Attempt(1, AttemptStatus.Graded, 80), Attempt(2, AttemptStatus.NeedsGrading), Attempt(3, AttemptStatus.InProgress)], Due));

    [Fact]
    public void ASubmittedButUngradedAttempt_IsSubmitted() =>
        Assert.Equal(CellStatus.Submitted, GradebookRules.StatusOf([Attempt(1, AttemptStatus.Graded, 80), Attempt(2, AttemptStatus.Submitted)], Due));

    [Fact]
    public void AnOpenAttempt_IsInProgress() =>
        Assert.Equal(CellStatus.InProgress, GradebookRules.StatusOf([Attempt(1, AttemptStatus.Graded, 80), Attempt(2, AttemptStatus.InProgress)], Due));

    [Fact]
    public void GradedOnTime_IsGraded() =>
        Assert.Equal(CellStatus.Graded, GradebookRules.StatusOf([Attempt(1, AttemptStatus.Graded, 80)], Due));

    [Fact]
    public void RejectedAsLate_OrSubmittedAfterTheStudentsDueDate_IsLate()
    {
        Assert.Equal(CellStatus.Late, GradebookRules.StatusOf([Attempt(1, AttemptStatus.Graded, 80, late: true)], Due));
        Assert.Equal(CellStatus.Late, GradebookRules.StatusOf([Attempt(1, AttemptStatus.Graded, 80, submitted: Due.AddSeconds(20))], Due));
        Assert.Equal(CellStatus.Graded, GradebookRules.StatusOf([Attempt(1, AttemptStatus.Graded, 80, submitted: Due.AddSeconds(20))], Due.AddDays(2)));
    }

    [Theory]
    [InlineData(GradingMethod.Highest, 90)]
    [InlineData(GradingMethod.Latest, 60)]
    [InlineData(GradingMethod.First, 40)]
    [InlineData(GradingMethod.Average, 63.33)]
    public void FinalPercent_FollowsTheQuizsGradingMethod(GradingMethod method, decimal expected) =>
        Assert.Equal(expected, GradebookRules.FinalPercent(method, [Attempt(1, AttemptStatus.Graded, 40), Attempt(2, AttemptStatus.Graded, 90), Attempt(3, AttemptStatus.Graded, 60), Attempt(4, AttemptStatus.InProgress)]));

    [Fact]
    public void FinalPercent_LeavesOutLateAttemptsUnlessOverridden()
    {
        Assert.Equal(40m, GradebookRules.FinalPercent(GradingMethod.Highest, [Attempt(1, AttemptStatus.Graded, 40), Attempt(2, AttemptStatus.Graded, 90, late: true)]));
        Assert.Equal(90m, GradebookRules.FinalPercent(GradingMethod.Highest, [Attempt(1, AttemptStatus.Graded, 40), Attempt(2, AttemptStatus.Graded, 90, late: true, overridden: true)]));
    }

    [Fact]
    public void FinalPercent_UnderLatest_IsPendingWhileTheLatestAttemptAwaitsGrading() =>
        Assert.Null(GradebookRules.FinalPercent(GradingMethod.Latest, [Attempt(1, AttemptStatus.Graded, 40), Attempt(2, AttemptStatus.NeedsGrading)]));

    [Fact]
    public void Average_IgnoresAssignmentsWithoutAGrade()
    {
        Assert.Equal(75m, GradebookRules.Average([50m, null, 100m]));
        Assert.Null(GradebookRules.Average([null, null]));
    }
}
