using IRLearn.Application.Leaderboards.Scoring;

namespace IRLearn.Application.Leaderboards;

/// <summary>The one query every board reads scores with, so the "first attempt, graded" rule lives in one place.</summary>
public static class LeaderboardData
{
    /// <summary>
    /// Graded first attempts in the classrooms, submitted at or after <paramref name="since"/> (null: all).
    /// Attempts awaiting manual grading do not count until they are graded.
    /// </summary>
    public static async Task<List<FirstAttemptScore>> FirstAttemptsAsync(
        this IApplicationDbContext db,
        IReadOnlyCollection<Guid> classroomIds,
        DateTimeOffset? since,
        CancellationToken cancellationToken,
        Guid? assignmentId = null)
    {
        var query = GradedFirstAttempts(db, classroomIds, since);
        if (assignmentId is { } assignment)
        {
            query = query.Where(a => a.AssignmentId == assignment);
        }

        // FinalScore and CountsTowardGrade are computed properties; spell them out so SQL can project them.
        var rows = await query
            .Select(a => new
            {
                a.ClassroomId,
                a.AssignmentId,
                a.StudentId,
                Final = a.ScoreOverride ?? a.Score,
                a.MaxScore,
                Counts = !a.IsLate || a.ScoreOverride != null,
                a.SubmittedAt,
                a.GradedAt,
            })
            .ToListAsync(cancellationToken);
        return rows
            .Select(r => new FirstAttemptScore(r.ClassroomId, r.AssignmentId, r.StudentId, r.Final ?? 0m, r.MaxScore, r.Counts, r.SubmittedAt!.Value, r.GradedAt!.Value))
            .ToList();
    }

    /// <summary>
    /// The same attempts of one classroom as only what ranking its students needs: who, how many points, when graded.
    /// A class board ranks every student on every read, so the five columns per attempt here are its main cost.
    /// </summary>
    public static async Task<List<StudentPoints>> StudentPointsAsync(
        this IApplicationDbContext db, Guid classroomId, DateTimeOffset? since, CancellationToken cancellationToken)
    {
        var rows = await GradedFirstAttempts(db, [classroomId], since)
            .Select(a => new { a.StudentId, Final = a.ScoreOverride ?? a.Score, a.MaxScore, Counts = !a.IsLate || a.ScoreOverride != null, a.GradedAt })
            .ToListAsync(cancellationToken);
        return rows.ConvertAll(r => new StudentPoints(r.StudentId, LeaderboardScoring.PointsFor(r.Final ?? 0m, r.MaxScore, r.Counts), r.GradedAt!.Value));
    }

    private static IQueryable<Attempt> GradedFirstAttempts(IApplicationDbContext db, IReadOnlyCollection<Guid> classroomIds, DateTimeOffset? since)
    {
        var query = db.Attempts.AsNoTracking()
            .Where(a => classroomIds.Contains(a.ClassroomId) && a.Number == 1 && a.Status == AttemptStatus.Graded);
        return since is { } start ? query.Where(a => a.SubmittedAt >= start) : query;
    }
}
