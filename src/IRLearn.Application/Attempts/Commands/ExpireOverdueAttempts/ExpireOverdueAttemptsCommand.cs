using IRLearn.Application.Common.Interfaces;
using IRLearn.Application.Common.Telemetry;
using IRLearn.Domain.Attempts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IRLearn.Application.Attempts.Commands.ExpireOverdueAttempts;

/// <summary>
/// The clock's side of the deadline: closes every attempt whose cut-off has passed with what was
/// saved, and grades it. Sent by a background sweep, not by users, so it has no [Authorize].
/// Each attempt is saved on its own; the sweep runs in a fresh scope each time.
/// </summary>
public sealed record ExpireOverdueAttemptsCommand(int MaxAttempts = 100) : ICommand<int>;

public sealed class ExpireOverdueAttemptsCommandHandler(IApplicationDbContext db, TimeProvider clock, IRLearnTelemetry telemetry)
    : ICommandHandler<ExpireOverdueAttemptsCommand, int>
{
    public async ValueTask<int> Handle(ExpireOverdueAttemptsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // The grace period is at most 30 minutes and stored per attempt; filter coarsely in SQL, exactly in memory.
        var candidates = await db.Attempts
            .Where(a => a.Status == AttemptStatus.InProgress && a.Deadline < now)
            .OrderBy(a => a.Deadline)
            .Take(command.MaxAttempts)
            .ToListAsync(cancellationToken);

        var closed = 0;
        foreach (var attempt in candidates.Where(a => a.ExpireIfDue(now)))
        {
            var grading = telemetry.StartTiming();
            var context = await AttemptAnswers.ForAsync(db, attempt, cancellationToken);
            await context.GradeIfSubmittedAsync(db, now, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                telemetry.AttemptSubmitted(autoSubmitted: true, grading);
                closed++;
            }
            catch (DbUpdateConcurrencyException)
            {
                // The student submitted (or saved within the grace period) at the same moment. This unit of
                // work is now stale, so stop; the next sweep, with a fresh one, looks again.
                break;
            }
        }

        return closed;
    }
}
