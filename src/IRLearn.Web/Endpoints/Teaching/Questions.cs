namespace IRLearn.Web.Endpoints.Teaching;

public static class Questions
{
    public static void MapQuestions(this IEndpointRouteBuilder v1)
    {
        var group = v1.MapGroup("/questions").WithTags("Questions");
        group.MapGet("/{id:guid}", Get).WithSummary("One question's current version, with its answer key and source sentence.");
        group.MapPut("/{id:guid}", Edit).WithSummary("Edit a question; an approved question gets a new version.");
        group.MapPost("/review", Review).WithSummary("Approve, reject or retire one or many questions.");
    }

    public static async Task<Ok<QuestionDto>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetQuestionQuery(id), cancellationToken));

    public static async Task<Ok<EditedQuestion>> Edit(Guid id, QuestionInput question, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(new EditedQuestion(id, await sender.Send(new EditQuestionCommand(id, question), cancellationToken)));

    public static async Task<Ok<ReviewedQuestions>> Review(ReviewQuestionsCommand command, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(new ReviewedQuestions(await sender.Send(command, cancellationToken)));

    public sealed record EditedQuestion(Guid Id, int Version);

    public sealed record ReviewedQuestions(int Count);
}
