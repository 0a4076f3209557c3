using IRLearn.Application.Leaderboards.Queries.GetQuizLeaderboard;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace IRLearn.Web.Pages.Leaderboards;

public sealed class QuizModel(ISender sender) : LeaderboardPage
{
    public QuizLeaderboardDto Board { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(Guid assignmentId, CancellationToken cancellationToken) =>
        ShowAsync(async () => Board = await sender.Send(new GetQuizLeaderboardQuery(assignmentId), cancellationToken));
}
