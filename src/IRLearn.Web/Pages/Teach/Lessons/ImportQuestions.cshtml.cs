namespace IRLearn.Web.Pages.Teach.Lessons;

/// <summary>
/// Import question files (GIFT, Moodle XML, QTI packages or items, Canvas exports) into a lesson's bank as
/// questions awaiting review; the page then shows the report per file: imported by type, what each question lost,
/// what was skipped and why, and the files refused as a whole (from which nothing was created).
/// </summary>
[RequestSizeLimit(QuestionFileUploads.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = QuestionFileUploads.MaxRequestBytes)]
public sealed class ImportQuestionsModel(ISender sender) : PageModel, IFormPage
{
    [FromRoute]
    public Guid Id { get; set; }

    public string LessonTitle { get; private set; } = string.Empty;

    public ImportReportDto? Report { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    [FormErrors(Field = "files")]
    public async Task<IActionResult> OnPostAsync(List<IFormFile>? files, CancellationToken cancellationToken)
    {
        var uploads = await QuestionFileUploads.ReadAsync(files ?? [], cancellationToken);
        Report = await sender.Send(new ImportQuestionsCommand(Id, uploads), cancellationToken);
        await ReloadAsync(cancellationToken);
        return Page();
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        LessonTitle = (await sender.Send(new GetLessonQuery(Id), cancellationToken)).Title;
}
