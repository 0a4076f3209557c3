using IRLearn.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace IRLearn.Web.Pages.Account;

/// <summary>Logging out is a POST with an antiforgery token, so another site cannot log a user out.</summary>
public sealed class LogoutModel(SignInManager<ApplicationUser> signInManager) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signInManager.SignOutAsync();
        return RedirectToPage("/Index");
    }
}
