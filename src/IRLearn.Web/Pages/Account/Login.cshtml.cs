using System.ComponentModel.DataAnnotations;
using IRLearn.Application.Common.Security;
using IRLearn.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace IRLearn.Web.Pages.Account;

public sealed class LoginModel(SignInManager<ApplicationUser> signInManager, UserManager<ApplicationUser> userManager) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? ErrorMessage { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signInManager.PasswordSignInAsync(Input.Email.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            ErrorMessage = "This account is locked after repeated failed log-ins. Try again in 15 minutes.";
            return Page();
        }

        if (!result.Succeeded)
        {
            // One message for an unknown e-mail and a wrong password, so accounts cannot be discovered.
            ErrorMessage = "Wrong e-mail or password.";
            return Page();
        }

        if (!string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl))
        {
            return LocalRedirect(ReturnUrl);
        }

        var user = await userManager.FindByEmailAsync(Input.Email.Trim());
        var roles = user is null ? [] : await userManager.GetRolesAsync(user);
        return roles.Contains(Roles.Instructor) ? RedirectToPage("/Teach/Index")
            : roles.Contains(Roles.Admin) ? RedirectToPage("/Admin/Users")
            : RedirectToPage("/Learn/Index");
    }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Enter your e-mail address.")]
        [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
        [Display(Name = "E-mail")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Enter your password.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = string.Empty;
    }
}
