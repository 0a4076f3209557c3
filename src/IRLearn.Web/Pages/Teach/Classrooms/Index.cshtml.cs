using System.ComponentModel.DataAnnotations;

namespace IRLearn.Web.Pages.Teach.Classrooms;

public sealed class IndexModel(ISender sender) : PageModel, IFormPage
{
    [BindProperty]
    [Required, StringLength(Domain.Classrooms.Classroom.MaxNameLength), Display(Name = "Classroom name")]
    public string Name { get; set; } = string.Empty;

    [TempData]
    public string? StatusMessage { get; set; }

    public IReadOnlyList<InstructorClassroomDto> Classrooms { get; private set; } = [];

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            await ReloadAsync(cancellationToken);
            return Page();
        }

        var id = await sender.Send(new CreateClassroomCommand(Name), cancellationToken);
        StatusMessage = "The classroom was created. Share its join code with your students.";
        return RedirectToPage("/Teach/Classrooms/Details", new { id });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Classrooms = (await sender.Send(new GetInstructorDashboardQuery(), cancellationToken)).Classrooms;
}
