namespace IRLearn.Infrastructure.BackgroundWork;

/// <summary>
/// One row per periodic job (the expiry sweep): the instance that runs it now, and until when. Only
/// <see cref="DatabaseLeases"/> writes it, with conditional statements that one instance wins.
/// </summary>
public sealed class Lease
{
    public const int MaxNameLength = 100;

    public Lease(string name, string holder, DateTimeOffset expiresAt)
    {
        Name = name;
        Holder = holder;
        ExpiresAt = expiresAt;
    }

    public string Name { get; private set; }

    /// <summary>The holding instance's <see cref="InstanceIdentity.Id"/>.</summary>
    public string Holder { get; private set; }

    /// <summary>From this instant on, any instance may take the lease: a holder that stopped renewing it is gone.</summary>
    public DateTimeOffset ExpiresAt { get; private set; }
}
