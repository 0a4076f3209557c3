using IRLearn.Application.Grading.Common;

namespace IRLearn.Application.Grading.Commands.StartRegrade;

/// <summary>After a question's answer key was fixed, regrades every affected attempt in the background. Returns the job to watch.</summary>
[Authorize(Roles = Roles.Instructor)]
public sealed record StartRegradeCommand(Guid QuestionId) : ICommand<RegradeJobDto>;

public sealed class StartRegradeCommandValidator : AbstractValidator<StartRegradeCommand>
{
    public StartRegradeCommandValidator() => RuleFor(c => c.QuestionId).NotEmpty();
}

public sealed class StartRegradeCommandHandler(IApplicationDbContext db, ICurrentUser currentUser, QuestionRegrader regrader, IRegradeJobs jobs)
    : ICommandHandler<StartRegradeCommand, RegradeJobDto>
{
    public async ValueTask<RegradeJobDto> Handle(StartRegradeCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        await db.Questions.AsNoTracking().OwnedBy(userId).FirstOrNotFoundAsync(command.QuestionId, cancellationToken);
        var affected = await regrader.AffectedAttemptIdsAsync(command.QuestionId, userId, cancellationToken);
        return await jobs.EnqueueAsync(command.QuestionId, userId, affected.Count, cancellationToken);
    }
}
