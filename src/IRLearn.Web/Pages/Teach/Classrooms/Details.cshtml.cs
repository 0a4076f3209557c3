using System.ComponentModel.DataAnnotations;

namespace IRLearn.Web.Pages.Teach.Classrooms;

/// <summary>One classroom: join code, instructors, roster, assignments and per-student overrides. Dates are entered in UTC.</summary>
public sealed class DetailsModel(ISender sender, TimeProvider clock, ReaderTime reader) : PageModel, IFormPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public AssignInput Assign { get; set; } = new();

    [BindProperty]
    public OverrideInput Override { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public ClassroomDto Classroom { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        // Open at this hour, due in a week, both on the instructor's clock.
        var now = reader.ToInput(clock.GetUtcNow())!.Value;
        var hour = new DateTime(now.Year, now.Month, now.Day, now.Hour, 0, 0, DateTimeKind.Unspecified);
        Assign = new AssignInput { OpensAt = hour, DueAt = hour.AddDays(7) };
    }

    public async Task<IActionResult> OnPostRegenerateCodeAsync(CancellationToken cancellationToken) =>
        Done($"The new join code is {await sender.Send(new RegenerateJoinCodeCommand(Id), cancellationToken)}; the old one no longer works.");

    public async Task<IActionResult> OnPostRemoveStudentAsync(string studentId, CancellationToken cancellationToken)
    {
        await sender.Send(new RemoveStudentCommand(Id, studentId), cancellationToken);
        return Done("The student was removed from the roster. Their attempts and grades are kept.");
    }

    [FormErrors("instructor")]
    public async Task<IActionResult> OnPostAddInstructorAsync(string? instructorEmail, CancellationToken cancellationToken)
    {
        await sender.Send(new AddCoInstructorCommand(Id, instructorEmail ?? string.Empty), cancellationToken);
        return Done($"{instructorEmail} now teaches this classroom with you.");
    }

    [FormErrors(nameof(Assign))]
    public async Task<IActionResult> OnPostAssignAsync(CancellationToken cancellationToken)
    {
        await sender.Send(
            new AssignQuizCommand(Id, Assign.QuizId ?? Guid.Empty, Assign.Title, reader.FromInput(Assign.OpensAt) ?? default, reader.FromInput(Assign.DueAt) ?? default),
            cancellationToken);
        return Done("The quiz was assigned.");
    }

    [FormErrors(nameof(Override))]
    public async Task<IActionResult> OnPostOverrideAsync(CancellationToken cancellationToken)
    {
        await sender.Send(
            new SetStudentOverrideCommand(
                Id,
                Override.AssignmentId,
                Override.StudentId ?? string.Empty,
                Override.ExtraMinutes ?? 0,
                Override.ExtraAttempts ?? 0,
                reader.FromInput(Override.DueAt),
                Override.Reason ?? string.Empty),
            cancellationToken);
        return Done("The override was saved.");
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Classroom = await sender.Send(new GetClassroomQuery(Id), cancellationToken);

    private RedirectToPageResult Done(string message)
    {
        StatusMessage = message;
        return RedirectToPage(new { id = Id });
    }

    public sealed class AssignInput
    {
        [Display(Name = "Quiz")]
        public Guid? QuizId { get; set; }

        [StringLength(300), Display(Name = "Title shown to students (optional)")]
        public string? Title { get; set; }

        [Display(Name = "Opens")]
        public DateTime? OpensAt { get; set; }

        [Display(Name = "Due")]
        public DateTime? DueAt { get; set; }
    }

    public sealed class OverrideInput
    {
        public Guid AssignmentId { get; set; }

        [Display(Name = "Student")]
        public string? StudentId { get; set; }

        [Display(Name = "Extra minutes per attempt")]
        public int? ExtraMinutes { get; set; }

        [Display(Name = "Extra attempts")]
        public int? ExtraAttempts { get; set; }

        [Display(Name = "Later due date")]
        public DateTime? DueAt { get; set; }

        [Display(Name = "Reason (required)")]
        public string? Reason { get; set; }
    }
}
