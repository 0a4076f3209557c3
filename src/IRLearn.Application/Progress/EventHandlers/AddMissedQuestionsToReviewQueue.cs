using IRLearn.Domain.Progress;

namespace IRLearn.Application.Progress.EventHandlers;

/// <summary>
/// When an attempt is graded, every question the student did not get fully right joins their review
/// queue (or, if it was already there and learned since, starts over). It listens to the event rather
/// than sitting in the submit handler so manual grading and regrades feed the queue too.
/// </summary>
public sealed class AddMissedQuestionsToReviewQueue(IApplicationDbContext db, TimeProvider clock) : INotificationHandler<AttemptGraded>
{
    public async ValueTask Handle(AttemptGraded notification, CancellationToken cancellationToken)
    {
        // The request's own unit of work has just committed the attempt: Find returns the tracked one without a query.
        var attempt = await db.Attempts.FindAsync([notification.AttemptId], cancellationToken);
        if (attempt is null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var missed = attempt.Items
            .Where(i => attempt.ResponseFor(i.QuestionVersionId) is not { IsCorrect: true })
            .Where(i => attempt.ResponseFor(i.QuestionVersionId) is not { NeedsManualGrading: true })
            .Select(i => i.QuestionId)
            .ToList();
        if (missed.Count == 0)
        {
            return;
        }

        var cards = await db.ReviewCards
            .Where(c => c.StudentId == attempt.StudentId && missed.Contains(c.QuestionId))
            .ToDictionaryAsync(c => c.QuestionId, cancellationToken);
        var submittedAt = attempt.SubmittedAt ?? now;
        foreach (var questionId in missed)
        {
            if (!cards.TryGetValue(questionId, out var card))
            {
                db.ReviewCards.Add(ReviewCard.ForMissedQuestion(attempt.StudentId, questionId, now));
            }
            else if ((card.LastReviewedAt ?? card.CreatedAt) < submittedAt)
            {
                // Reviewed before this attempt and missed again in it; a regrade of the same attempt changes nothing.
                card.MissedAgain(now);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
