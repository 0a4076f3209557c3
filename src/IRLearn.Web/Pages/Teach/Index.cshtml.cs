namespace IRLearn.Web.Pages.Teach;

public sealed class IndexModel(ISender sender) : PageModel
{
    public InstructorDashboardDto Dashboard { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Dashboard = await sender.Send(new GetInstructorDashboardQuery(), cancellationToken);
}
