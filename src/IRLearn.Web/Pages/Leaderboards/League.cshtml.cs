namespace IRLearn.Web.Pages.Leaderboards;

public sealed class LeagueModel(ISender sender) : PageModel
{
    public LeagueStandingsDto Board { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public LeaderboardWindow Window { get; set; } = LeaderboardWindow.AllTime;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        Board = await sender.Send(new GetLeagueStandingsQuery(id, Window), cancellationToken);
}
