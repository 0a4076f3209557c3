using System.ComponentModel.DataAnnotations;
using IRLearn.Application.Common.Security;
using IRLearn.Domain.Leaderboards;

namespace IRLearn.Web.Pages.Leaderboards;

public sealed class LeaguesModel(ISender sender) : PageModel, IFormPage
{
    public MyLeaderboardsDto Boards { get; private set; } = null!;

    [BindProperty]
    public CreateInput Create { get; set; } = new();

    [BindProperty]
    public JoinInput Join { get; set; } = new();

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    [FormErrors(nameof(Create))]
    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (!TryValidateModel(Create, nameof(Create)) || !User.IsInRole(Roles.Instructor))
        {
            await ReloadAsync(cancellationToken);
            return Page();
        }

        var created = await sender.Send(new CreateLeagueCommand(Create.Name, Create.MinClassSize, ToUtc(Create.TermStartsOn)), cancellationToken);
        return RedirectToPage("/Leaderboards/League", new { id = created.Id });
    }

    // The code is typed by hand, so an unknown one is a typo to point at, not a missing page.
    [FormErrors(Field = $"{nameof(Join)}.{nameof(JoinInput.Code)}", NotFoundMessage = "No league has that code, or that classroom is not yours.")]
    public async Task<IActionResult> OnPostJoinAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (!TryValidateModel(Join, nameof(Join)) || !User.IsInRole(Roles.Instructor))
        {
            await ReloadAsync(cancellationToken);
            return Page();
        }

        var leagueId = await sender.Send(new JoinLeagueCommand(Join.Code, Join.ClassroomId), cancellationToken);
        return RedirectToPage("/Leaderboards/League", new { id = leagueId });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Boards = await sender.Send(new ListMyLeaderboardsQuery(), cancellationToken);

    // A date picker gives a calendar day; the term starts at its first UTC instant.
    private static DateTimeOffset? ToUtc(DateOnly? day) =>
        day is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    public sealed class CreateInput
    {
        [Required(ErrorMessage = "Name the league.")]
        [StringLength(League.MaxNameLength)]
        [Display(Name = "League name")]
        public string Name { get; set; } = string.Empty;

        [Range(1, League.MaxMinClassSize, ErrorMessage = "Between 1 and 500.")]
        [Display(Name = "Minimum enrolled students to be ranked")]
        public int MinClassSize { get; set; } = League.DefaultMinClassSize;

        [Display(Name = "Term starts on (optional)")]
        public DateOnly? TermStartsOn { get; set; }
    }

    public sealed class JoinInput
    {
        [Required(ErrorMessage = "Enter the league's join code.")]
        [StringLength(20)]
        [Display(Name = "League join code")]
        public string Code { get; set; } = string.Empty;

        [Required(ErrorMessage = "Choose a classroom.")]
        [Display(Name = "Classroom")]
        public Guid ClassroomId { get; set; }
    }
}
