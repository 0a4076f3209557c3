using IRLearn.Application.Common.Interfaces;
using IRLearn.Domain.Leaderboards;
using Microsoft.EntityFrameworkCore;

namespace IRLearn.Application.Leaderboards;

/// <summary>
/// Who may see which board. Queries and the live hub ask the same questions, so a student of
/// another class or an instructor outside a league is refused everywhere (as 404: ids cannot be probed).
/// </summary>
public static class LeaderboardAccess
{
    /// <summary>An instructor of the classroom, or a student actively enrolled in it.</summary>
    public static Task<bool> CanViewClassroomAsync(this IApplicationDbContext db, string userId, Guid classroomId, CancellationToken cancellationToken) =>
        db.Classrooms.AsNoTracking().AnyAsync(
            c => c.Id == classroomId
                && (c.Instructors.Any(i => i.UserId == userId)
                    || c.Enrollments.Any(e => e.StudentId == userId && e.RemovedAt == null)),
            cancellationToken);

    /// <summary>The league's owner, or an instructor or active student of one of its classrooms.</summary>
    public static async Task<bool> CanViewLeagueAsync(this IApplicationDbContext db, string userId, Guid leagueId, CancellationToken cancellationToken)
    {
        var league = await db.Leagues.AsNoTracking().FirstOrDefaultAsync(l => l.Id == leagueId, cancellationToken);
        return league is not null && await CanViewLeagueAsync(db, userId, league, cancellationToken);
    }

    public static async Task<bool> CanViewLeagueAsync(this IApplicationDbContext db, string userId, League league, CancellationToken cancellationToken)
    {
        if (league.IsOwner(userId))
        {
            return true;
        }

        var classroomIds = league.Memberships.Select(m => m.ClassroomId).ToList();
        return await db.Classrooms.AsNoTracking().AnyAsync(
            c => classroomIds.Contains(c.Id)
                && (c.Instructors.Any(i => i.UserId == userId)
                    || c.Enrollments.Any(e => e.StudentId == userId && e.RemovedAt == null)),
            cancellationToken);
    }
}
