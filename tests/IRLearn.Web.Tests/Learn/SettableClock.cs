namespace IRLearn.Web.Tests.Learn;

/// <summary>A clock the test moves by hand, so deadlines can pass without waiting.</summary>
public sealed class SettableClock : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
