using FluentValidation;
using IRLearn.Application.Attempts.Commands.CloseExpiredAttempt;
using IRLearn.Application.Attempts.Commands.SaveAnswers;
using IRLearn.Application.Attempts.Commands.SubmitAttempt;
using IRLearn.Application.Attempts.Queries.GetAttempt;
using IRLearn.Application.Common.Exceptions;
using IRLearn.Domain.Common;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IRLearn.Web.Pages.Learn;

/// <summary>
/// Taking an attempt, and its results once closed. Without JavaScript every answer is saved by a
/// plain form post (any "Save" button saves the whole page); with it, learn-attempt.js posts the
/// same form to the Autosave handler in the background. Both go through the same use case.
/// </summary>
public sealed class AttemptModel(ISender sender) : PageModel
{
    public AttemptDto Attempt { get; private set; } = null!;

    [BindProperty]
    public List<AnswerFormInput> Answers { get; set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(new CloseExpiredAttemptCommand(id), cancellationToken);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            var saved = await sender.Send(new SaveAnswersCommand(id, Inputs()), cancellationToken);
            Notice = $"Your answers are saved ({saved.SavedAt:HH:mm:ss} UTC).";
            return RedirectToPage(new { id });
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (Exception ex) when (ex is DomainException or ValidationException or DbUpdateConcurrencyException)
        {
            return await ShowErrorAsync(id, ex, cancellationToken);
        }
    }

    /// <summary>The background save: same form, JSON answer. A ProblemDetails-shaped body on failure tells the script whether to retry.</summary>
    public async Task<IActionResult> OnPostAutosaveAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            return new JsonResult(await sender.Send(new SaveAnswersCommand(id, Inputs()), cancellationToken));
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (DbUpdateConcurrencyException)
        {
            return StatusCode(StatusCodes.Status409Conflict, new { title = "Saved from another tab at the same moment; retrying.", retry = true });
        }
        catch (DomainException ex)
        {
            return BadRequest(new { title = ex.Message, code = ex.Code, retry = false });
        }
        catch (ValidationException ex)
        {
            return BadRequest(new { title = string.Join(" ", ex.Errors.Select(e => e.ErrorMessage)), retry = false });
        }
    }

    public async Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            var result = await sender.Send(new SubmitAttemptCommand(id, Inputs()), cancellationToken);
            Notice = result.AutoSubmitted ? "Time was up: your attempt was submitted with the answers saved by then." : "Your attempt is submitted.";
            return RedirectToPage(new { id });
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (Exception ex) when (ex is DomainException or ValidationException or DbUpdateConcurrencyException)
        {
            return await ShowErrorAsync(id, ex, cancellationToken);
        }
    }

    private List<Application.Attempts.AnswerInput> Inputs() =>
        Answers.Where(a => a.Number > 0).Select(a => a.ToInput()).ToList();

    private async Task<IActionResult> ShowErrorAsync(Guid id, Exception ex, CancellationToken cancellationToken)
    {
        Error = ex switch
        {
            ValidationException validation => string.Join(" ", validation.Errors.Select(e => e.ErrorMessage)),
            DbUpdateConcurrencyException => "Your answers were changed in another tab at the same moment. Check them and save again.",
            _ => ex.Message,
        };
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            Attempt = await sender.Send(new GetAttemptQuery(id), cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
