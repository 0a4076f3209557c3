using System.Security.Claims;
using IRLearn.Application.Common.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace IRLearn.Web.Leaderboards;

/// <summary>
/// Pushes "this board changed" to open leaderboard pages. It carries no scores: the page fetches
/// the current standings itself, through the same query and checks as a reload, so the hub cannot
/// leak what the page would not show. Joining a group is checked like opening the board.
/// </summary>
[Authorize]
public sealed class LeaderboardHub(IApplicationDbContext db) : Hub
{
    public const string Path = "/hubs/leaderboards";
    public const string BoardChanged = "boardChanged";

    public static string ClassroomGroup(Guid classroomId) => $"classroom:{classroomId:N}";

    public static string LeagueGroup(Guid leagueId) => $"league:{leagueId:N}";

    /// <summary>Follows a classroom's boards (the classroom board and its quiz boards).</summary>
    public async Task JoinClassroom(Guid classroomId)
    {
        if (!await db.Classrooms.VisibleTo(UserId).AnyAsync(c => c.Id == classroomId, Context.ConnectionAborted))
        {
            throw new HubException("Not found.");
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, ClassroomGroup(classroomId), Context.ConnectionAborted);
    }

    public async Task JoinLeague(Guid leagueId)
    {
        if (!await db.Leagues.VisibleTo(db.Classrooms, UserId).AnyAsync(l => l.Id == leagueId, Context.ConnectionAborted))
        {
            throw new HubException("Not found.");
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, LeagueGroup(leagueId), Context.ConnectionAborted);
    }

    private string UserId => Context.User?.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new HubException("Sign in required.");
}
