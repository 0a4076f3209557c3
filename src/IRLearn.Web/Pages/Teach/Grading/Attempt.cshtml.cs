namespace IRLearn.Web.Pages.Teach.Grading;

public sealed class AttemptModel(ISender sender) : PageModel, IFormPage
{
    [FromRoute]
    public Guid AttemptId { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public AttemptReviewDto Review { get; private set; } = null!;

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostGradeAsync(Guid questionVersionId, decimal? score, string? comment, CancellationToken cancellationToken)
    {
        if (score is null)
        {
            ModelState.AddModelError($"q-{questionVersionId}", "Enter a score.");
            await ReloadAsync(cancellationToken);
            return Page();
        }

        await sender.Send(new GradeResponseCommand(AttemptId, questionVersionId, score.Value, comment), cancellationToken);
        Notice = "Score saved.";
        return RedirectToPage(new { attemptId = AttemptId });
    }

    public async Task<IActionResult> OnPostOverrideAsync(decimal? total, string? reason, bool clear, CancellationToken cancellationToken)
    {
        if (!clear && total is null)
        {
            ModelState.AddModelError("override", "Enter the new total, or remove the override.");
            await ReloadAsync(cancellationToken);
            return Page();
        }

        await sender.Send(new OverrideAttemptScoreCommand(AttemptId, clear ? null : total, reason ?? string.Empty), cancellationToken);
        Notice = clear ? "Override removed." : "Total overridden.";
        return RedirectToPage(new { attemptId = AttemptId });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Review = await sender.Send(new GetAttemptReviewQuery(AttemptId), cancellationToken);
}
