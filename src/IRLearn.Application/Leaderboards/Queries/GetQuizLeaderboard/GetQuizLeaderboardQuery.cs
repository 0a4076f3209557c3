using IRLearn.Application.Common.Access;
using IRLearn.Application.Common.Exceptions;
using IRLearn.Application.Common.Interfaces;
using IRLearn.Application.Common.Security;
using IRLearn.Application.Leaderboards.Scoring;
using Mediator;
using Microsoft.EntityFrameworkCore;

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
    ICurrentUser currentUser,
    IIdentityService identity) : IQueryHandler<GetQuizLeaderboardQuery, QuizLeaderboardDto>
{
    public async ValueTask<QuizLeaderboardDto> Handle(GetQuizLeaderboardQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var classroom = await db.Classrooms.AsNoTracking().VisibleTo(userId)
            .Where(c => c.Assignments.Any(a => a.Id == query.AssignmentId))
            .FirstOrNotFoundAsync("Assignment", query.AssignmentId, cancellationToken);
        var isInstructor = classroom.IsInstructor(userId);

        var assignment = classroom.GetAssignment(query.AssignmentId);
        var active = classroom.Enrollments.Where(e => e.IsActive).ToDictionary(e => e.StudentId, StringComparer.Ordinal);
        var attempts = (await db.FirstAttemptsAsync([classroom.Id], since: null, cancellationToken, assignment.Id))
            .Where(a => active.ContainsKey(a.StudentId))
            .ToList();
        var names = isInstructor
            ? await identity.GetDisplayNamesAsync(active.Keys, cancellationToken)
            : new Dictionary<string, string>();

        // One first attempt per student, so ties fall to whoever submitted first, then the id.
        var rows = attempts
            .OrderByDescending(LeaderboardScoring.PointsFor)
            .ThenBy(a => a.SubmittedAt)
            .ThenBy(a => a.StudentId, StringComparer.Ordinal)
            .Select((a, index) => new QuizRowDto(
                index + 1,
                StudentLabels.For(active[a.StudentId], names.GetValueOrDefault(a.StudentId, "Student"), isInstructor),
                a.StudentId == userId,
                LeaderboardScoring.PointsFor(a),
                a.FinalScore,
                a.MaxScore,
                a.SubmittedAt))
            .ToList();
        return new QuizLeaderboardDto(assignment.Id, classroom.Id, classroom.Name, assignment.Title, isInstructor, active.Count, rows);
    }
}
