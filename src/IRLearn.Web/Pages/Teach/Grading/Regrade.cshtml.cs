namespace IRLearn.Web.Pages.Teach.Grading;

/// <summary>
/// Starts a regrade of one question (GET shows the button, POST starts the job) and, with a job id,
/// shows its progress. While the job runs the response carries a Refresh header, so the page
/// updates itself without JavaScript (and without an inline script the CSP would block).
/// </summary>
public sealed class RegradeModel(ISender sender) : PageModel
{
    [FromRoute]
    public Guid QuestionId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Job { get; set; }

    public RegradeJobDto? Status { get; private set; }

    public RegradePreviewDto Preview { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Preview = await sender.Send(new GetRegradePreviewQuery(QuestionId), cancellationToken);
        if (Job is { } jobId)
        {
            Status = await sender.Send(new GetRegradeJobQuery(jobId), cancellationToken);
            if (!Status.IsFinished)
            {
                Response.Headers["Refresh"] = "2";
            }
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var job = await sender.Send(new StartRegradeCommand(QuestionId), cancellationToken);
        return RedirectToPage(new { questionId = QuestionId, job = job.Id });
    }
}
