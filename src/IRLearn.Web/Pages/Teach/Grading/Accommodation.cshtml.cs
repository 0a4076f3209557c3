using System.ComponentModel.DataAnnotations;

namespace IRLearn.Web.Pages.Teach.Grading;

public sealed class AccommodationModel(ISender sender, TimeProvider clock, ReaderTime reader) : PageModel, IFormPage
{
    [TempData]
    public string? Notice { get; set; }

    [FromRoute]
    public Guid ClassroomId { get; set; }

    [FromRoute]
    public Guid AssignmentId { get; set; }

    [FromRoute]
    public string StudentId { get; set; } = string.Empty;

    [BindProperty]
    public AccommodationInput Input { get; set; } = new();

    public AccommodationDto Current { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input = new AccommodationInput
        {
            ExtraMinutes = Current.ExtraMinutes,
            ExtraAttempts = Current.ExtraAttempts,
            DueAt = reader.ToInput(Current.StudentDueAt),
            Reason = Current.Reason,
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // Load first: an instructor of another class gets 404 before any input is considered.
        await ReloadAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var dueAt = reader.FromInput(Input.DueAt);
        if (dueAt is not null && dueAt <= clock.GetUtcNow())
        {
            ModelState.AddModelError("Input.DueAt", "A later due date must be in the future.");
            return Page();
        }

        await sender.Send(new SetStudentOverrideCommand(ClassroomId, AssignmentId, StudentId, Input.ExtraMinutes, Input.ExtraAttempts, dueAt, Input.Reason ?? string.Empty), cancellationToken);
        Notice = $"Accommodation saved for {Current.StudentName}.";
        return RedirectToPage("./Gradebook", new { classroomId = ClassroomId });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Current = await sender.Send(new GetAccommodationQuery(ClassroomId, AssignmentId, StudentId), cancellationToken);

    public sealed class AccommodationInput
    {
        [Range(0, 24 * 60), Display(Name = "Extra time per attempt (minutes)")]
        public int ExtraMinutes { get; set; }

        [Range(0, 100), Display(Name = "Extra attempts")]
        public int ExtraAttempts { get; set; }

        [Display(Name = "Own due date")]
        public DateTime? DueAt { get; set; }

        [Required(ErrorMessage = "Give a reason for the accommodation."), StringLength(500), Display(Name = "Reason")]
        public string? Reason { get; set; }
    }
}
