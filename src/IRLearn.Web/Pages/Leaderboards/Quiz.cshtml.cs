using IRLearn.Application.Leaderboards.Queries.GetQuizLeaderboard;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IRLearn.Web.Pages.Leaderboards;

public sealed class QuizModel(ISender sender) : PageModel
{
    public QuizLeaderboardDto Board { get; private set; } = null!;

    public async Task OnGetAsync(Guid assignmentId, CancellationToken cancellationToken) =>
        Board = await sender.Send(new GetQuizLeaderboardQuery(assignmentId), cancellationToken);
}
