using IRLearn.Application.Grading.Common;

namespace IRLearn.Application.Grading.Commands.GradeResponse;

/// <summary>An instructor scores one response by hand (0 to the question's points), with an optional comment. Audited by the domain.</summary>
[Authorize(Roles = Roles.Instructor)]
public sealed record GradeResponseCommand(Guid AttemptId, Guid QuestionVersionId, decimal Score, string? Comment) : ICommand<AttemptGradeDto>;

/// <summary>An attempt's grade after a change.</summary>
public sealed record AttemptGradeDto(Guid AttemptId, AttemptStatus Status, decimal? Score, decimal? FinalScore, decimal MaxScore, decimal? Percent)
{
    public static AttemptGradeDto Of(Attempt attempt) =>
        new(attempt.Id, attempt.Status, attempt.Score, attempt.FinalScore, attempt.MaxScore, attempt.Percent);
}

public sealed class GradeResponseCommandValidator : AbstractValidator<GradeResponseCommand>
{
    public GradeResponseCommandValidator()
    {
        RuleFor(c => c.AttemptId).NotEmpty();
        RuleFor(c => c.QuestionVersionId).NotEmpty();
        RuleFor(c => c.Score).GreaterThanOrEqualTo(0).WithMessage("The score cannot be negative.");
        RuleFor(c => c.Comment).MaximumLength(2000);
    }
}

public sealed class GradeResponseCommandHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<GradeResponseCommand, AttemptGradeDto>
{
    public async ValueTask<AttemptGradeDto> Handle(GradeResponseCommand command, CancellationToken cancellationToken)
    {
        var graderId = currentUser.Id;
        var attempt = await db.Attempts.Include(a => a.GradeChanges).TaughtBy(db.Classrooms, graderId).FirstOrNotFoundAsync(command.AttemptId, cancellationToken);
        attempt.GradeManually(command.QuestionVersionId, command.Score, command.Comment, graderId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return AttemptGradeDto.Of(attempt);
    }
}
