namespace IRLearn.Application.FunctionalTests.Infrastructure;

/// <summary>
/// The host's clock: real time plus an offset the test moves, so a deadline can pass without waiting while time still
/// moves forward between two requests (saves and submits keep their order).
/// </summary>
public sealed class TestClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
