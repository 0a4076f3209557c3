namespace IRLearn.Web.Pages.Teach.Quizzes;

/// <summary>The quiz as a student sees it: built from <see cref="QuizPreviewDto"/>, which carries no answer key.</summary>
public sealed class PreviewModel(ISender sender) : PageModel
{
    public QuizPreviewDto Preview { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        Preview = await sender.Send(new PreviewQuizQuery(id), cancellationToken);
}
