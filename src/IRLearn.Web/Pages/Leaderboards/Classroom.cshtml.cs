using System.ComponentModel.DataAnnotations;
using IRLearn.Application.Common.Exceptions;
using IRLearn.Application.Leaderboards;
using IRLearn.Application.Leaderboards.Commands.SetLeaderboardAlias;
using IRLearn.Application.Leaderboards.Queries.GetClassroomLeaderboard;
using IRLearn.Domain.Common;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace IRLearn.Web.Pages.Leaderboards;

public sealed class ClassroomModel(ISender sender) : LeaderboardPage
{
    public ClassroomLeaderboardDto Board { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public LeaderboardWindow Window { get; set; } = LeaderboardWindow.AllTime;

    [BindProperty]
    [StringLength(30, ErrorMessage = "The alias must be at most 30 characters.")]
    [Display(Name = "Your alias")]
    public string? Alias { get; set; }

    [TempData]
    public string? Saved { get; set; }

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        ShowAsync(async () =>
        {
            Board = await sender.Send(new GetClassroomLeaderboardQuery(id, Window), cancellationToken);
            Alias = Board.MyAlias;
        });

    public async Task<IActionResult> OnPostAliasAsync(Guid id, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await sender.Send(new SetLeaderboardAliasCommand(id, Alias), cancellationToken);
                Saved = string.IsNullOrWhiteSpace(Alias) ? "Alias removed: classmates see an anonymous label." : "Alias saved.";
                return RedirectToPage(new { id, window = Window });
            }
            catch (NotFoundException)
            {
                return NotFound();
            }
            catch (FluentValidation.ValidationException ex)
            {
                // The command's only user-typed field is the alias, so every error belongs beside it.
                ex.Errors.ToList().ForEach(e => ModelState.AddModelError(nameof(Alias), e.ErrorMessage));
            }
            catch (DomainException ex)
            {
                ModelState.AddModelError(nameof(Alias), ex.Message);
            }
        }

        return await ShowAsync(async () => Board = await sender.Send(new GetClassroomLeaderboardQuery(id, Window), cancellationToken));
    }
}
