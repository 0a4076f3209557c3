using System.ComponentModel.DataAnnotations;
using IRLearn.Application.Common.Exceptions;
using IRLearn.Application.Common.Security;
using IRLearn.Application.Leaderboards.Commands.CreateLeague;
using IRLearn.Application.Leaderboards.Commands.JoinLeague;
using IRLearn.Application.Leaderboards.Queries.ListMyLeaderboards;
using IRLearn.Domain.Common;
using IRLearn.Domain.Leaderboards;
using IRLearn.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace IRLearn.Web.Pages.Leaderboards;

public sealed class LeaguesModel(ISender sender) : LeaderboardPage
{
    public MyLeaderboardsDto Boards { get; private set; } = null!;

    [BindProperty]
    public CreateInput Create { get; set; } = new();

    [BindProperty]
    public JoinInput Join { get; set; } = new();

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(() => LoadAsync(cancellationToken));

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (TryValidateModel(Create, nameof(Create)) && User.IsInRole(Roles.Instructor))
        {
            try
            {
                var created = await sender.Send(new CreateLeagueCommand(Create.Name, Create.MinClassSize, ToUtc(Create.TermStartsOn)), cancellationToken);
                return RedirectToPage("/Leaderboards/League", new { id = created.Id });
            }
            catch (FluentValidation.ValidationException ex)
            {
                ModelState.AddValidationErrors(ex, nameof(Create));
            }
            catch (DomainException ex)
            {
                ModelState.AddModelError(nameof(Create), ex.Message);
            }
        }

        return await ShowAsync(() => LoadAsync(cancellationToken));
    }

    public async Task<IActionResult> OnPostJoinAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (TryValidateModel(Join, nameof(Join)) && User.IsInRole(Roles.Instructor))
        {
            try
            {
                var leagueId = await sender.Send(new JoinLeagueCommand(Join.Code, Join.ClassroomId), cancellationToken);
                return RedirectToPage("/Leaderboards/League", new { id = leagueId });
            }
            catch (FluentValidation.ValidationException ex)
            {
                ModelState.AddValidationErrors(ex, nameof(Join));
            }
            catch (NotFoundException)
            {
                ModelState.AddModelError($"{nameof(Join)}.{nameof(JoinInput.Code)}", "No league has that code, or that classroom is not yours.");
            }
            catch (Exception ex) when (ex is DomainException or ConflictException)
            {
                ModelState.AddModelError($"{nameof(Join)}.{nameof(JoinInput.Code)}", ex.Message);
            }
        }

        return await ShowAsync(() => LoadAsync(cancellationToken));
    }

    // A date picker gives a calendar day; the term starts at its first UTC instant.
    private static DateTimeOffset? ToUtc(DateOnly? day) =>
        day is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Boards = await sender.Send(new ListMyLeaderboardsQuery(), cancellationToken);

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
