using IRLearn.Application.Common.Interfaces;
using IRLearn.Domain.Attempts;
using IRLearn.Domain.QuestionBank;
using Microsoft.EntityFrameworkCore;

namespace IRLearn.Application.Attempts.Commands.SaveAnswers;

/// <summary>
/// The common save made cheap (issue 16): every answer sent is to a question the student's attempt has, and each one
/// is either unchanged or replaces a response the attempt already has. One compiled query reads, per question, what
/// deciding needs (the attempt's status, deadline and stamp, the item's option order, the version's content, the
/// response's id and answer); the domain's rule decides (<see cref="Attempt.EnsureAcceptsAnswers"/>); one transaction
/// replaces the stamp where it is still the one read (the aggregate's concurrency check) and rewrites the responses.
/// Anything else (a first answer, a question the attempt does not have, someone else's or a missing attempt) returns
/// null before anything is written, and the caller takes the aggregate path, which decides and reports as it always did.
/// </summary>
internal static class ResponseRewrite
{
    private static readonly Func<DbContext, Guid, string, int[], IAsyncEnumerable<Slot>> Slots = EF.CompileAsyncQuery(
        (DbContext db, Guid attemptId, string studentId, int[] numbers) =>
            from a in db.Set<Attempt>()
            where a.Id == attemptId && a.StudentId == studentId
            from i in a.Items
            where numbers.Contains(i.Order)
            join v in db.Set<QuestionVersion>() on i.QuestionVersionId equals v.Id
            join r in db.Set<Response>() on new { AttemptId = a.Id, i.QuestionVersionId } equals new { r.AttemptId, r.QuestionVersionId } into responses
            from r in responses.DefaultIfEmpty()
            select new Slot(a.Status, a.Deadline, a.GracePeriod, a.ConcurrencyStamp, i.Order, i.OptionOrder, v.Content, r == null ? null : (Guid?)r.Id, r == null ? null : r.Answer));

    /// <summary>How many answers were written and the countdown, or null when the aggregate path must decide.</summary>
    public static async Task<(int Saved, TimeSpan Remaining)?> TryAsync(
        IApplicationDbContext db, Guid attemptId, string studentId, IReadOnlyList<int> numbers, IEnumerable<AnswerInput> answers, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // The application's context is EF's; compiled queries and bulk updates take it as such.
        var context = (DbContext)db;
        var slots = new Dictionary<int, Slot>(numbers.Count);
        await foreach (var slot in Slots(context, attemptId, studentId, [.. numbers]).WithCancellation(cancellationToken))
        {
            slots[slot.Number] = slot;
        }

        if (slots.Count != numbers.Count)
        {
            return null;
        }

        var first = slots[numbers[0]];
        var rewritten = new Dictionary<Guid, Answer>();
        var saved = 0;
        foreach (var input in answers)
        {
            var slot = slots[input.Number];
            var answer = AnswerMapping.ToAnswer(slot.Content.Type, slot.OptionOrder, input);
            if (AttemptAnswers.IsUnchanged(slot.Answer, answer))
            {
                continue;
            }

            Attempt.EnsureAcceptsAnswers(first.Status, first.Deadline + first.GracePeriod, now);
            if (slot.ResponseId is not { } responseId)
            {
                return null;
            }

            // A later answer to the same question compares with this one, as on the aggregate.
            slots[input.Number] = slot with { Answer = answer };
            rewritten[responseId] = answer;
            saved++;
        }

        if (saved > 0)
        {
            await db.InTransactionAsync(
                async token =>
                {
                    var stamped = await context.Set<Attempt>()
                        .Where(a => a.Id == attemptId && a.ConcurrencyStamp == first.ConcurrencyStamp)
                        .ExecuteUpdateAsync(set => set.SetProperty(a => a.ConcurrencyStamp, Guid.NewGuid()), token);
                    if (stamped == 0)
                    {
                        throw new DbUpdateConcurrencyException("The attempt changed after it was read (another save or its submission).");
                    }

                    foreach (var (responseId, answer) in rewritten)
                    {
                        await context.Set<Response>()
                            .Where(r => r.Id == responseId)
                            .ExecuteUpdateAsync(set => set.SetProperty(r => r.Answer, answer).SetProperty(r => r.SavedAt, now), token);
                    }
                },
                cancellationToken);
        }

        return (saved, Attempt.TimeRemaining(first.Status, first.Deadline, now));
    }

    private sealed record Slot(
        AttemptStatus Status,
        DateTimeOffset Deadline,
        TimeSpan GracePeriod,
        Guid ConcurrencyStamp,
        int Number,
        IReadOnlyList<int> OptionOrder,
        QuestionContent Content,
        Guid? ResponseId,
        Answer? Answer);
}
