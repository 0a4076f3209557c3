using IRLearn.Application.Grading.Commands.AcceptAnswer;
using IRLearn.Application.Grading.Commands.GradeResponse;
using IRLearn.Application.Grading.Queries.GetGradingQueue;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace IRLearn.Web.Pages.Teach.Grading;

public sealed class QueueModel(ISender sender) : GradingPage
{
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

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Queue = await sender.Send(new GetGradingQueueQuery(ClassroomId, QuestionId, StudentId), cancellationToken);

    public async Task<IActionResult> OnPostGradeAsync(Guid attemptId, Guid questionVersionId, decimal? score, string? comment, CancellationToken cancellationToken)
    {
        if (score is null)
        {
            ModelState.AddModelError(string.Empty, "Enter a score.");
        }
        else if (await TryAsync(() => sender.Send(new GradeResponseCommand(attemptId, questionVersionId, score.Value, comment), cancellationToken).AsTask()))
        {
            Notice = "Score saved.";
            return RedirectToPage(new { classroomId = ClassroomId, by = By, questionId = QuestionId, studentId = StudentId });
        }

        await OnGetAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAcceptAsync(Guid acceptQuestionId, string? answer, CancellationToken cancellationToken)
    {
        var changed = 0;
        if (await TryAsync(async () => changed = (await sender.Send(new AcceptAnswerForEveryoneCommand(acceptQuestionId, answer ?? string.Empty), cancellationToken)).Changed.Count))
        {
            Notice = $"\"{answer}\" is now accepted for everyone; {changed} attempt(s) changed.";
            return RedirectToPage(new { classroomId = ClassroomId, by = By, questionId = QuestionId, studentId = StudentId });
        }

        await OnGetAsync(cancellationToken);
        return Page();
    }
}
