using IRLearn.Application.Attempts;
using IRLearn.Application.Learning;
using IRLearn.Domain.Grading;

namespace IRLearn.Application.Progress.Commands.PracticeReviewCard;

/// <summary>
/// Answers a review card. The answer is graded on the spot and only reschedules the card (SM-2):
/// practice never touches an attempt, so it never changes a grade.
/// </summary>
[Authorize(Roles = Roles.Student)]
public sealed record PracticeReviewCardCommand(Guid CardId, AnswerInput Answer) : ICommand<PracticeResultDto>;

public sealed record PracticeResultDto(Guid CardId, ItemFeedbackDto Feedback, DateTimeOffset NextDue, int IntervalDays);

public sealed class PracticeReviewCardCommandValidator : AbstractValidator<PracticeReviewCardCommand>
{
    public PracticeReviewCardCommandValidator()
    {
        RuleFor(c => c.Answer).NotNull().SetValidator(new AnswerInputValidator());
    }
}

public sealed class PracticeReviewCardCommandHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<PracticeReviewCardCommand, PracticeResultDto>
{
    public async ValueTask<PracticeResultDto> Handle(PracticeReviewCardCommand command, CancellationToken cancellationToken)
    {
        var studentId = currentUser.Id;
        var now = clock.GetUtcNow();
        var card = await db.ReviewCards.FirstOrDefaultAsync(c => c.Id == command.CardId && c.StudentId == studentId, cancellationToken)
            ?? throw new NotFoundException("Review card", command.CardId);
        var record = await StudentRecord.LoadAsync(db, studentId, now, cancellationToken);
        if (!record.RevealedQuestionIds.Contains(card.QuestionId))
        {
            throw new NotFoundException("Review card", command.CardId);
        }

        var question = await db.Questions.AsNoTracking().FirstAsync(q => q.Id == card.QuestionId, cancellationToken);
        var content = question.CurrentVersion.Content;
        var lesson = await db.Lessons.AsNoTracking().FirstOrDefaultAsync(l => l.Id == question.LessonId, cancellationToken);
        var aliases = lesson is null ? AliasMap.Empty : AliasMap.FromKeyTerms(lesson.KeyTerms);

        var answer = AnswerMapping.ToAnswer(content.Type, PracticeOrder.For(card.Id, content), command.Answer);
        var feedback = QuestionViews.Preview(content, 1m, answer, aliases);
        if (card.IsDue(now))
        {
            card.Review(QualityOf(feedback), now);
            await db.SaveChangesAsync(cancellationToken);
        }

        // Otherwise the card was reviewed a moment ago (a double click, a second tab) and is scheduled ahead: the answer
        // still gets its feedback, but one practice is one review (ADR 18).
        return new PracticeResultDto(card.Id, feedback, card.Due, card.IntervalDays);
    }

    // SM-2 wants a 0–5 self-rating; we derive it from the answer: right = 4 (correct, some effort),
    // partly right = 3 (just passes), wrong or undecidable = 1 (seen again tomorrow).
    private static int QualityOf(ItemFeedbackDto feedback) => feedback switch
    {
        { IsCorrect: true } => 4,
        { Score: > 0m } => 3,
        _ => 1,
    };
}
