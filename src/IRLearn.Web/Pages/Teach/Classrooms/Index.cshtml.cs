using System.ComponentModel.DataAnnotations;
using IRLearn.Application.Classrooms.Commands.CreateClassroom;
using IRLearn.Application.Classrooms.Queries.GetInstructorDashboard;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace IRLearn.Web.Pages.Teach.Classrooms;

public sealed class IndexModel(ISender sender) : TeachPageModel
{
    [BindProperty]
    [Required, StringLength(Domain.Classrooms.Classroom.MaxNameLength), Display(Name = "Classroom name")]
    public string Name { get; set; } = string.Empty;

    public IReadOnlyList<InstructorClassroomDto> Classrooms { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadClassroomsAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            await LoadClassroomsAsync(cancellationToken);
            return Page();
        }

        return await TryAsync(
            async () =>
            {
                var id = await sender.Send(new CreateClassroomCommand(Name), cancellationToken);
                return Done("The classroom was created. Share its join code with your students.", "/Teach/Classrooms/Details", new { id });
            },
            () => LoadClassroomsAsync(cancellationToken));
    }

    private async Task LoadClassroomsAsync(CancellationToken cancellationToken) =>
        Classrooms = (await sender.Send(new GetInstructorDashboardQuery(), cancellationToken)).Classrooms;
}
