using System.ComponentModel.DataAnnotations;

namespace IRLearn.Web.Pages.Leaderboards;

public sealed class ClassroomModel(ISender sender) : PageModel, IFormPage
{
    [FromRoute]
    public Guid Id { get; set; }

    public ClassroomLeaderboardDto Board { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public LeaderboardWindow Window { get; set; } = LeaderboardWindow.AllTime;

    [BindProperty]
    [StringLength(30, ErrorMessage = "The alias must be at most 30 characters.")]
    [Display(Name = "Your alias")]
    public string? Alias { get; set; }

    [TempData]
    public string? Saved { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Alias = Board.MyAlias;
    }

    // The command's only user-typed field is the alias, so every error belongs beside it.
    [FormErrors(Field = nameof(Alias))]
    public async Task<IActionResult> OnPostAliasAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            await ReloadAsync(cancellationToken);
            return Page();
        }

        await sender.Send(new SetLeaderboardAliasCommand(Id, Alias), cancellationToken);
        Saved = string.IsNullOrWhiteSpace(Alias) ? "Alias removed: classmates see an anonymous label." : "Alias saved.";
        return RedirectToPage(new { id = Id, window = Window });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Board = await sender.Send(new GetClassroomLeaderboardQuery(Id, Window), cancellationToken);
}
