using System.ComponentModel.DataAnnotations;
using IRLearn.Application.Quizzes.Commands.CreateQuiz;
using IRLearn.Application.Quizzes.Queries.ListQuizzes;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace IRLearn.Web.Pages.Teach.Quizzes;

public sealed class IndexModel(ISender sender) : TeachPageModel
{
    [BindProperty]
    public NewQuizInput Input { get; set; } = new();

    public IReadOnlyList<QuizSummaryDto> Quizzes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadQuizzesAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            await LoadQuizzesAsync(cancellationToken);
            return Page();
        }

        return await TryAsync(
            async () =>
            {
                var id = await sender.Send(new CreateQuizCommand(Input.Title, Input.Description), cancellationToken);
                return Done("The quiz was created. Add questions or draw rules, then publish it.", "/Teach/Quizzes/Edit", new { id });
            },
            () => LoadQuizzesAsync(cancellationToken),
            nameof(Input));
    }

    private async Task LoadQuizzesAsync(CancellationToken cancellationToken) =>
        Quizzes = await sender.Send(new ListQuizzesQuery(), cancellationToken);

    public sealed class NewQuizInput
    {
        [Required, StringLength(Domain.Quizzes.Quiz.MaxTitleLength), Display(Name = "Title")]
        public string Title { get; set; } = string.Empty;

        [StringLength(Domain.Quizzes.Quiz.MaxDescriptionLength), Display(Name = "Description (optional)")]
        public string? Description { get; set; }
    }
}
