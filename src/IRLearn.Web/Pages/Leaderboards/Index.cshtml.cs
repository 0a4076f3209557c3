using IRLearn.Application.Leaderboards.Queries.ListMyLeaderboards;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace IRLearn.Web.Pages.Leaderboards;

public sealed class IndexModel(ISender sender) : LeaderboardPage
{
    public MyLeaderboardsDto Boards { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        ShowAsync(async () => Boards = await sender.Send(new ListMyLeaderboardsQuery(), cancellationToken));
}
