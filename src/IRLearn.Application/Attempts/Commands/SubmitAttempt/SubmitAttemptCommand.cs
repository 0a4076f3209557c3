using FluentValidation;
using IRLearn.Application.Common.Interfaces;
using IRLearn.Application.Common.Security;
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

public sealed class SubmitAttemptCommandHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<SubmitAttemptCommand, SubmittedAttemptDto>
{
    public async ValueTask<SubmittedAttemptDto> Handle(SubmitAttemptCommand command, CancellationToken cancellationToken)
    {
        var studentId = currentUser.Id;
        var now = clock.GetUtcNow();
        var context = await AttemptAnswers.LoadOwnAsync(db, command.AttemptId, studentId, track: true, cancellationToken);
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
        await context.GradeIfSubmittedAsync(db, now, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another tab (or the expiry sweep) closed it a moment ago: that submission stands.
            var current = await db.Attempts.AsNoTracking()
                .Where(a => a.Id == attempt.Id)
                .Select(a => new { a.Status, a.AutoSubmitted })
                .FirstAsync(cancellationToken);
            if (current.Status == AttemptStatus.InProgress)
            {
                throw;
            }

            return new SubmittedAttemptDto(attempt.Id, current.Status, AlreadySubmitted: true, current.AutoSubmitted);
        }

        return new SubmittedAttemptDto(attempt.Id, attempt.Status, AlreadySubmitted: false, attempt.AutoSubmitted);
    }
}
