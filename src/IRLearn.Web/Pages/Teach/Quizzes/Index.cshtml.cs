using System.ComponentModel.DataAnnotations;

namespace IRLearn.Web.Pages.Teach.Quizzes;

public sealed class IndexModel(ISender sender) : PageModel, IFormPage
{
    [BindProperty]
    public NewQuizInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public IReadOnlyList<QuizSummaryDto> Quizzes { get; private set; } = [];

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    [FormErrors(nameof(Input))]
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            await ReloadAsync(cancellationToken);
            return Page();
        }

        var id = await sender.Send(new CreateQuizCommand(Input.Title, Input.Description), cancellationToken);
        StatusMessage = "The quiz was created. Add questions or draw rules, then publish it.";
        return RedirectToPage("/Teach/Quizzes/Edit", new { id });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Quizzes = await sender.Send(new ListQuizzesQuery(), cancellationToken);

    public sealed class NewQuizInput
    {
        [Required, StringLength(Domain.Quizzes.Quiz.MaxTitleLength), Display(Name = "Title")]
        public string Title { get; set; } = string.Empty;

        [StringLength(Domain.Quizzes.Quiz.MaxDescriptionLength), Display(Name = "Description (optional)")]
        public string? Description { get; set; }
    }
}
