namespace IRLearn.Web.Endpoints.Learning;

public static class Attempts
{
    public static void MapAttempts(this IEndpointRouteBuilder learn)
    {
        var group = learn.MapGroup("/attempts").WithTags("Learn");
        group.MapGet("/{attemptId:guid}", Get).WithSummary("The student's own attempt; feedback only as the quiz's policy allows.");
        group.MapPut("/{attemptId:guid}/answers/{number:int}", SaveOne).WithSummary("Save the answer to one question (display positions, not option ids).");
        group.MapPut("/{attemptId:guid}/answers", SaveMany).WithSummary("Save several answers at once.");
        group.MapPost("/{attemptId:guid}/submit", Submit).WithSummary("Submit and grade the attempt. Idempotent.");
    }

    /// <summary>One answer; which fields apply depends on the question type.</summary>
    public sealed record AnswerBody(IReadOnlyList<int>? Options, string? Text, IReadOnlyList<int?>? Matches);

    public sealed record SubmitBody(IReadOnlyList<AnswerInput>? Answers);

    // Closing an attempt whose time is up is a write, so it is its own command, sent before the read.
    public static async Task<Ok<AttemptDto>> Get(Guid attemptId, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new CloseExpiredAttemptCommand(attemptId), cancellationToken);
        return TypedResults.Ok(await sender.Send(new GetAttemptQuery(attemptId), cancellationToken));
    }

    public static async Task<Ok<SavedAnswersDto>> SaveOne(Guid attemptId, int number, AnswerBody body, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new SaveAnswersCommand(attemptId, [new AnswerInput(number, body.Options, body.Text, body.Matches)]), cancellationToken));

    public static async Task<Ok<SavedAnswersDto>> SaveMany(Guid attemptId, IReadOnlyList<AnswerInput> answers, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new SaveAnswersCommand(attemptId, answers), cancellationToken));

    public static async Task<Ok<SubmittedAttemptDto>> Submit(Guid attemptId, SubmitBody? body, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new SubmitAttemptCommand(attemptId, body?.Answers), cancellationToken));
}
