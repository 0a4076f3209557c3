using IRLearn.Application.Classrooms;
using IRLearn.Application.Leaderboards.Scoring;

namespace IRLearn.Application.Leaderboards.Queries.GetQuizLeaderboard;

/// <summary>One assignment's board: each student's graded first attempt, best percentage first.</summary>
[Authorize(Roles = Roles.Student + "," + Roles.Instructor)]
public sealed record GetQuizLeaderboardQuery(Guid AssignmentId) : IQuery<QuizLeaderboardDto>;

public sealed record QuizLeaderboardDto(
    Guid AssignmentId,
    Guid ClassroomId,
    string ClassroomName,
    string Title,
    bool ViewerIsInstructor,
    int Enrolled,
    IReadOnlyList<QuizRowDto> Rows);

public sealed record QuizRowDto(int Rank, string Name, bool IsYou, decimal Points, decimal Score, decimal MaxScore, DateTimeOffset SubmittedAt);

public sealed class GetQuizLeaderboardQueryHandler(
    IApplicationDbContext db,
    ICurrentUser currentUser) : IQueryHandler<GetQuizLeaderboardQuery, QuizLeaderboardDto>
{
    public async ValueTask<QuizLeaderboardDto> Handle(GetQuizLeaderboardQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        // The classroom's name and this assignment's title, not the classroom's roster entities.
        var classroom = await db.Classrooms.AsNoTracking().VisibleTo(userId)
            .SelectMany(c => c.Assignments.Where(a => a.Id == query.AssignmentId), (c, a) => new
            {
                c.Id,
                c.Name,
                IsInstructor = c.Instructors.Any(i => i.UserId == userId),
                AssignmentId = a.Id,
                AssignmentTitle = a.Title,
            })
            .FirstOrNotFoundAsync("Assignment", query.AssignmentId, cancellationToken);
        var isInstructor = classroom.IsInstructor;

        var active = (await db.ActiveStudentsAsync(classroom.Id, withNames: isInstructor, cancellationToken))
            .ToDictionary(s => s.StudentId, StringComparer.Ordinal);
        var attempts = (await db.FirstAttemptsAsync([classroom.Id], since: null, cancellationToken, classroom.AssignmentId))
            .Where(a => active.ContainsKey(a.StudentId))
            .ToList();

        // One first attempt per student, so ties fall to whoever submitted first, then the id.
        var rows = attempts
            .OrderByDescending(LeaderboardScoring.PointsFor)
            .ThenBy(a => a.SubmittedAt)
            .ThenBy(a => a.StudentId, StringComparer.Ordinal)
            .Select((a, index) => new QuizRowDto(
                index + 1,
                StudentLabels.For(active[a.StudentId], isInstructor),
                a.StudentId == userId,
                LeaderboardScoring.PointsFor(a),
                a.FinalScore,
                a.MaxScore,
                a.SubmittedAt))
            .ToList();
        return new QuizLeaderboardDto(classroom.AssignmentId, classroom.Id, classroom.Name, classroom.AssignmentTitle, isInstructor, active.Count, rows);
    }
}
