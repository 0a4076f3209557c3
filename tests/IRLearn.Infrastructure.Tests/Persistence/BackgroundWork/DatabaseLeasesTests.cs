using IRLearn.Infrastructure.BackgroundWork;
using IRLearn.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace IRLearn.Infrastructure.Tests.Persistence.BackgroundWork;

/// <summary>
/// The leases that let one of several instances run each tick of a periodic job (ADR 20), on a real database: each
/// "instance" is its own context (its own connection), and they share one clock that the tests move.
/// </summary>
public sealed class DatabaseLeasesTests : FreshDatabaseTests
{
    private const string Sweep = "attempt-expiry-sweep";
    private static readonly TimeSpan ThirtySeconds = TimeSpan.FromSeconds(30);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 5, 3, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task TheFirstToAsk_GetsTheLease_AndKeepsRenewingIt_WhileOthersAreRefused()
    {
        await using var a = Database.NewContext();
        await using var b = Database.NewContext();

        Assert.True(await Leases(a).TryAcquireAsync(Sweep, "a", ThirtySeconds, CancellationToken.None));
        Assert.False(await Leases(b).TryAcquireAsync(Sweep, "b", ThirtySeconds, CancellationToken.None));

        // A renews before its lease runs out, so B never gets a turn while A is alive.
        _clock.Advance(TimeSpan.FromSeconds(20));
        Assert.True(await Leases(a).TryAcquireAsync(Sweep, "a", ThirtySeconds, CancellationToken.None));
        _clock.Advance(TimeSpan.FromSeconds(20));
        Assert.False(await Leases(b).TryAcquireAsync(Sweep, "b", ThirtySeconds, CancellationToken.None));

        Assert.Equal(("a", _clock.GetUtcNow() + TimeSpan.FromSeconds(10)), await StoredAsync(Sweep));
    }

    [Fact]
    public async Task ACrashedHoldersLease_Expires_AndTheNextToAsk_TakesItOver()
    {
        await using var a = Database.NewContext();
        await using var b = Database.NewContext();
        Assert.True(await Leases(a).TryAcquireAsync(Sweep, "a", ThirtySeconds, CancellationToken.None));

        // A crashes and renews no more. Until the lease's last instant B is refused; from then on it is B's.
        _clock.Advance(ThirtySeconds - TimeSpan.FromTicks(1));
        Assert.False(await Leases(b).TryAcquireAsync(Sweep, "b", ThirtySeconds, CancellationToken.None));
        _clock.Advance(TimeSpan.FromTicks(1));
        Assert.True(await Leases(b).TryAcquireAsync(Sweep, "b", ThirtySeconds, CancellationToken.None));

        // A comes back (it was only paused): the lease is B's now.
        Assert.False(await Leases(a).TryAcquireAsync(Sweep, "a", ThirtySeconds, CancellationToken.None));
        Assert.Equal("b", (await StoredAsync(Sweep)).Holder);
    }

    [Fact]
    public async Task Release_LetsAnotherTakeTheLeaseAtOnce_ButOnlyTheHolderCanRelease()
    {
        await using var a = Database.NewContext();
        await using var b = Database.NewContext();
        Assert.True(await Leases(a).TryAcquireAsync(Sweep, "a", ThirtySeconds, CancellationToken.None));

        await Leases(b).ReleaseAsync(Sweep, "b", CancellationToken.None);
        Assert.False(await Leases(b).TryAcquireAsync(Sweep, "b", ThirtySeconds, CancellationToken.None));

        await Leases(a).ReleaseAsync(Sweep, "a", CancellationToken.None);
        Assert.True(await Leases(b).TryAcquireAsync(Sweep, "b", ThirtySeconds, CancellationToken.None));
    }

    [Fact]
    public async Task LeasesWithDifferentNames_AreHeldIndependently()
    {
        await using var a = Database.NewContext();
        await using var b = Database.NewContext();

        Assert.True(await Leases(a).TryAcquireAsync(Sweep, "a", ThirtySeconds, CancellationToken.None));
        Assert.True(await Leases(b).TryAcquireAsync("another-job", "b", ThirtySeconds, CancellationToken.None));
    }

    [Fact]
    public async Task InstancesAskingAtOnce_ForANewLease_OrForOneThatExpired_ExactlyOneGetsIt()
    {
        // Four instances, each with its own connection, ask for a lease nobody has taken yet (they race to INSERT its
        // row), then, once it has expired, all ask again (they race to UPDATE it): one winner every round.
        var instances = Enumerable.Range(0, 4).Select(i => (Name: $"instance-{i}", Context: Database.NewContext())).ToList();
        try
        {
            for (var round = 0; round < 5; round++)
            {
                var name = $"job-{round}";
                var first = await Task.WhenAll(instances.Select(i => Task.Run(() => Leases(i.Context).TryAcquireAsync(name, i.Name, ThirtySeconds, CancellationToken.None))));
                Assert.Single(first, won => won);

                _clock.Advance(ThirtySeconds);
                var afterExpiry = await Task.WhenAll(instances.Select(i => Task.Run(() => Leases(i.Context).TryAcquireAsync(name, i.Name, ThirtySeconds, CancellationToken.None))));
                Assert.Single(afterExpiry, won => won);
                var winner = instances[Array.IndexOf(afterExpiry, true)].Name;
                Assert.Equal(winner, (await StoredAsync(name)).Holder);
            }
        }
        finally
        {
            foreach (var (_, context) in instances)
            {
                await context.DisposeAsync();
            }
        }
    }

    private DatabaseLeases Leases(ApplicationDbContext context) => new(context, _clock);

    private async Task<(string Holder, DateTimeOffset ExpiresAt)> StoredAsync(string name)
    {
        await using var read = Database.NewContext();
        var lease = await read.Leases.AsNoTracking().SingleAsync(l => l.Name == name);
        return (lease.Holder, lease.ExpiresAt);
    }
}
