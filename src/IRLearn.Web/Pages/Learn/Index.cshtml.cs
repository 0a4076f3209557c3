using System.ComponentModel.DataAnnotations;

namespace IRLearn.Web.Pages.Learn;

public sealed class IndexModel(ISender sender) : PageModel, IFormPage
{
    public StudentDashboardDto Dashboard { get; private set; } = null!;

    [BindProperty]
    [Required(ErrorMessage = "Enter the join code your instructor gave you.")]
    [StringLength(20)]
    [Display(Name = "Join code")]
    public string? JoinCode { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    [FormErrors(Field = nameof(JoinCode))]
    public async Task<IActionResult> OnPostJoinAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            await ReloadAsync(cancellationToken);
            return Page();
        }

        var joined = await sender.Send(new JoinClassroomCommand(JoinCode!), cancellationToken);
        Notice = joined.NewlyJoined ? $"You joined {joined.Name}." : $"You are already in {joined.Name}.";
        return RedirectToPage();
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Dashboard = await sender.Send(new GetStudentDashboardQuery(), cancellationToken);
}
