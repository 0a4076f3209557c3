using IRLearn.Domain.Grading;

namespace IRLearn.Application.Grading.Common;

/// <summary>How far a regrade has come.</summary>
public sealed record RegradeProgress(int Done, int Total);

/// <summary>What a regrade did: per attempt whose score changed, the totals before and after.</summary>
public sealed record RegradeReportDto(
    Guid QuestionId,
    int KeyVersionNumber,
    int AttemptsConsidered,
    int AttemptsRegraded,
    int AttemptsSkippedIncompatible,
    IReadOnlyList<RegradedAttemptDto> Changed);

public sealed record RegradedAttemptDto(Guid AttemptId, string StudentId, string StudentName, decimal? Before, decimal? After, decimal MaxScore);

/// <summary>
/// Regrades every graded attempt that showed a question, against the question's current version,
/// in the classrooms the instructor teaches. An attempt that showed an older version is regraded
/// against the current key only when the two are answer-compatible (same type and number of
/// options or pairs), because stored answers are option indexes; otherwise it is skipped and
/// counted. Work is saved in small batches so progress can be reported and a failure loses little.
/// Not a Mediator request: the caller (a use case, or the background job runner) has already
/// checked that <paramref name="instructorId"/> owns the question.
/// </summary>
public sealed class QuestionRegrader(IApplicationDbContext db, TimeProvider clock, IIdentityService identity)
{
    private const int BatchSize = 25;

    public async Task<IReadOnlyList<Guid>> AffectedAttemptIdsAsync(Guid questionId, string instructorId, CancellationToken cancellationToken)
    {
        return await db.Attempts.AsNoTracking()
            .TaughtBy(db.Classrooms, instructorId)
            .Where(a => (a.Status == AttemptStatus.Graded || a.Status == AttemptStatus.NeedsGrading)
                && a.Items.Any(i => i.QuestionId == questionId))
            .OrderBy(a => a.Id)
            .Select(a => a.Id)
            .ToListAsync(cancellationToken);
    }

    /// <param name="progress">Told after the count is known and after each saved batch (so at most every <c>BatchSize</c> attempts); a job runner writes it where every instance reads it.</param>
    public async Task<RegradeReportDto> RegradeAsync(Guid questionId, string instructorId, Func<RegradeProgress, CancellationToken, Task>? progress, CancellationToken cancellationToken)
    {
        var question = await db.Questions.AsNoTracking().FirstAsync(q => q.Id == questionId, cancellationToken);
        var key = question.CurrentVersion;
        var lesson = await db.Lessons.AsNoTracking().FirstOrDefaultAsync(l => l.Id == question.LessonId, cancellationToken);
        var aliases = lesson is null ? null : AliasMap.FromKeyTerms(lesson.KeyTerms);
        var compatible = question.Versions.Where(v => key.Content.IsAnswerCompatibleWith(v.Content)).Select(v => v.Id).ToHashSet();

        var ids = await AffectedAttemptIdsAsync(questionId, instructorId, cancellationToken);
        await ReportAsync(progress, new RegradeProgress(0, ids.Count), cancellationToken);
        var regraded = 0;
        var skipped = 0;
        var changed = new List<(Attempt Attempt, RegradeSummary Summary)>();
        foreach (var batch in ids.Chunk(BatchSize))
        {
            var attempts = await db.Attempts.Where(a => batch.Contains(a.Id)).ToListAsync(cancellationToken);
            foreach (var attempt in attempts)
            {
                var shown = attempt.Items.First(i => i.QuestionId == questionId).QuestionVersionId;
                if (!compatible.Contains(shown))
                {
                    skipped++;
                    continue;
                }

                var summary = attempt.Regrade(new Dictionary<Guid, QuestionVersion> { [shown] = key }, instructorId, clock.GetUtcNow(), aliases);
                regraded++;
                if (summary.Changed)
                {
                    changed.Add((attempt, summary));
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            await ReportAsync(progress, new RegradeProgress(regraded + skipped, ids.Count), cancellationToken);
        }

        var names = await identity.GetDisplayNamesAsync(changed.Select(c => c.Attempt.StudentId).Distinct(), cancellationToken);
        return new RegradeReportDto(
            questionId,
            key.Number,
            ids.Count,
            regraded,
            skipped,
            changed.Select(c => new RegradedAttemptDto(
                c.Attempt.Id,
                c.Attempt.StudentId,
                names.GetValueOrDefault(c.Attempt.StudentId, c.Attempt.StudentId),
                c.Summary.FinalScoreBefore,
                c.Summary.FinalScoreAfter,
                c.Attempt.MaxScore)).ToList());
    }

    private static Task ReportAsync(Func<RegradeProgress, CancellationToken, Task>? progress, RegradeProgress value, CancellationToken cancellationToken) =>
        progress is null ? Task.CompletedTask : progress(value, cancellationToken);
}
