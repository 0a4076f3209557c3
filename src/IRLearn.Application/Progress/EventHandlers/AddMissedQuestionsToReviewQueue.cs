using IRLearn.Application.Common.Interfaces;
using IRLearn.Domain.Attempts;
using IRLearn.Domain.Progress;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IRLearn.Application.Progress.EventHandlers;

/// <summary>
/// When an attempt is graded, every question the student did not get fully right joins their review
/// queue (or, if it was already there and learned since, starts over). It listens to the event rather
/// than sitting in the submit handler so manual grading and regrades feed the queue too.
/// </summary>
public sealed class AddMissedQuestionsToReviewQueue(IServiceScopeFactory scopes, TimeProvider clock) : IDomainEventHandler<AttemptGraded>
{
    public async Task HandleAsync(AttemptGraded domainEvent, CancellationToken cancellationToken)
    {
        // A fresh unit of work: the one that raised the event has just finished saving.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
        var now = clock.GetUtcNow();

        var attempt = await db.Attempts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == domainEvent.AttemptId, cancellationToken);
        if (attempt is null)
        {
            return;
        }

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
