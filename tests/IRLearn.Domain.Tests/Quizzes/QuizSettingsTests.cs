using IRLearn.Domain.Quizzes;
using static IRLearn.Domain.Tests.TestData;

namespace IRLearn.Domain.Tests.Quizzes;

public class QuizSettingsTests
{
    [Theory]
    [InlineData(0.5)]
    [InlineData(1441)]
    public void Create_TimeLimitOutside1MinuteTo24Hours_IsRefused(double minutes)
    {
        Rule.Broken("quiz.time_limit_invalid", () => Create(timeLimit: TimeSpan.FromMinutes(minutes)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(1440)]
    public void Create_TimeLimitAtTheBounds_IsAccepted(double minutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(minutes), Create(timeLimit: TimeSpan.FromMinutes(minutes)).TimeLimit);
    }

    [Fact]
    public void Create_ZeroAttempts_IsRefused()
    {
        Rule.Broken("quiz.attempts_invalid", () => Create(attemptsAllowed: 0));
    }

    [Fact]
    public void Create_AvailableFromNotBeforeUntil_IsRefused()
    {
        Rule.Broken("quiz.availability_invalid", () => Create(availableFrom: Now, availableUntil: Now));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(100.01)]
    public void Create_PassingScoreOutside0To100_IsRefused(decimal percent)
    {
        Rule.Broken("quiz.passing_score_invalid", () => Create(passingScore: percent));
    }

    [Fact]
    public void IsAvailableAt_InclusiveStartExclusiveEnd()
    {
        var settings = Create(availableFrom: Now, availableUntil: Now.AddDays(1));

        Assert.False(settings.IsAvailableAt(Now.AddTicks(-1)));
        Assert.True(settings.IsAvailableAt(Now));
        Assert.False(settings.IsAvailableAt(Now.AddDays(1)));
    }

    private static QuizSettings Create(
        TimeSpan? timeLimit = null,
        int? attemptsAllowed = null,
        DateTimeOffset? availableFrom = null,
        DateTimeOffset? availableUntil = null,
        decimal passingScore = 60m) =>
        QuizSettings.Create(timeLimit, attemptsAllowed, true, true, availableFrom, availableUntil, FeedbackPolicy.AfterSubmission, passingScore, GradingMethod.Highest);
}
