namespace IRLearn.Web.Pages.Teach.Grading;

public sealed class QueueModel(ISender sender) : PageModel, IFormPage
{
    [TempData]
    public string? Notice { get; set; }

    [FromRoute]
    public Guid ClassroomId { get; set; }

    /// <summary>"question" (default) or "student": how the groups are offered.</summary>
    [BindProperty(SupportsGet = true)]
    public string? By { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? QuestionId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? StudentId { get; set; }

    public bool ByStudent => string.Equals(By, "student", StringComparison.OrdinalIgnoreCase);

    public GradingQueueDto Queue { get; private set; } = null!;

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostGradeAsync(Guid attemptId, Guid questionVersionId, decimal? score, string? comment, CancellationToken cancellationToken)
    {
        if (score is null)
        {
            ModelState.AddModelError(string.Empty, "Enter a score.");
            await ReloadAsync(cancellationToken);
            return Page();
        }

        await sender.Send(new GradeResponseCommand(attemptId, questionVersionId, score.Value, comment), cancellationToken);
        Notice = "Score saved.";
        return RedirectToPage(new { classroomId = ClassroomId, by = By, questionId = QuestionId, studentId = StudentId });
    }

    public async Task<IActionResult> OnPostAcceptAsync(Guid acceptQuestionId, string? answer, CancellationToken cancellationToken)
    {
        var report = await sender.Send(new AcceptAnswerForEveryoneCommand(acceptQuestionId, answer ?? string.Empty), cancellationToken);
        Notice = $"\"{answer}\" is now accepted for everyone; {report.Changed.Count} attempt(s) changed.";
        return RedirectToPage(new { classroomId = ClassroomId, by = By, questionId = QuestionId, studentId = StudentId });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Queue = await sender.Send(new GetGradingQueueQuery(ClassroomId, QuestionId, StudentId), cancellationToken);
}
