using IRLearn.Application.Grading.Commands.GradeResponse;
using IRLearn.Application.Grading.Common;

namespace IRLearn.Application.Grading.Commands.OverrideAttemptScore;

/// <summary>
/// Sets an attempt's total (a <paramref name="Score"/>), or removes the override when the score is null.
/// Either way a reason is required, because the audit trail must say why a grade differs from its answers.
/// </summary>
[Authorize(Roles = Roles.Instructor)]
public sealed record OverrideAttemptScoreCommand(Guid AttemptId, decimal? Score, string Reason) : ICommand<AttemptGradeDto>;

public sealed class OverrideAttemptScoreCommandValidator : AbstractValidator<OverrideAttemptScoreCommand>
{
    public OverrideAttemptScoreCommandValidator()
    {
        RuleFor(c => c.AttemptId).NotEmpty();
        RuleFor(c => c.Score).GreaterThanOrEqualTo(0).WithMessage("The total cannot be negative.");
        RuleFor(c => c.Reason).NotEmpty().WithMessage("Give a reason for the override.").MaximumLength(1000);
    }
}

public sealed class OverrideAttemptScoreCommandHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<OverrideAttemptScoreCommand, AttemptGradeDto>
{
    public async ValueTask<AttemptGradeDto> Handle(OverrideAttemptScoreCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var attempt = await db.Attempts.Include(a => a.GradeChanges).TaughtBy(db.Classrooms, userId).FirstOrNotFoundAsync(command.AttemptId, cancellationToken);
        if (command.Score is { } score)
        {
            attempt.OverrideTotal(score, command.Reason, userId, clock.GetUtcNow());
        }
        else
        {
            attempt.ClearOverride(command.Reason, userId, clock.GetUtcNow());
        }

        await db.SaveChangesAsync(cancellationToken);
        return AttemptGradeDto.Of(attempt);
    }
}
