using IRLearn.Application.Leaderboards;
using IRLearn.Application.Leaderboards.Queries.GetLeagueStandings;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace IRLearn.Web.Pages.Leaderboards;

public sealed class LeagueModel(ISender sender) : LeaderboardPage
{
    public LeagueStandingsDto Board { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public LeaderboardWindow Window { get; set; } = LeaderboardWindow.AllTime;

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        ShowAsync(async () => Board = await sender.Send(new GetLeagueStandingsQuery(id, Window), cancellationToken));
}
