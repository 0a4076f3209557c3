using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace IRLearn.Web.Leaderboards;

/// <summary>
/// After a grade is committed (first grading, manual grade, override or regrade), tells the
/// classroom's open boards and the boards of every league it is in to refresh. Retakes do not score,
/// so their grading wakes nobody.
/// </summary>
public sealed class LeaderboardNotifier(IHubContext<LeaderboardHub> hub, IApplicationDbContext db) : INotificationHandler<AttemptGraded>
{
    public async ValueTask Handle(AttemptGraded notification, CancellationToken cancellationToken)
    {
        var attempt = await db.Attempts.FindAsync([notification.AttemptId], cancellationToken);
        if (attempt is not { Number: 1 })
        {
            return;
        }

        var leagueIds = await db.Leagues.AsNoTracking()
            .Where(l => l.Memberships.Any(m => m.ClassroomId == notification.ClassroomId))
            .Select(l => l.Id)
            .ToListAsync(cancellationToken);
        var groups = leagueIds.Select(LeaderboardHub.LeagueGroup).Append(LeaderboardHub.ClassroomGroup(notification.ClassroomId)).ToList();
        await hub.Clients.Groups(groups).SendAsync(LeaderboardHub.BoardChanged, cancellationToken);
    }
}
