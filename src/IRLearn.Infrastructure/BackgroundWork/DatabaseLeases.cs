using IRLearn.Application.Common.Exceptions;
using IRLearn.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IRLearn.Infrastructure.BackgroundWork;

/// <summary>
/// Leases in the database, so that one of several instances runs each tick of a periodic job (ADR 20). A holder renews
/// its lease every tick; one that crashed stops renewing, and when the lease expires (by <see cref="TimeProvider"/>)
/// the next instance to ask takes it over.
/// </summary>
public sealed class DatabaseLeases(ApplicationDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Takes or renews the lease <paramref name="name"/> for <paramref name="duration"/>; false when another instance
    /// holds it. One conditional statement decides, so of two instances asking at once exactly one gets it on every
    /// provider: an UPDATE of the row when it is ours or expired (the database re-checks the condition on the row it
    /// locks), else an INSERT of the first row, where the lease name's primary key lets one writer in and turns the
    /// other's attempt into <see cref="DuplicateException"/> (ADR 18).
    /// </summary>
    public async Task<bool> TryAcquireAsync(string name, string holder, TimeSpan duration, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var until = now + duration;
        var renewed = await db.Leases
            .Where(l => l.Name == name && (l.Holder == holder || l.ExpiresAt <= now))
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAt, until), cancellationToken);
        if (renewed == 1)
        {
            return true;
        }

        var lease = db.Leases.Add(new Lease(name, holder, until));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DuplicateException)
        {
            // Held by another instance, or it made the first row a moment before us.
            return false;
        }
        finally
        {
            // This context may ask again next tick; a tracked row would shadow the UPDATE's outcome.
            lease.State = EntityState.Detached;
        }
    }

    /// <summary>Lets the lease go at once (a graceful stop), so another instance need not wait for it to expire; nothing when it is not ours.</summary>
    public Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return db.Leases
            .Where(l => l.Name == name && l.Holder == holder && l.ExpiresAt > now)
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.ExpiresAt, now), cancellationToken);
    }
}
