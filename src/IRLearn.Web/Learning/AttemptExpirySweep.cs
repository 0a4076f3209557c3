using IRLearn.Application.Attempts.Commands.ExpireOverdueAttempts;
using Mediator;

namespace IRLearn.Web.Learning;

/// <summary>
/// Closes and grades attempts whose time ran out while the student was away (tab closed, network
/// gone), so the grade and the leaderboards do not wait for the student to come back. Opening an
/// attempt also closes it first (CloseExpiredAttemptCommand), so this is about timeliness, not correctness.
/// <c>Learning:ExpirySweepSeconds</c> sets the interval (default 15); 0 turns the sweep off.
/// </summary>
public sealed partial class AttemptExpirySweep(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<AttemptExpirySweep> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = configuration.GetValue("Learning:ExpirySweepSeconds", 15);
        if (seconds <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
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
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Closed {Count} attempts whose time ran out")]
    private static partial void LogClosed(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The attempt expiry sweep failed; retrying on the next tick")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
