using System.ComponentModel.DataAnnotations;

namespace IRLearn.Web.Pages.Admin;

public sealed class UsersModel(ISender sender) : PageModel, IFormPage
{
    [BindProperty]
    public InstructorInput Input { get; set; } = new();

    public IReadOnlyList<UserSummary> Users { get; private set; } = [];

    [TempData]
    public string? Created { get; set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    [FormErrors(nameof(Input))]
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            await ReloadAsync(cancellationToken);
            return Page();
        }

        await sender.Send(new CreateInstructorCommand(Input.Email, Input.DisplayName, Input.Password), cancellationToken);
        Created = Input.Email;
        return RedirectToPage();
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Users = await sender.Send(new ListUsersQuery(), cancellationToken);

    public sealed class InstructorInput
    {
        [Required, StringLength(100), Display(Name = "Name")]
        public string DisplayName { get; set; } = string.Empty;

        [Required, EmailAddress, Display(Name = "E-mail")]
        public string Email { get; set; } = string.Empty;

        [Required, DataType(DataType.Password), Display(Name = "Initial password")]
        public string Password { get; set; } = string.Empty;
    }
}
