using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace IRLearn.Web.Pages.Leaderboards;

public sealed class ClassroomModel(ISender sender) : PageModel, IFormPage
{
    [FromRoute]
    public Guid Id { get; set; }

    public ClassroomLeaderboardDto Board { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public LeaderboardWindow Window { get; set; } = LeaderboardWindow.AllTime;

    // "page" is a reserved route value in Razor Pages, hence "p" (as on the gradebook).
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public int Size { get; set; } = GetClassroomLeaderboardQuery.DefaultPageSize;

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
        return RedirectToPage(PageLink(Math.Max(1, PageNumber)));
    }

    // A hand-edited address gets the nearest page a pager could have linked to, not an error page.
    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Board = await sender.Send(
            new GetClassroomLeaderboardQuery(Id, Window, Math.Max(1, PageNumber), Math.Clamp(Size, 1, GetClassroomLeaderboardQuery.MaxPageSize)),
            cancellationToken);

    /// <summary>The route values of one page of this board in this window, so a pager link keeps the window and page size.</summary>
    public Dictionary<string, string> PageLink(int page)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["id"] = Id.ToString() };
        if (Window != LeaderboardWindow.AllTime)
        {
            values["window"] = Window.ToString();
        }

        var size = Board is null ? Size : Board.PageSize;
        if (size != GetClassroomLeaderboardQuery.DefaultPageSize)
        {
            values["size"] = size.ToString(CultureInfo.InvariantCulture);
        }

        if (page > 1)
        {
            values["p"] = page.ToString(CultureInfo.InvariantCulture);
        }

        return values;
    }
}
