using IRLearn.Application.Common.Exceptions;
using IRLearn.Application.Common.Interfaces;
using IRLearn.Application.Common.Security;
using IRLearn.Application.Common.Telemetry;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IRLearn.Application.Attempts.Commands.CloseExpiredAttempt;

/// <summary>
/// Closes (and grades) the student's own attempt if its cut-off has passed, before it is shown.
/// The background sweep does the same for every overdue attempt, but on its own timing; sending this
/// first means nobody ever sees an attempt still open past its cut-off. Returns whether it closed it.
/// </summary>
[Authorize(Roles = Roles.Student)]
public sealed record CloseExpiredAttemptCommand(Guid AttemptId) : ICommand<bool>;

public sealed class CloseExpiredAttemptCommandHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock, IRLearnTelemetry telemetry)
    : ICommandHandler<CloseExpiredAttemptCommand, bool>
{
    public async ValueTask<bool> Handle(CloseExpiredAttemptCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var context = await AttemptAnswers.LoadOwnAsync(db, command.AttemptId, currentUser.Id, track: true, cancellationToken);
        if (!context.Attempt.ExpireIfDue(now))
        {
            return false;
        }

        var grading = telemetry.StartTiming();
        await context.GradeIfSubmittedAsync(db, now, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The sweep or another tab closed it at the same moment; their version stands.
            throw new ConflictException("The attempt was closed a moment ago. Reload to see it.");
        }

        telemetry.AttemptSubmitted(autoSubmitted: true, grading);
        return true;
    }
}
