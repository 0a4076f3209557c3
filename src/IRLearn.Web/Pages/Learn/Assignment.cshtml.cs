using IRLearn.Application.Attempts.Commands.StartAttempt;
using IRLearn.Application.Attempts.Queries.GetMyAssignment;
using IRLearn.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IRLearn.Web.Pages.Learn;

public sealed class AssignmentModel(ISender sender) : PageModel, IFormPage
{
    [FromRoute]
    public Guid Id { get; set; }

    public MyAssignmentDto Assignment { get; private set; } = null!;

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostStartAsync(CancellationToken cancellationToken)
    {
        var started = await sender.Send(new StartAttemptCommand(Id), cancellationToken);
        return RedirectToPage("/Learn/Attempt", new { id = started.AttemptId });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Assignment = await sender.Send(new GetMyAssignmentQuery(Id), cancellationToken);
}
