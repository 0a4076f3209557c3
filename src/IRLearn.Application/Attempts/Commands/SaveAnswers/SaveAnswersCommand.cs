using FluentValidation;
using IRLearn.Application.Common.Interfaces;
using IRLearn.Application.Common.Security;
using IRLearn.Application.Common.Telemetry;
using IRLearn.Domain.Attempts;
using Mediator;

namespace IRLearn.Application.Attempts.Commands.SaveAnswers;

/// <summary>
/// Saves answers as they are given: one (autosave, the API) or all of a page's answers (a plain form
/// post). The answers are committed before this returns, so an acknowledged answer survives a crash.
/// Unchanged answers are not written again, so resending the whole form is cheap and safe to retry.
/// </summary>
[Authorize(Roles = Roles.Student)]
public sealed record SaveAnswersCommand(Guid AttemptId, IReadOnlyList<AnswerInput> Answers) : ICommand<SavedAnswersDto>;

/// <param name="Saved">The question numbers now stored as sent (including those that were already).</param>
/// <param name="SecondsRemaining">From the server's clock, so a countdown can correct itself.</param>
public sealed record SavedAnswersDto(Guid AttemptId, DateTimeOffset SavedAt, IReadOnlyList<int> Saved, int SecondsRemaining);

public sealed class SaveAnswersCommandValidator : AbstractValidator<SaveAnswersCommand>
{
    public SaveAnswersCommandValidator()
    {
        RuleFor(c => c.Answers).Cascade(CascadeMode.Stop).NotNull().Must(a => a.Count is > 0 and <= 500).WithMessage("Send between 1 and 500 answers.");
        RuleForEach(c => c.Answers).SetValidator(new AnswerInputValidator());
    }
}

public sealed class SaveAnswersCommandHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock, IRLearnTelemetry telemetry)
    : ICommandHandler<SaveAnswersCommand, SavedAnswersDto>
{
    public async ValueTask<SavedAnswersDto> Handle(SaveAnswersCommand command, CancellationToken cancellationToken)
    {
        var studentId = currentUser.Id;
        var now = clock.GetUtcNow();
        var numbers = command.Answers.Select(a => a.Number).Distinct().Order().ToList();
        var (saved, remaining) = await ResponseRewrite.TryAsync(db, command.AttemptId, studentId, numbers, command.Answers, now, cancellationToken)
            ?? await SaveOnAggregateAsync(command, studentId, numbers, now, cancellationToken);
        if (saved > 0)
        {
            telemetry.AnswersSaved(saved);
        }

        return new SavedAnswersDto(command.AttemptId, now, numbers, (int)Math.Ceiling(remaining.TotalSeconds));
    }

    /// <summary>A first answer, or anything <see cref="ResponseRewrite"/> does not decide: on the attempt as the domain holds it.</summary>
    private async Task<(int Saved, TimeSpan Remaining)> SaveOnAggregateAsync(SaveAnswersCommand command, string studentId, List<int> numbers, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var context = await AttemptAnswers.LoadForSaveAsync(db, command.AttemptId, studentId, numbers, cancellationToken);
        var saved = context.Apply(command.Answers, now);
        if (saved > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return (saved, context.Attempt.TimeRemaining(now));
    }
}
