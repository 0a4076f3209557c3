using IRLearn.Application.Learning;

namespace IRLearn.Application.Progress.Queries.GetMyProgress;

/// <summary>
/// The student's progress: scores over time, mastery per topic (question tags) and per lesson, the
/// streak of days with a submission, and how many review cards are due. Scores and mastery count
/// only attempts whose feedback policy lets the student see them.
/// </summary>
[Authorize(Roles = Roles.Student)]
public sealed record GetMyProgressQuery : IQuery<ProgressDto>;

public sealed record ProgressDto(
    IReadOnlyList<ScorePointDto> Scores,
    IReadOnlyList<MasteryDto> Topics,
    IReadOnlyList<MasteryDto> Lessons,
    int StreakDays,
    int AttemptsSubmitted,
    int ReviewsDue);

public sealed record ScorePointDto(Guid AttemptId, DateTimeOffset SubmittedAt, string QuizTitle, decimal Percent);

public sealed class GetMyProgressQueryHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : IQueryHandler<GetMyProgressQuery, ProgressDto>
{
    public async ValueTask<ProgressDto> Handle(GetMyProgressQuery query, CancellationToken cancellationToken)
    {
        var studentId = currentUser.Id;
        var now = clock.GetUtcNow();
        var record = await StudentRecord.LoadAsync(db, studentId, now, cancellationToken);

        var scores = record.Attempts
            .Where(a => a.ScoreShown && a.Attempt.Percent is not null && a.Attempt.SubmittedAt is not null)
            .Select(a => new ScorePointDto(a.Attempt.Id, a.Attempt.SubmittedAt!.Value, a.QuizTitle, a.Attempt.Percent!.Value))
            .OrderBy(s => s.SubmittedAt)
            .ToList();

        var items = await GradedItemsAsync(record, cancellationToken);
        var lessonIds = items.Select(i => i.LessonId).Distinct().ToList();
        var lessonTitles = await db.Lessons.AsNoTracking().Where(l => lessonIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.Title, cancellationToken);

        var reviewsDue = await db.ReviewCards.CountAsync(c => c.StudentId == studentId && c.Due <= now, cancellationToken);
        return new ProgressDto(
            scores,
            ProgressMath.Mastery(items, i => i.Tags),
            ProgressMath.Mastery(items, i => [lessonTitles.GetValueOrDefault(i.LessonId, "Lesson")]),
            ProgressMath.Streak(record.Attempts.Select(a => a.Attempt.SubmittedAt).OfType<DateTimeOffset>(), now),
            record.Attempts.Count,
            reviewsDue);
    }

    private async Task<List<GradedItem>> GradedItemsAsync(StudentRecord record, CancellationToken cancellationToken)
    {
        var shown = record.Attempts.Where(a => a.FeedbackShown && a.Attempt.Status is AttemptStatus.Graded or AttemptStatus.NeedsGrading).Select(a => a.Attempt).ToList();
        var versionIds = shown.SelectMany(a => a.Items.Select(i => i.QuestionVersionId)).Distinct().ToList();
        var versions = await db.QuestionVersions.AsNoTracking().Where(v => versionIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, cancellationToken);
        var questionIds = shown.SelectMany(a => a.Items.Select(i => i.QuestionId)).Distinct().ToList();
        var lessonOf = await db.Questions
            .Where(q => questionIds.Contains(q.Id))
            .Select(q => new { q.Id, q.LessonId })
            .ToDictionaryAsync(q => q.Id, q => q.LessonId, cancellationToken);

        return shown
            .SelectMany(a => a.Items.Select(item => (Item: item, Response: a.ResponseFor(item.QuestionVersionId))))
            .Where(x => x.Response?.NeedsManualGrading != true)
            .Select(x => new GradedItem(
                x.Item.QuestionId,
                lessonOf.GetValueOrDefault(x.Item.QuestionId),
                versions[x.Item.QuestionVersionId].Content.Tags,
                x.Item.Points,
                x.Response?.EffectiveScore ?? 0m))
            .ToList();
    }
}
