using IRLearn.Web.Learning;

namespace IRLearn.Web.Endpoints.Learning;

public static class StudentAssignments
{
    public static void MapStudentAssignments(this IEndpointRouteBuilder learn)
    {
        var group = learn.MapGroup("/assignments").WithTags("Learn");
        group.MapGet("/{assignmentId:guid}", Get).WithSummary("An assignment as it applies to the student, with their attempts.");
        group.MapPost("/{assignmentId:guid}/attempts", Start)
            .WithSummary("Start an attempt, or resume the one still open (503 with Retry-After when the server is saturated with starts).")
            .RequireRateLimiting(AttemptStartLimit.PolicyName);
    }

    public static async Task<Ok<MyAssignmentDto>> Get(Guid assignmentId, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetMyAssignmentQuery(assignmentId), cancellationToken));

    public static async Task<Results<Created<StartedAttemptDto>, Ok<StartedAttemptDto>>> Start(Guid assignmentId, ISender sender, CancellationToken cancellationToken)
    {
        var started = await sender.Send(new StartAttemptCommand(assignmentId), cancellationToken);
        return started.Resumed
            ? TypedResults.Ok(started)
            : TypedResults.Created($"/api/v1/learn/attempts/{started.AttemptId}", started);
    }
}
