using FluentValidation;
using IRLearn.Domain.Common;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IRLearn.Web.Pages.Teach.Grading;

/// <summary>
/// Shared behaviour of the grading pages' forms: a refused change (invalid input or a broken rule)
/// is shown on the page and changes nothing; everything else is the exception handler's business.
/// </summary>
public abstract class GradingPage : PageModel
{
    [Microsoft.AspNetCore.Mvc.TempData]
    public string? Notice { get; set; }

    protected async Task<bool> TryAsync(Func<Task> change, string prefix = "")
    {
        try
        {
            await change();
            return true;
        }
        catch (ValidationException ex)
        {
            foreach (var error in ex.Errors)
            {
                ModelState.AddModelError(prefix, error.ErrorMessage);
            }
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(prefix, ex.Message);
        }

        return false;
    }
}
