namespace IRLearn.Web.Endpoints.Teaching;

public static class Articles
{
    public static void MapArticles(this IEndpointRouteBuilder v1)
    {
        var group = v1.MapGroup("/articles").WithTags("Articles");
        group.MapPost("/text", ImportText).WithSummary("Import pasted article text; generates the lesson and its proposed questions.");
        // The API takes bearer tokens only, never the cookie, so a form upload here cannot be forged cross-site.
        group.MapPost("/upload", Upload).DisableAntiforgery()
            .WithSummary("Import an uploaded .txt, .md, .html, .pdf or .docx file (multipart field 'file').");
        group.MapGet("/{id:guid}", Get).WithSummary("The cleaned article and the blocks removed as boilerplate.");
        group.MapPost("/{id:guid}/removed-blocks/{index:int}/restore", Restore).WithSummary("Put a removed block back into the article.");
    }

    public static async Task<Created<ImportArticleResult>> ImportText(ImportTextRequest request, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(ImportArticleCommand.FromText(request.Text, request.Title), cancellationToken);
        return TypedResults.Created($"/api/v1/articles/{result.ArticleId}", result);
    }

    public static async Task<Results<Created<ImportArticleResult>, ProblemHttpResult>> Upload(IFormFile? file, [FromForm] string? title, ISender sender, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return TypedResults.Problem(title: "The request has invalid fields.", detail: "Send the document as the multipart field 'file'.", statusCode: StatusCodes.Status400BadRequest);
        }

        await using var stream = file.OpenReadStream();
        var result = await sender.Send(new ImportArticleCommand(file.FileName, stream, title), cancellationToken);
        return TypedResults.Created($"/api/v1/articles/{result.ArticleId}", result);
    }

    public static async Task<Ok<ArticleDto>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetArticleQuery(id), cancellationToken));

    public static async Task<NoContent> Restore(Guid id, int index, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new RestoreRemovedBlockCommand(id, index), cancellationToken);
        return TypedResults.NoContent();
    }

    public sealed record ImportTextRequest(string? Title, string? Text);
}
