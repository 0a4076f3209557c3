using IRLearn.Domain.Quizzes;

namespace IRLearn.Domain.Tests.Quizzes;

public class GradingMethodTests
{
    private static readonly (int, decimal?)[] ThreeAttempts = [(1, 60m), (2, 90m), (3, 70m)];

    [Theory]
    [InlineData(GradingMethod.Highest, 90)]
    [InlineData(GradingMethod.Latest, 70)]
    [InlineData(GradingMethod.First, 60)]
    [InlineData(GradingMethod.Average, 73.33)]
    public void FinalScore_PerMethod(GradingMethod method, decimal expected)
    {
        Assert.Equal(expected, method.FinalScore(ThreeAttempts));
    }

    [Fact]
    public void FinalScore_OrderOfInputDoesNotMatter()
    {
        Assert.Equal(70m, GradingMethod.Latest.FinalScore(ThreeAttempts.Reverse()));
        Assert.Equal(60m, GradingMethod.First.FinalScore(ThreeAttempts.Reverse()));
    }

    [Fact]
    public void FinalScore_NoAttempts_Null()
    {
        Assert.Null(GradingMethod.Highest.FinalScore([]));
    }

    [Fact]
    public void FinalScore_HighestAndAverageSkipUngradedAttempts()
    {
        (int, decimal?)[] attempts = [(1, 40m), (2, null), (3, 80m)];

        Assert.Equal(80m, GradingMethod.Highest.FinalScore(attempts));
        Assert.Equal(60m, GradingMethod.Average.FinalScore(attempts));
    }

    [Fact]
    public void FinalScore_LatestUngraded_IsPending()
    {
        (int, decimal?)[] attempts = [(1, 40m), (2, null)];

        Assert.Null(GradingMethod.Latest.FinalScore(attempts));
        Assert.Equal(40m, GradingMethod.First.FinalScore(attempts));
    }
}
