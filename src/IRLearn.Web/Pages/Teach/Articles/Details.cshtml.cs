using IRLearn.Application.Articles.Commands.RestoreRemovedBlock;
using IRLearn.Application.Articles.Queries.GetArticle;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace IRLearn.Web.Pages.Teach.Articles;

/// <summary>The cleaned article and what was removed as boilerplate, with "put back" for each removed block.</summary>
public sealed class DetailsModel(ISender sender) : TeachPageModel
{
    public ArticleDto Article { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        LoadAsync(() => LoadArticleAsync(id, cancellationToken));

    public Task<IActionResult> OnPostRestoreAsync(Guid id, int index, CancellationToken cancellationToken) =>
        TryAsync(
            async () =>
            {
                await sender.Send(new RestoreRemovedBlockCommand(id, index), cancellationToken);
                return Done("The block was put back at the end of the article.", routeValues: new { id });
            },
            () => LoadArticleAsync(id, cancellationToken));

    private async Task LoadArticleAsync(Guid id, CancellationToken cancellationToken) =>
        Article = await sender.Send(new GetArticleQuery(id), cancellationToken);
}
