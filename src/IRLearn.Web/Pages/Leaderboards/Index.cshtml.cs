namespace IRLearn.Web.Pages.Leaderboards;

public sealed class IndexModel(ISender sender) : PageModel
{
    public MyLeaderboardsDto Boards { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Boards = await sender.Send(new ListMyLeaderboardsQuery(), cancellationToken);
}
