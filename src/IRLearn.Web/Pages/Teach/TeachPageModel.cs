using FluentValidation;
using IRLearn.Application.Common.Exceptions;
using IRLearn.Domain.Common;
using IRLearn.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IRLearn.Web.Pages.Teach;

/// <summary>
/// What every Teach page does with a use case's expected failures: a missing or someone else's
/// item is a 404 page; a validation or rule failure is shown on the form (and nothing was saved).
/// Successful posts redirect (post/redirect/get) with a status line.
/// </summary>
public abstract class TeachPageModel : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>Runs <paramref name="action"/>; on a user mistake reloads the page with the errors shown under <paramref name="prefix"/>.</summary>
    protected async Task<IActionResult> TryAsync(Func<Task<IActionResult>> action, Func<Task> reload, string prefix = "")
    {
        try
        {
            return await action();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (ValidationException ex)
        {
            ModelState.AddValidationErrors(ex, prefix);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(string.Empty, ex.Message);
        }

        return await ReloadAsync(reload);
    }

    /// <summary>Loads a page's data; a missing or someone else's item is a 404.</summary>
    protected async Task<IActionResult> LoadAsync(Func<Task> load)
    {
        try
        {
            await load();
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    protected IActionResult Done(string message, string? page = null, object? routeValues = null)
    {
        StatusMessage = message;
        return page is null ? RedirectToPage(routeValues) : RedirectToPage(page, routeValues);
    }

    private async Task<IActionResult> ReloadAsync(Func<Task> reload) => await LoadAsync(reload);
}
