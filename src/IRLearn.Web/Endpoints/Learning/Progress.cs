namespace IRLearn.Web.Endpoints.Learning;

public static class Progress
{
    public static void MapProgress(this IEndpointRouteBuilder learn)
    {
        learn.MapGet("/progress", Get).WithTags("Learn").WithSummary("Scores over time, mastery per topic and lesson, streak.");
    }

    public static async Task<Ok<ProgressDto>> Get(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetMyProgressQuery(), cancellationToken));
}
