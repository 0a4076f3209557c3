using FluentValidation;
using IRLearn.Application.Common.Exceptions;
using IRLearn.Application.Common.Interfaces;
using IRLearn.Application.Common.Security;
using IRLearn.Application.Common.Telemetry;
using IRLearn.Domain.Attempts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IRLearn.Application.Attempts.Commands.SubmitAttempt;

/// <summary>
/// Submits an attempt, first saving any answers that came with it (a form's last state), and grades
/// it in the same save. Idempotent: a double click or a second tab gets the same outcome as the
/// first, never a second submission and never an error.
/// </summary>
[Authorize(Roles = Roles.Student)]
public sealed record SubmitAttemptCommand(Guid AttemptId, IReadOnlyList<AnswerInput>? Answers = null) : ICommand<SubmittedAttemptDto>;

public sealed record SubmittedAttemptDto(Guid AttemptId, AttemptStatus Status, bool AlreadySubmitted, bool AutoSubmitted);

public sealed class SubmitAttemptCommandValidator : AbstractValidator<SubmitAttemptCommand>
{
    public SubmitAttemptCommandValidator()
    {
        RuleFor(c => c.Answers).Must(a => a is null || a.Count <= 500).WithMessage("Send at most 500 answers.");
        RuleForEach(c => c.Answers).SetValidator(new AnswerInputValidator());
    }
}

public sealed class SubmitAttemptCommandHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock, IRLearnTelemetry telemetry)
    : ICommandHandler<SubmitAttemptCommand, SubmittedAttemptDto>
{
    /// <summary>A submit that lost a race this many times in a row is refused (409) rather than tried again.</summary>
    private const int Rounds = 3;

    public async ValueTask<SubmittedAttemptDto> Handle(SubmitAttemptCommand command, CancellationToken cancellationToken)
    {
        for (var round = 1; ; round++)
        {
            try
            {
                return await SubmitAsync(command, cancellationToken);
            }
            catch (DbUpdateException) when (round < Rounds)
            {
                // Another request wrote the attempt between our read and our save: a second tab's submit, the expiry
                // sweep, or an autosave. SQLite serialises writers, so there the stamp catches it (a concurrency
                // exception); PostgreSQL runs them at once, so there the loser's insert of the same response usually
                // trips the unique (attempt, question version) index first. Either way nothing of ours was saved:
                // forget it and decide again on what is committed now. A closed attempt answers as already submitted.
                db.ChangeTracker.Clear();
            }
            catch (DbUpdateException)
            {
                throw new ConflictException("Your answers were being saved from another tab while you submitted. Nothing was submitted; submit again.");
            }
        }
    }

    private async Task<SubmittedAttemptDto> SubmitAsync(SubmitAttemptCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var context = await AttemptAnswers.LoadOwnAsync(db, command.AttemptId, currentUser.Id, track: true, cancellationToken);
        var attempt = context.Attempt;
        if (attempt.Status != AttemptStatus.InProgress)
        {
            return new SubmittedAttemptDto(attempt.Id, attempt.Status, AlreadySubmitted: true, attempt.AutoSubmitted);
        }

        // Answers that arrive after the cut-off are refused by the domain; the submission still happens with what was saved.
        if (command.Answers is { Count: > 0 } answers && attempt.IsOpenAt(now))
        {
            context.Apply(answers, now);
        }

        attempt.Submit(now);
        var grading = telemetry.StartTiming();
        await context.GradeIfSubmittedAsync(db, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        telemetry.AttemptSubmitted(attempt.AutoSubmitted, grading);
        return new SubmittedAttemptDto(attempt.Id, attempt.Status, AlreadySubmitted: false, attempt.AutoSubmitted);
    }
}
