using IRLearn.Application.Grading.Commands.GradeResponse;
using IRLearn.Application.Grading.Commands.OverrideAttemptScore;
using IRLearn.Application.Grading.Queries.GetAttemptReview;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace IRLearn.Web.Pages.Teach.Grading;

public sealed class AttemptModel(ISender sender) : GradingPage
{
    [FromRoute]
    public Guid AttemptId { get; set; }

    public AttemptReviewDto Review { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Review = await sender.Send(new GetAttemptReviewQuery(AttemptId), cancellationToken);

    public async Task<IActionResult> OnPostGradeAsync(Guid questionVersionId, decimal? score, string? comment, CancellationToken cancellationToken)
    {
        if (score is null)
        {
            ModelState.AddModelError($"q-{questionVersionId}", "Enter a score.");
        }
        else if (await TryAsync(() => sender.Send(new GradeResponseCommand(AttemptId, questionVersionId, score.Value, comment), cancellationToken).AsTask(), $"q-{questionVersionId}"))
        {
            Notice = "Score saved.";
            return RedirectToPage(new { attemptId = AttemptId });
        }

        await OnGetAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostOverrideAsync(decimal? total, string? reason, bool clear, CancellationToken cancellationToken)
    {
        if (!clear && total is null)
        {
            ModelState.AddModelError("override", "Enter the new total, or remove the override.");
        }
        else if (await TryAsync(() => sender.Send(new OverrideAttemptScoreCommand(AttemptId, clear ? null : total, reason ?? string.Empty), cancellationToken).AsTask(), "override"))
        {
            Notice = clear ? "Override removed." : "Total overridden.";
            return RedirectToPage(new { attemptId = AttemptId });
        }

        await OnGetAsync(cancellationToken);
        return Page();
    }
}
