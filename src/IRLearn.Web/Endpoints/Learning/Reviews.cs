namespace IRLearn.Web.Endpoints.Learning;

public static class Reviews
{
    public static void MapReviews(this IEndpointRouteBuilder learn)
    {
        var group = learn.MapGroup("/reviews").WithTags("Learn");
        group.MapGet("/", Queue).WithSummary("Review cards due now (spaced repetition of missed questions).");
        group.MapPost("/{cardId:guid}/practice", Practice).WithSummary("Answer a review card; reschedules it, never changes a grade.");
    }

    public static async Task<Ok<ReviewQueueDto>> Queue(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetReviewQueueQuery(), cancellationToken));

    public static async Task<Ok<PracticeResultDto>> Practice(Guid cardId, Attempts.AnswerBody body, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new PracticeReviewCardCommand(cardId, new AnswerInput(1, body.Options, body.Text, body.Matches)), cancellationToken));
}
