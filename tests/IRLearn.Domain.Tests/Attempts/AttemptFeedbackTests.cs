using IRLearn.Domain.Attempts;
using IRLearn.Domain.Quizzes;
using static IRLearn.Domain.Tests.TestData;

namespace IRLearn.Domain.Tests.Attempts;

public class AttemptFeedbackTests
{
    private readonly AttemptScenario _scenario = new();

    [Theory]
    [InlineData(FeedbackPolicy.Immediately, true)]
    [InlineData(FeedbackPolicy.AfterSubmission, false)]
    [InlineData(FeedbackPolicy.AfterDueDate, false)]
    [InlineData(FeedbackPolicy.Never, false)]
    public void MayShowFeedback_InProgress(FeedbackPolicy policy, bool expected)
    {
        var attempt = _scenario.Start();

        Assert.Equal(expected, attempt.MayShowFeedback(policy, Now.AddMinutes(-1), Now));
    }

    [Theory]
    [InlineData(FeedbackPolicy.Immediately, true)]
    [InlineData(FeedbackPolicy.AfterSubmission, true)]
    [InlineData(FeedbackPolicy.AfterDueDate, false)]
    [InlineData(FeedbackPolicy.Never, false)]
    public void MayShowFeedback_SubmittedBeforeDueDate(FeedbackPolicy policy, bool expected)
    {
        var attempt = _scenario.Start();
        attempt.Submit(Now.AddMinutes(5));

        Assert.Equal(expected, attempt.MayShowFeedback(policy, Now.AddDays(1), Now.AddMinutes(6)));
    }

    [Fact]
    public void MayShowFeedback_AfterDueDateOnceItPassed_True()
    {
        var attempt = _scenario.Start();
        attempt.Submit(Now.AddMinutes(5));

        Assert.True(attempt.MayShowFeedback(FeedbackPolicy.AfterDueDate, Now.AddDays(1), Now.AddDays(1)));
    }

    [Fact]
    public void TimeRemaining_CountsDownToTheDeadlineAndStopsAtZero()
    {
        var attempt = _scenario.Start();

        Assert.Equal(TimeSpan.FromMinutes(20), attempt.TimeRemaining(attempt.Deadline.AddMinutes(-20)));
        Assert.Equal(TimeSpan.Zero, attempt.TimeRemaining(attempt.Deadline.AddSeconds(10)));
        attempt.Submit(Now.AddMinutes(1));
        Assert.Equal(TimeSpan.Zero, attempt.TimeRemaining(Now.AddMinutes(2)));
    }
}
