using IRLearn.Application.Attempts.Commands.StartAttempt;
using IRLearn.Application.Attempts.Queries.GetMyAssignment;
using IRLearn.Application.Common.Exceptions;
using IRLearn.Domain.Common;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IRLearn.Web.Pages.Learn;

public sealed class AssignmentModel(ISender sender) : PageModel
{
    public MyAssignmentDto Assignment { get; private set; } = null!;

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostStartAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            var started = await sender.Send(new StartAttemptCommand(id), cancellationToken);
            return RedirectToPage("/Learn/Attempt", new { id = started.AttemptId });
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (Exception ex) when (ex is DomainException or ConflictException)
        {
            Error = ex.Message;
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            Assignment = await sender.Send(new GetMyAssignmentQuery(id), cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
