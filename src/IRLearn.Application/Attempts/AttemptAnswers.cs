using IRLearn.Application.Common.Access;
using IRLearn.Application.Common.Interfaces;
using IRLearn.Application.QuestionBank;
using IRLearn.Domain.Attempts;
using IRLearn.Domain.Grading;
using IRLearn.Domain.QuestionBank;
using Microsoft.EntityFrameworkCore;

namespace IRLearn.Application.Attempts;

/// <summary>
/// An attempt with the exact versions it showed: all that saving, submitting, expiring and grading
/// need. Saving answers is the hottest path in the app, so it loads no quiz and no classroom;
/// showing the attempt adds those (<see cref="AttemptContext"/>).
/// </summary>
public sealed record AttemptAnswers(Attempt Attempt, IReadOnlyDictionary<Guid, QuestionVersion> Versions)
{
    /// <summary>
    /// Loads the student's own attempt. Someone else's attempt is reported exactly like a missing
    /// one (404), so attempt ids cannot be probed.
    /// </summary>
    public static async Task<AttemptAnswers> LoadOwnAsync(IApplicationDbContext db, Guid attemptId, string studentId, bool track, CancellationToken cancellationToken)
    {
        var attempts = track ? db.Attempts : db.Attempts.AsNoTracking();
        var attempt = await attempts.TakenBy(studentId).FirstOrNotFoundAsync(attemptId, cancellationToken);
        return await ForAsync(db, attempt, cancellationToken);
    }

    /// <summary>
    /// Loads what saving answers to the given question numbers needs, and nothing more: the attempt (its
    /// status, deadline, stamp and items), the responses to those questions only, and their versions only.
    /// The aggregate is deliberately partial, so it serves <see cref="Apply"/> alone; submitting and
    /// grading load it whole. Someone else's attempt is a 404, as in <see cref="LoadOwnAsync"/>.
    /// </summary>
    public static async Task<AttemptAnswers> LoadForSaveAsync(IApplicationDbContext db, Guid attemptId, string studentId, IReadOnlyCollection<int> numbers, CancellationToken cancellationToken)
    {
        var attempt = await db.Attempts.IgnoreAutoIncludes().TakenBy(studentId).FirstOrNotFoundAsync(attemptId, cancellationToken);
        var versionIds = attempt.Items.Where(i => numbers.Contains(i.Order)).Select(i => i.QuestionVersionId).ToList();

        // Tracked, so EF attaches them to the attempt: SaveAnswer finds an existing response and updates it.
        await db.Attempts.Where(a => a.Id == attempt.Id)
            .SelectMany(a => a.Responses)
            .Where(r => versionIds.Contains(r.QuestionVersionId))
            .LoadAsync(cancellationToken);
        return new(attempt, await db.QuestionVersions.ByIdsAsync(versionIds, cancellationToken));
    }

    public static async Task<AttemptAnswers> ForAsync(IApplicationDbContext db, Attempt attempt, CancellationToken cancellationToken) =>
        new(attempt, await db.QuestionVersions.ByIdsAsync(attempt.Items.Select(i => i.QuestionVersionId), cancellationToken));

    /// <summary>The key terms of the lessons the attempt's questions come from: "CICA" and its expansion are the same answer.</summary>
    public async Task<AliasMap> AliasesAsync(IApplicationDbContext db, CancellationToken cancellationToken)
    {
        var questionIds = Attempt.Items.Select(i => i.QuestionId).ToList();
        var lessonIds = await db.Questions.Where(q => questionIds.Contains(q.Id)).Select(q => q.LessonId).Distinct().ToListAsync(cancellationToken);
        var lessons = await db.Lessons.AsNoTracking().Where(l => lessonIds.Contains(l.Id)).ToListAsync(cancellationToken);
        return AliasMap.FromKeyTerms(lessons.SelectMany(l => l.KeyTerms));
    }

    /// <summary>
    /// Grades a closed attempt that has not been graded yet, in the same unit of work as its
    /// submission, so <see cref="AttemptGraded"/> (leaderboards, review queue) follows every submit.
    /// </summary>
    public async Task GradeIfSubmittedAsync(IApplicationDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (Attempt.Status == AttemptStatus.Submitted)
        {
            Attempt.Grade(Versions, now, await AliasesAsync(db, cancellationToken));
        }
    }

    /// <summary>Whether saving <paramref name="answer"/> over what is saved would change nothing: the same answer, or a blank one where none is saved.</summary>
    public static bool IsUnchanged(Answer? saved, Answer answer) => saved is null ? answer.IsEmpty : saved.Equals(answer);

    /// <summary>Applies answers from a form or client; unchanged answers and blank new ones are not written again.</summary>
    public int Apply(IEnumerable<AnswerInput> answers, DateTimeOffset now)
    {
        var saved = 0;
        foreach (var input in answers)
        {
            var item = Attempt.Items.FirstOrDefault(i => i.Order == input.Number)
                ?? throw new Domain.Common.DomainException("attempt.question_not_in_attempt", $"This attempt has no question {input.Number}.");
            var answer = AnswerMapping.ToAnswer(Versions[item.QuestionVersionId].Content.Type, item.OptionOrder, input);
            if (IsUnchanged(Attempt.ResponseFor(item.QuestionVersionId)?.Answer, answer))
            {
                continue;
            }

            Attempt.SaveAnswer(item.QuestionVersionId, answer, now);
            saved++;
        }

        return saved;
    }
}
