using IRLearn.Application.Common.Interfaces;
using IRLearn.Domain.Attempts;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace IRLearn.Web.Leaderboards;

/// <summary>
/// After a grade is committed (first grading, manual grade, override or regrade), tells the
/// classroom's open boards and the boards of every league it is in to refresh. Retakes do not score,
/// so their grading wakes nobody.
/// </summary>
public sealed class LeaderboardNotifier(IHubContext<LeaderboardHub> hub, IServiceScopeFactory scopes) : IDomainEventHandler<AttemptGraded>
{
    public async Task HandleAsync(AttemptGraded domainEvent, CancellationToken cancellationToken)
    {
        // A scope of its own: the context that raised the event is still inside its SaveChanges.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
        var isFirst = await db.Attempts.AsNoTracking().AnyAsync(a => a.Id == domainEvent.AttemptId && a.Number == 1, cancellationToken);
        if (!isFirst)
        {
            return;
        }

        var leagueIds = await db.Leagues.AsNoTracking()
            .Where(l => l.Memberships.Any(m => m.ClassroomId == domainEvent.ClassroomId))
            .Select(l => l.Id)
            .ToListAsync(cancellationToken);
        var groups = leagueIds.Select(LeaderboardHub.LeagueGroup).Append(LeaderboardHub.ClassroomGroup(domainEvent.ClassroomId)).ToList();
        await hub.Clients.Groups(groups).SendAsync(LeaderboardHub.BoardChanged, cancellationToken);
    }
}
