namespace IRLearn.Web.Pages.Leaderboards;

public sealed class QuizModel(ISender sender) : PageModel
{
    public QuizLeaderboardDto Board { get; private set; } = null!;

    public async Task OnGetAsync(Guid assignmentId, CancellationToken cancellationToken) =>
        Board = await sender.Send(new GetQuizLeaderboardQuery(assignmentId), cancellationToken);
}
