using IRLearn.Application.Grading.Common;

namespace IRLearn.Application.Tests.Grading;

public sealed class TimeSpentTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void EachResponse_GetsTheGapSinceThePreviousSave_InSaveOrder()
    {
        Guid a = Guid.NewGuid(), b = Guid.NewGuid(), c = Guid.NewGuid();

        var times = TimeSpent.PerResponse(Start, [(c, Start.AddSeconds(200)), (a, Start.AddSeconds(45)), (b, Start.AddSeconds(120))]);

        Assert.Equal(TimeSpan.FromSeconds(45), times[a]);
        Assert.Equal(TimeSpan.FromSeconds(75), times[b]);
        Assert.Equal(TimeSpan.FromSeconds(80), times[c]);
    }

    [Fact]
    public void ASaveBeforeTheStart_CountsAsZero_NotNegative()
    {
        var id = Guid.NewGuid();

        Assert.Equal(TimeSpan.Zero, TimeSpent.PerResponse(Start, [(id, Start.AddSeconds(-5))])[id]);
    }

    [Theory]
    [InlineData(42, "42 s")]
    [InlineData(125, "2 min 5 s")]
    [InlineData(3900, "1 h 5 min")]
    public void Format_IsShortAndReadable(int seconds, string expected) =>
        Assert.Equal(expected, TimeSpent.Format(TimeSpan.FromSeconds(seconds)));
}
