using System.ComponentModel.DataAnnotations;

namespace IRLearn.Web.Pages.Teach;

/// <summary>
/// Import by paste or by upload (one file or many). Without JavaScript the upload form posts every
/// file at once and the page lists a result per file; teach-import.js instead sends the files one by
/// one to <see cref="OnPostUploadOneAsync"/> so it can show progress.
/// </summary>
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class ImportModel(ISender sender) : PageModel
{
    // Room for a batch of documents at the reader's per-file limit; each file is still checked on its own.
    private const long MaxRequestBytes = 100L * 1024 * 1024;

    [BindProperty]
    public PasteInput Paste { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public IReadOnlyList<ImportOutcome> Results { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostPasteAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await ImportAsync(ImportArticleCommand.FromText(Paste.Text, Paste.Title), "Pasted text", cancellationToken);
        if (!outcome.Succeeded)
        {
            ModelState.AddModelError("Paste.Text", outcome.Message);
            return Page();
        }

        StatusMessage = outcome.Message;
        return RedirectToPage("/Teach/Articles/Details", new { id = outcome.ArticleId });
    }

    public async Task<IActionResult> OnPostUploadAsync(List<IFormFile>? files, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (files is null || files.Count == 0)
        {
            ModelState.AddModelError("files", "Choose at least one file to upload.");
            return Page();
        }

        var results = new List<ImportOutcome>();
        foreach (var file in files)
        {
            results.Add(await ImportFileAsync(file, cancellationToken));
        }

        Results = results;
        return Page();
    }

    /// <summary>One file of a batch, for the script that shows progress; answers with the same outcome the page would list.</summary>
    public async Task<IActionResult> OnPostUploadOneAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return BadRequest(new ImportOutcome("(none)", false, "Choose a file to upload.", null, null, 0, 0, 0));
        }

        var outcome = await ImportFileAsync(file, cancellationToken);
        return outcome.Succeeded ? new JsonResult(outcome)
            : outcome.Busy ? StatusCode(StatusCodes.Status429TooManyRequests, outcome)
            : BadRequest(outcome);
    }

    private async Task<ImportOutcome> ImportFileAsync(IFormFile file, CancellationToken cancellationToken)
    {
        await using var stream = file.OpenReadStream();
        return await ImportAsync(new ImportArticleCommand(file.FileName, stream), file.FileName, cancellationToken);
    }

    /// <summary>
    /// What an instructor needs to hear about an import: what to review, what is kept aside, what was left out of
    /// the text. Not the engine's internals (questions its own gates refused stay in the API's counts only).
    /// </summary>
    public static string Describe(ImportArticleResult result)
    {
        var more = result.MoreCandidateCount > 0 ? $"; {result.MoreCandidateCount} more candidates are kept aside if you want them" : string.Empty;
        var furniture = result.RemovedBlockCount switch
        {
            0 => string.Empty,
            1 => " One block of page furniture (a caption, an ad, a link list…) was left out of the text.",
            var n => $" {n} blocks of page furniture (captions, ads, link lists…) were left out of the text.",
        };
        return $"Imported “{result.Title}”: {result.QuestionCount} questions proposed for your review{more}.{furniture}";
    }

    private async Task<ImportOutcome> ImportAsync(ImportArticleCommand command, string name, CancellationToken cancellationToken)
    {
        try
        {
            var result = await sender.Send(command, cancellationToken);
            return new ImportOutcome(
                name,
                true,
                Describe(result),
                result.ArticleId,
                result.LessonId,
                result.QuestionCount,
                result.SkippedQuestionCount,
                result.RemovedBlockCount);
        }
        catch (FluentValidation.ValidationException ex)
        {
            // Not a page outcome (UseCaseOutcomeFilter maps those): one refused file of a batch is that
            // file's result in the list, and the other files are still imported.
            return new ImportOutcome(name, false, string.Join(" ", ex.Errors.Select(e => e.ErrorMessage)), null, null, 0, 0, 0);
        }
        catch (TooManyRequestsException busy)
        {
            // Another import of this account is running (ADR 15): this file's result says so, and nothing was created.
            return new ImportOutcome(name, false, busy.Message, null, null, 0, 0, 0) { Busy = true };
        }
    }

    public sealed class PasteInput
    {
        [StringLength(300), Display(Name = "Title (optional)")]
        public string? Title { get; set; }

        [Required(ErrorMessage = "Paste the article's text."), Display(Name = "Article text")]
        public string Text { get; set; } = string.Empty;
    }

    public sealed record ImportOutcome(
        string FileName,
        bool Succeeded,
        string Message,
        Guid? ArticleId,
        Guid? LessonId,
        int QuestionCount,
        int SkippedQuestionCount,
        int RemovedBlockCount)
    {
        /// <summary>Refused because another import of the account was running; trying again later helps.</summary>
        public bool Busy { get; init; }
    }
}
