using IRLearn.Application.Classrooms.Queries.GetStudentDashboard;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IRLearn.Web.Pages.Learn;

public sealed class IndexModel(ISender sender) : PageModel
{
    public StudentDashboardDto Dashboard { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Dashboard = await sender.Send(new GetStudentDashboardQuery(), cancellationToken);
}
