using IRLearn.Application.Grading.Common;
using IRLearn.Domain.Common;

namespace IRLearn.Application.Grading.Commands.AcceptAnswer;

/// <summary>
/// Accepts an alternative answer for everyone: adds <paramref name="Answer"/> to the question's
/// accepted answers (a new version, through <see cref="Question.Edit"/>) and regrades every
/// affected attempt against it. The queue is small by nature, so this runs in the request and
/// returns what changed; the bulk "regrade after a key fix" goes through a background job.
/// </summary>
[Authorize(Roles = Roles.Instructor)]
public sealed record AcceptAnswerForEveryoneCommand(Guid QuestionId, string Answer) : ICommand<RegradeReportDto>;

public sealed class AcceptAnswerForEveryoneCommandValidator : AbstractValidator<AcceptAnswerForEveryoneCommand>
{
    public AcceptAnswerForEveryoneCommandValidator()
    {
        RuleFor(c => c.QuestionId).NotEmpty();
        RuleFor(c => c.Answer).NotEmpty().WithMessage("Give the answer to accept.").MaximumLength(300);
    }
}

public sealed class AcceptAnswerForEveryoneCommandHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock, QuestionRegrader regrader)
    : ICommandHandler<AcceptAnswerForEveryoneCommand, RegradeReportDto>
{
    public async ValueTask<RegradeReportDto> Handle(AcceptAnswerForEveryoneCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var question = await db.Questions.OwnedBy(userId).FirstOrNotFoundAsync(command.QuestionId, cancellationToken);
        var current = question.CurrentVersion.Content;
        if (current.Type is not (QuestionType.ShortAnswer or QuestionType.FillInBlank))
        {
            throw new DomainException("grading.accept_not_text", "Only short-answer and fill-in-the-blank questions have accepted answers.");
        }

        var answer = command.Answer.Trim();
        if (!current.AcceptedAnswers.Contains(answer, StringComparer.OrdinalIgnoreCase))
        {
            question.Edit(
                QuestionContent.Create(
                    current.Type,
                    current.Stem,
                    acceptedAnswers: [.. current.AcceptedAnswers, answer],
                    explanation: current.Explanation,
                    source: current.Source,
                    difficulty: current.Difficulty,
                    tags: current.Tags),
                clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }

        return await regrader.RegradeAsync(question.Id, userId, progress: null, cancellationToken);
    }
}
