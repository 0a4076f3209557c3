using System.ComponentModel.DataAnnotations;

namespace IRLearn.Web.Pages.Teach.Lessons;

/// <summary>
/// The lesson editor. Lists are edited as plain text so the page works without JavaScript:
/// key terms one per line as "TERM = expansion", objectives one per line, tags separated by commas;
/// sections as heading/text rows, with blank rows to add more (a row left blank is dropped).
/// </summary>
public sealed class EditModel(ISender sender) : PageModel, IFormPage
{
    public const int BlankSections = 2;

    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public LessonInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public LessonDto Lesson { get; private set; } = null!;

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    [FormErrors(nameof(Input))]
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await sender.Send(Input.ToCommand(Id), cancellationToken);
        return Done("The lesson was saved.");
    }

    public async Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new SetLessonPublishedCommand(Id, Published: true), cancellationToken);
        return Done("The lesson is published: students can see it.");
    }

    public async Task<IActionResult> OnPostUnpublishAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new SetLessonPublishedCommand(Id, Published: false), cancellationToken);
        return Done("The lesson is a draft again: students no longer see it.");
    }

    /// <summary>Loads the lesson; the editor shows the posted input when the save was refused, else the lesson as saved.</summary>
    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        Lesson = await sender.Send(new GetLessonQuery(Id), cancellationToken);
        if (!IsEditorPost)
        {
            Input = LessonInput.From(Lesson);
        }

        while (Input.Sections.Count(s => string.IsNullOrWhiteSpace(s.Heading) && string.IsNullOrWhiteSpace(s.Text)) < BlankSections)
        {
            Input.Sections.Add(new SectionInput());
        }
    }

    // Only the editor's own form posts Input; publish and unpublish post nothing but the button.
    private bool IsEditorPost => Request.HasFormContentType && Request.Form.ContainsKey($"{nameof(Input)}.{nameof(LessonInput.Title)}");

    private RedirectToPageResult Done(string message)
    {
        StatusMessage = message;
        return RedirectToPage(new { id = Id });
    }

    public sealed class LessonInput
    {
        [Required, StringLength(Domain.Lessons.Lesson.MaxTitleLength)]
        public string Title { get; set; } = string.Empty;

        [StringLength(Domain.Lessons.Lesson.MaxSummaryLength)]
        public string? Summary { get; set; }

        public List<SectionInput> Sections { get; set; } = [];

        [Display(Name = "Key terms (one per line: TERM = expansion)")]
        public string? KeyTerms { get; set; }

        [Display(Name = "Learning objectives (one per line)")]
        public string? Objectives { get; set; }

        [Display(Name = "Tags (separated by commas)")]
        public string? Tags { get; set; }

        public static LessonInput From(LessonDto lesson) => new()
        {
            Title = lesson.Title,
            Summary = lesson.Summary,
            Sections = lesson.Sections.Select(s => new SectionInput { Heading = s.Heading, Text = s.Text }).ToList(),
            KeyTerms = string.Join('\n', lesson.KeyTerms.Select(k => $"{k.Term} = {k.Expansion}")),
            Objectives = string.Join('\n', lesson.Objectives),
            Tags = string.Join(", ", lesson.Tags),
        };

        public UpdateLessonCommand ToCommand(Guid id) => new(
            id,
            Title,
            Summary,
            Sections.Select(s => new LessonSection(s.Heading ?? string.Empty, s.Text ?? string.Empty)).ToList(),
            Lines(KeyTerms).Select(ParseKeyTerm).ToList(),
            Lines(Objectives),
            (Tags ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

        private static string[] Lines(string? text) =>
            (text ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        // "TERM = expansion"; a line without "=" keeps an empty expansion, which the lesson refuses with a clear message.
        private static KeyTerm ParseKeyTerm(string line)
        {
            var split = line.IndexOf('=', StringComparison.Ordinal);
            return split < 0 ? new KeyTerm(line, string.Empty) : new KeyTerm(line[..split].Trim(), line[(split + 1)..].Trim());
        }
    }

    public sealed class SectionInput
    {
        public string? Heading { get; set; }

        public string? Text { get; set; }
    }
}
