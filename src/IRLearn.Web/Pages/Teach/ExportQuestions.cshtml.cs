namespace IRLearn.Web.Pages.Teach;

/// <summary>
/// Download a lesson's or a quiz's questions as GIFT, Moodle XML or a QTI 2.1 / 3.0 package. Reached from the
/// bank page (its approved questions, or the ticked ones) and from the quiz page. A post, so the ticked ids travel
/// with the antiforgery token like every other form.
/// </summary>
public sealed class ExportQuestionsModel(ISender sender) : PageModel, IFormPage
{
    [BindProperty(SupportsGet = true)]
    public Guid? LessonId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? QuizId { get; set; }

    [BindProperty]
    public List<Guid> Ids { get; set; } = [];

    [BindProperty]
    public string Format { get; set; } = "moodle-xml";

    public string Title { get; private set; } = string.Empty;

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    [FormErrors(Field = "Format")]
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!Request.Form.ContainsKey(nameof(Format)))
        {
            // Ticked on the bank page ("Export selected…"): keep the selection and ask for the format first.
            await ReloadAsync(cancellationToken);
            return Page();
        }

        var file = await sender.Send(
            new ExportQuestionsQuery(QuestionFileUploads.ParseFormat(Format), LessonId, QuizId, Ids.Count > 0 ? Ids : null),
            cancellationToken);
        return File(file.Content, file.ContentType, file.FileName);
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Title = LessonId is { } lessonId
            ? (await sender.Send(new GetLessonQuery(lessonId), cancellationToken)).Title
            : QuizId is { } quizId ? (await sender.Send(new GetQuizQuery(quizId), cancellationToken)).Title
            : throw new NotFoundException("Lesson or quiz", string.Empty);
}
