using IRLearn.Infrastructure.BackgroundWork;

namespace IRLearn.Web.Learning;

/// <summary>
/// Closes and grades attempts whose time ran out while the student was away (tab closed, network
/// gone), so the grade and the leaderboards do not wait for the student to come back. Opening an
/// attempt also closes it first (CloseExpiredAttemptCommand), so this is about timeliness, not correctness.
/// <c>Learning:ExpirySweepSeconds</c> sets the interval (default 15); 0 turns the sweep off.
/// With several instances, each tick runs on the one instance that holds the sweep's lease in the database (ADR 20);
/// the holder renews it every tick, and when it crashes another instance takes over once the lease expires.
/// </summary>
public sealed partial class AttemptExpirySweep(
    IServiceScopeFactory scopes,
    IConfiguration configuration,
    TimeProvider clock,
    InstanceIdentity instance,
    ILogger<AttemptExpirySweep> logger) : BackgroundService
{
    public const string LeaseName = "attempt-expiry-sweep";

    /// <summary>
    /// How long a tick's lease lasts: two intervals, so a holder that ticks a little late keeps it, and at least 30 seconds,
    /// so a busy machine does not hand it back and forth; a crashed holder's sweep resumes elsewhere within that time.
    /// </summary>
    public static TimeSpan LeaseFor(TimeSpan interval) => TimeSpan.FromTicks(Math.Max(2 * interval.Ticks, TimeSpan.FromSeconds(30).Ticks));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = configuration.GetValue("Learning:ExpirySweepSeconds", 15);
        if (seconds <= 0)
        {
            return;
        }

        var interval = TimeSpan.FromSeconds(seconds);
        using var timer = new PeriodicTimer(interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await TickAsync(LeaseFor(interval), stoppingToken);
            }
        }
        finally
        {
            await ReleaseAsync();
        }
    }

    private async Task TickAsync(TimeSpan lease, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            if (!await scope.ServiceProvider.GetRequiredService<DatabaseLeases>().TryAcquireAsync(LeaseName, instance.Id, lease, stoppingToken))
            {
                LogElsewhere(logger);
                return;
            }

            var closed = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ExpireOverdueAttemptsCommand(), stoppingToken);
            if (closed > 0)
            {
                LogClosed(logger, closed);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A failed sweep (database busy, a concurrent save) is retried on the next tick.
            LogFailed(logger, ex);
        }
    }

    /// <summary>On a graceful stop, another instance need not wait for the lease to expire.</summary>
    private async Task ReleaseAsync()
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseLeases>().ReleaseAsync(LeaseName, instance.Id, CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The lease then simply expires.
            LogFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Closed {Count} attempts whose time ran out")]
    private static partial void LogClosed(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Another instance holds the expiry sweep's lease; not sweeping this tick")]
    private static partial void LogElsewhere(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The attempt expiry sweep failed; retrying on the next tick")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
