using IRLearn.Application.Common.Exceptions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IRLearn.Web.Pages.Leaderboards;

/// <summary>
/// Base of the board pages: students and instructors only; whether this user may see this board is
/// the use case's decision, and its "not found" becomes the site's 404 page.
/// </summary>
[Authorize(Roles = Application.Common.Security.Roles.Student + "," + Application.Common.Security.Roles.Instructor)]
public abstract class LeaderboardPage : PageModel
{
    protected async Task<IActionResult> ShowAsync(Func<Task> load)
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
}
