namespace IRLearn.Application.Leaderboards.Scoring;

/// <summary>A graded first attempt, as the boards read it.</summary>
public sealed record FirstAttemptScore(
    Guid ClassroomId,
    Guid AssignmentId,
    string StudentId,
    decimal FinalScore,
    decimal MaxScore,
    bool CountsTowardGrade,
    DateTimeOffset SubmittedAt,
    DateTimeOffset GradedAt);

/// <summary>What one graded first attempt adds to its student's line: its points and when it was graded.</summary>
public sealed record StudentPoints(string StudentId, decimal Points, DateTimeOffset GradedAt);

/// <summary>One student's line on a classroom board, before names are chosen for the viewer.</summary>
public sealed record StudentStanding(int Rank, string StudentId, decimal Points, int QuizzesTaken, DateTimeOffset? LastGradedAt);

/// <summary>One classroom's line in a league, before ranking.</summary>
public sealed record ClassStanding(
    Guid ClassroomId,
    string Name,
    int Enrolled,
    int Participants,
    decimal TotalPoints,
    decimal Score,
    decimal ParticipationPercent,
    DateTimeOffset? LastGradedAt);

/// <summary>
/// The scoring rules of every board, in one place and free of I/O so they can be checked by hand
/// (docs/leaderboards.md states them for people):
/// <list type="bullet">
/// <item>Only graded <b>first</b> attempts score, so retakes cannot farm points. Their current final
/// score counts, so an override or regrade of the first attempt moves the board.</item>
/// <item>An attempt is worth its percentage (0–100 points), so a 5-question quiz weighs the same as a 40-question one.
/// An attempt that does not count toward the grade (late under the Reject policy, not overridden) is worth 0.</item>
/// <item>A classroom's score is its students' total divided by its active enrolment: non-takers count 0,
/// so class size is neutral and participation matters.</item>
/// </list>
/// </summary>
public static class LeaderboardScoring
{
    public static decimal PointsFor(FirstAttemptScore attempt) => PointsFor(attempt.FinalScore, attempt.MaxScore, attempt.CountsTowardGrade);

    public static decimal PointsFor(decimal finalScore, decimal maxScore, bool countsTowardGrade) =>
        countsTowardGrade && maxScore > 0
            ? Math.Round(finalScore * 100m / maxScore, 2, MidpointRounding.AwayFromZero)
            : 0m;

    /// <summary>
    /// Ranks every listed student, takers or not. Ties: more quizzes taken, then whoever reached the
    /// total first (earlier last grading), then the student id, so the order never depends on the viewer.
    /// </summary>
    public static IReadOnlyList<StudentStanding> RankStudents(IEnumerable<string> studentIds, IEnumerable<FirstAttemptScore> attempts) =>
        RankStudents(studentIds, attempts.Select(a => new StudentPoints(a.StudentId, PointsFor(a), a.GradedAt)));

    /// <summary>The same ranking from each attempt's points alone (attempts of students not listed are ignored).</summary>
    public static IReadOnlyList<StudentStanding> RankStudents(IEnumerable<string> studentIds, IEnumerable<StudentPoints> attempts)
    {
        var byStudent = new Dictionary<string, (decimal Points, int Taken, DateTimeOffset Last)>(StringComparer.Ordinal);
        foreach (var a in attempts)
        {
            byStudent[a.StudentId] = byStudent.TryGetValue(a.StudentId, out var sum)
                ? (sum.Points + a.Points, sum.Taken + 1, a.GradedAt > sum.Last ? a.GradedAt : sum.Last)
                : (a.Points, 1, a.GradedAt);
        }

        return studentIds
            .Distinct(StringComparer.Ordinal)
            .Select(id => byStudent.TryGetValue(id, out var mine)
                ? (Id: id, mine.Points, mine.Taken, Last: (DateTimeOffset?)mine.Last)
                : (Id: id, Points: 0m, Taken: 0, Last: null))
            .OrderByDescending(s => s.Points)
            .ThenByDescending(s => s.Taken)
            .ThenBy(s => s.Last ?? DateTimeOffset.MaxValue)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .Select((s, index) => new StudentStanding(index + 1, s.Id, s.Points, s.Taken, s.Last))
            .ToList();
    }

    /// <summary>Scores one classroom from its active students' first attempts (the caller drops removed students' attempts).</summary>
    public static ClassStanding ScoreClass(Guid classroomId, string name, int enrolled, IReadOnlyCollection<FirstAttemptScore> attempts)
    {
        var total = attempts.Sum(PointsFor);
        var participants = attempts.Select(a => a.StudentId).Distinct(StringComparer.Ordinal).Count();
        return new ClassStanding(
            classroomId,
            name,
            enrolled,
            participants,
            total,
            enrolled == 0 ? 0m : Math.Round(total / enrolled, 2, MidpointRounding.AwayFromZero),
            enrolled == 0 ? 0m : Math.Round(participants * 100m / enrolled, 1, MidpointRounding.AwayFromZero),
            attempts.Count == 0 ? null : attempts.Max(a => a.GradedAt));
    }

    /// <summary>
    /// Orders classrooms: higher score (to 2 decimals), then higher participation, then whoever
    /// reached the score first (earlier last grading; none at all sorts last), then name, then id.
    /// </summary>
    public static IReadOnlyList<ClassStanding> OrderClasses(IEnumerable<ClassStanding> classes) =>
        classes
            .OrderByDescending(c => c.Score)
            .ThenByDescending(c => c.ParticipationPercent)
            .ThenBy(c => c.LastGradedAt ?? DateTimeOffset.MaxValue)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .ThenBy(c => c.ClassroomId)
            .ToList();
}
