using IRLearn.Application.Classrooms;
using IRLearn.Application.Leaderboards.Scoring;

namespace IRLearn.Application.Leaderboards.Queries.GetClassroomLeaderboard;

/// <summary>Students of one classroom by points from graded first attempts, for its instructors and students.</summary>
[Authorize(Roles = Roles.Student + "," + Roles.Instructor)]
public sealed record GetClassroomLeaderboardQuery(Guid ClassroomId, LeaderboardWindow Window = LeaderboardWindow.AllTime) : IQuery<ClassroomLeaderboardDto>;

public sealed record ClassroomLeaderboardDto(
    Guid ClassroomId,
    string ClassroomName,
    LeaderboardWindow Window,
    DateTimeOffset? Since,
    bool ViewerIsInstructor,
    string? MyAlias,
    IReadOnlyList<StudentRowDto> Rows,
    IReadOnlyList<AssignmentLinkDto> Assignments);

public sealed record StudentRowDto(int Rank, string Name, bool IsYou, decimal Points, int QuizzesTaken, DateTimeOffset? LastGradedAt);

public sealed record AssignmentLinkDto(Guid Id, string Title, DateTimeOffset DueAt);

public sealed class GetClassroomLeaderboardQueryHandler(
    IApplicationDbContext db,
    ICurrentUser currentUser,
    TimeProvider clock) : IQueryHandler<GetClassroomLeaderboardQuery, ClassroomLeaderboardDto>
{
    public async ValueTask<ClassroomLeaderboardDto> Handle(GetClassroomLeaderboardQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        // The classroom's name and assignments, not its roster entities: the roster is read below as columns.
        var classroom = await db.Classrooms.AsNoTracking().VisibleTo(userId)
            .Where(c => c.Id == query.ClassroomId)
            .Select(c => new
            {
                c.Id,
                c.Name,
                IsInstructor = c.Instructors.Any(i => i.UserId == userId),
                Assignments = c.Assignments.Select(a => new AssignmentLinkDto(a.Id, a.Title, a.DueAt)).ToList(),
            })
            .FirstOrNotFoundAsync(nameof(Classroom), query.ClassroomId, cancellationToken);
        var isInstructor = classroom.IsInstructor;

        var since = LeaderboardWindows.Since(query.Window, clock.GetUtcNow());
        var active = (await db.ActiveStudentsAsync(classroom.Id, withNames: isInstructor, cancellationToken))
            .ToDictionary(s => s.StudentId, StringComparer.Ordinal);
        var attempts = (await db.FirstAttemptsAsync([classroom.Id], since, cancellationToken))
            .Where(a => active.ContainsKey(a.StudentId));
        var standings = LeaderboardScoring.RankStudents(active.Keys, attempts);

        var rows = standings
            .Select(s => new StudentRowDto(
                s.Rank,
                StudentLabels.For(active[s.StudentId], isInstructor),
                s.StudentId == userId,
                s.Points,
                s.QuizzesTaken,
                s.LastGradedAt))
            .ToList();
        var assignments = classroom.Assignments.OrderBy(a => a.DueAt).ToList();
        return new ClassroomLeaderboardDto(
            classroom.Id,
            classroom.Name,
            query.Window,
            since,
            isInstructor,
            active.GetValueOrDefault(userId)?.Alias,
            rows,
            assignments);
    }
}
