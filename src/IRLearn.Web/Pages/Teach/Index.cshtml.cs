using IRLearn.Application.Classrooms.Queries.GetInstructorDashboard;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IRLearn.Web.Pages.Teach;

public sealed class IndexModel(ISender sender) : PageModel
{
    public InstructorDashboardDto Dashboard { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Dashboard = await sender.Send(new GetInstructorDashboardQuery(), cancellationToken);
}
