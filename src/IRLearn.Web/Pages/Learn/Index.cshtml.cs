using System.ComponentModel.DataAnnotations;
using IRLearn.Application.Classrooms.Commands.JoinClassroom;
using IRLearn.Application.Classrooms.Queries.GetStudentDashboard;
using IRLearn.Domain.Common;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IRLearn.Web.Pages.Learn;

public sealed class IndexModel(ISender sender) : PageModel
{
    public StudentDashboardDto Dashboard { get; private set; } = null!;

    [BindProperty]
    [Required(ErrorMessage = "Enter the join code your instructor gave you.")]
    [StringLength(20)]
    [Display(Name = "Join code")]
    public string? JoinCode { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Dashboard = await sender.Send(new GetStudentDashboardQuery(), cancellationToken);

    public async Task<IActionResult> OnPostJoinAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var joined = await sender.Send(new JoinClassroomCommand(JoinCode!), cancellationToken);
                Notice = joined.NewlyJoined ? $"You joined {joined.Name}." : $"You are already in {joined.Name}.";
                return RedirectToPage();
            }
            catch (DomainException ex)
            {
                ModelState.AddModelError(nameof(JoinCode), ex.Message);
            }
            catch (FluentValidation.ValidationException ex)
            {
                foreach (var error in ex.Errors)
                {
                    ModelState.AddModelError(nameof(JoinCode), error.ErrorMessage);
                }
            }
        }

        await OnGetAsync(cancellationToken);
        return Page();
    }
}
