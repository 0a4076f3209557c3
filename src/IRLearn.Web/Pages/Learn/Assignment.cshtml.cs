using IRLearn.Web.Learning;
using Microsoft.AspNetCore.RateLimiting;

namespace IRLearn.Web.Pages.Learn;

// Start takes a turn from the shared start limit (POST only; the page itself is not limited).
[EnableRateLimiting(AttemptStartLimit.PolicyName)]
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
