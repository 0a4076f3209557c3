using System.ComponentModel.DataAnnotations;
using IRLearn.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace IRLearn.Web.Pages.Account;

public sealed class RegisterModel(ISender sender, SignInManager<ApplicationUser> signInManager, UserManager<ApplicationUser> userManager) : PageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    [FormErrors(nameof(Input))]
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var userId = await sender.Send(new RegisterStudentCommand(Input.Email, Input.DisplayName, Input.Password), cancellationToken);
        var user = await userManager.FindByIdAsync(userId);
        await signInManager.SignInAsync(user!, isPersistent: false);
        return RedirectToPage("/Learn/Index");
    }

    public sealed class RegisterInput
    {
        [Required(ErrorMessage = "Enter your name.")]
        [StringLength(100)]
        [Display(Name = "Your name")]
        public string DisplayName { get; set; } = string.Empty;

        [Required(ErrorMessage = "Enter your e-mail address.")]
        [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
        [Display(Name = "E-mail")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Choose a password.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = string.Empty;
    }
}
