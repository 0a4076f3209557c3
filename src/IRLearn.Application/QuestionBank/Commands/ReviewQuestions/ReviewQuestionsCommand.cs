namespace IRLearn.Application.QuestionBank.Commands.ReviewQuestions;

public enum ReviewDecision
{
    Approve,
    Reject,
    Retire,
}

/// <summary>Approves, rejects or retires one question or many at once (bulk review). All or nothing.</summary>
[Authorize(Roles = Roles.Instructor)]
public sealed record ReviewQuestionsCommand(IReadOnlyList<Guid> QuestionIds, ReviewDecision Decision) : ICommand<int>
{
    public const int MaxQuestions = 500;
}

public sealed class ReviewQuestionsCommandValidator : AbstractValidator<ReviewQuestionsCommand>
{
    public ReviewQuestionsCommandValidator()
    {
        RuleFor(c => c.QuestionIds).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Choose at least one question.")
            .Must(ids => ids.Count <= ReviewQuestionsCommand.MaxQuestions)
            .WithMessage($"Review at most {ReviewQuestionsCommand.MaxQuestions} questions at once.");
        RuleFor(c => c.Decision).IsInEnum();
    }
}

public sealed class ReviewQuestionsCommandHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : ICommandHandler<ReviewQuestionsCommand, int>
{
    public async ValueTask<int> Handle(ReviewQuestionsCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var ids = command.QuestionIds.Distinct().ToList();
        var questions = await db.Questions
            .OwnedBy(userId).Where(q => ids.Contains(q.Id))
            .ToListAsync(cancellationToken);

        // One id that is missing or not the caller's refuses the whole batch, so a bulk action never half-applies.
        if (questions.Count != ids.Count)
        {
            throw new NotFoundException(nameof(Question), ids.First(id => questions.TrueForAll(q => q.Id != id)));
        }

        foreach (var question in questions)
        {
            switch (command.Decision)
            {
                case ReviewDecision.Approve:
                    question.Approve();
                    break;
                case ReviewDecision.Reject:
                    question.Reject();
                    break;
                case ReviewDecision.Retire:
                    question.Retire();
                    break;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return questions.Count;
    }
}
