namespace IRLearn.Web.Pages.Teach.Articles;

/// <summary>The cleaned article and what was removed as boilerplate, with "put back" for each removed block.</summary>
public sealed class DetailsModel(ISender sender) : PageModel, IFormPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public ArticleDto Article { get; private set; } = null!;

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostRestoreAsync(int index, CancellationToken cancellationToken)
    {
        await sender.Send(new RestoreRemovedBlockCommand(Id, index), cancellationToken);
        StatusMessage = "The block was put back at the end of the article.";
        return RedirectToPage(new { id = Id });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Article = await sender.Send(new GetArticleQuery(Id), cancellationToken);
}
