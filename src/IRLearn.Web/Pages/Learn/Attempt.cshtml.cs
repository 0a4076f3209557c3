namespace IRLearn.Web.Pages.Learn;

/// <summary>
/// Taking an attempt, and its results once closed. Without JavaScript every answer is saved by a
/// plain form post (any "Save" button saves the whole page); with it, learn-attempt.js posts the
/// same form to the Autosave handler in the background. Both go through the same use case.
/// </summary>
public sealed class AttemptModel(ISender sender) : PageModel, IFormPage
{
    [FromRoute]
    public Guid Id { get; set; }

    public AttemptDto Attempt { get; private set; } = null!;

    [BindProperty]
    public List<AnswerFormInput> Answers { get; set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Closing an attempt whose time is up is a write, so it is a command of its own, sent before the read.
        await sender.Send(new CloseExpiredAttemptCommand(Id), cancellationToken);
        await ReloadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        var saved = await sender.Send(new SaveAnswersCommand(Id, Inputs()), cancellationToken);
        Notice = $"Your answers are saved ({saved.SavedAt:HH:mm:ss} UTC).";
        return RedirectToPage(new { id = Id });
    }

    /// <summary>The background save: same form, JSON answer. A refusal's JSON body tells the script whether to retry.</summary>
    [JsonOutcomes]
    public async Task<IActionResult> OnPostAutosaveAsync(CancellationToken cancellationToken) =>
        new JsonResult(await sender.Send(new SaveAnswersCommand(Id, Inputs()), cancellationToken));

    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken cancellationToken)
    {
        var result = await sender.Send(new SubmitAttemptCommand(Id, Inputs()), cancellationToken);
        Notice = result.AutoSubmitted ? "Time was up: your attempt was submitted with the answers saved by then." : "Your attempt is submitted.";
        return RedirectToPage(new { id = Id });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Attempt = await sender.Send(new GetAttemptQuery(Id), cancellationToken);

    private List<Application.Attempts.AnswerInput> Inputs() =>
        Answers.Where(a => a.Number > 0).Select(a => a.ToInput()).ToList();
}
