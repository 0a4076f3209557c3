using IRLearn.Application.Quizzes.Queries.PreviewQuiz;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace IRLearn.Web.Pages.Teach.Quizzes;

/// <summary>The quiz as a student sees it: built from <see cref="QuizPreviewDto"/>, which carries no answer key.</summary>
public sealed class PreviewModel(ISender sender) : TeachPageModel
{
    public QuizPreviewDto Preview { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        LoadAsync(async () => Preview = await sender.Send(new PreviewQuizQuery(id), cancellationToken));
}
