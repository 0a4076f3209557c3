using IRLearn.Domain.Common;

namespace IRLearn.Domain.Attempts;

/// <summary>
/// Deadline handling for new attempts. The grace period absorbs network and clock latency: an
/// answer sent just before the deadline and received just after it still counts.
/// </summary>
public sealed record AttemptPolicy
{
    public static readonly TimeSpan MaxGracePeriod = TimeSpan.FromMinutes(30);

    public AttemptPolicy(TimeSpan gracePeriod, LatePolicy latePolicy)
    {
        Check.That(gracePeriod >= TimeSpan.Zero && gracePeriod <= MaxGracePeriod, "attempt.grace_invalid", "The grace period must be between 0 and 30 minutes.");
        Check.That(Enum.IsDefined(latePolicy), "attempt.late_policy_invalid", "Unknown late policy.");
        GracePeriod = gracePeriod;
        LatePolicy = latePolicy;
    }

    public static AttemptPolicy Default { get; } = new(TimeSpan.FromSeconds(30), LatePolicy.AutoSubmit);

    public TimeSpan GracePeriod { get; }

    public LatePolicy LatePolicy { get; }
}
