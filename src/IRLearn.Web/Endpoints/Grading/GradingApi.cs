namespace IRLearn.Web.Endpoints.Grading;

/// <summary>The instructor's grading use cases under /api/v1/grading (bearer tokens only; instructors of the classroom only).</summary>
public static class GradingApi
{
    public static void MapGradingApi(this IEndpointRouteBuilder v1)
    {
        var group = v1.MapGroup("/grading").WithTags("Grading");
        group.MapGet("/classrooms/{classroomId:guid}/gradebook", GetGradebook).WithSummary("Students × assignments with status, score and final grade; sortable, filterable, paged.");
        group.MapGet("/classrooms/{classroomId:guid}/gradebook.csv", ExportGradebook).WithSummary("The gradebook as CSV (UTF-8 with BOM, formula-injection safe).");
        group.MapGet("/classrooms/{classroomId:guid}/queue", GetQueue).WithSummary("Responses waiting for manual grading, by question or by student.");
        group.MapPut("/classrooms/{classroomId:guid}/assignments/{assignmentId:guid}/accommodations/{studentId}", SetAccommodation).WithSummary("Extra time, extra attempts or a later due date for one student (reason required).");
        group.MapGet("/attempts/{attemptId:guid}", GetAttempt).WithSummary("An attempt's responses beside the key, with time spent and the audit trail.");
        group.MapPost("/attempts/{attemptId:guid}/responses/{questionVersionId:guid}/score", GradeResponse).WithSummary("Score one response by hand, with a comment.");
        group.MapPost("/attempts/{attemptId:guid}/override", OverrideTotal).WithSummary("Override the attempt's total (or clear it with a null score); reason required.");
        group.MapPost("/questions/{questionId:guid}/accepted-answers", AcceptAnswer).WithSummary("Accept an answer for everyone: new question version, affected attempts regraded.");
        group.MapPost("/questions/{questionId:guid}/regrade", StartRegrade).WithSummary("Regrade every affected attempt in the background after an answer-key fix.");
        group.MapGet("/regrade-jobs/{jobId:guid}", GetRegradeJob).WithSummary("A regrade job's progress and summary.");
        group.MapGet("/assignments/{assignmentId:guid}/item-analysis", GetItemAnalysis).WithSummary("Facility, discrimination, distractor frequencies and flags per question.");
    }

    public static async Task<Ok<GradebookDto>> GetGradebook(
        Guid classroomId, ISender sender, CancellationToken cancellationToken, string? sort = null, bool descending = false, string? search = null, CellStatus? status = null, int page = 1, int pageSize = GetGradebookQuery.DefaultPageSize) =>
        TypedResults.Ok(await sender.Send(new GetGradebookQuery(classroomId, sort, descending, search, status, page, pageSize), cancellationToken));

    public static async Task<FileContentHttpResult> ExportGradebook(
        Guid classroomId, ISender sender, CancellationToken cancellationToken, string? sort = null, bool descending = false, string? search = null, CellStatus? status = null)
    {
        var file = await sender.Send(new ExportGradebookQuery(classroomId, sort, descending, search, status), cancellationToken);
        return TypedResults.File(file.Content, CsvFileDto.ContentType, file.FileName);
    }

    public static async Task<Ok<GradingQueueDto>> GetQueue(Guid classroomId, ISender sender, CancellationToken cancellationToken, Guid? questionId = null, string? studentId = null) =>
        TypedResults.Ok(await sender.Send(new GetGradingQueueQuery(classroomId, questionId, studentId), cancellationToken));

    public static async Task<NoContent> SetAccommodation(Guid classroomId, Guid assignmentId, string studentId, AccommodationRequest body, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new SetStudentOverrideCommand(classroomId, assignmentId, studentId, body.ExtraMinutes, body.ExtraAttempts, body.DueAt, body.Reason ?? string.Empty), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<AttemptReviewDto>> GetAttempt(Guid attemptId, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetAttemptReviewQuery(attemptId), cancellationToken));

    public static async Task<Ok<AttemptGradeDto>> GradeResponse(Guid attemptId, Guid questionVersionId, ScoreRequest body, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GradeResponseCommand(attemptId, questionVersionId, body.Score, body.Comment), cancellationToken));

    public static async Task<Ok<AttemptGradeDto>> OverrideTotal(Guid attemptId, OverrideRequest body, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new OverrideAttemptScoreCommand(attemptId, body.Score, body.Reason ?? string.Empty), cancellationToken));

    public static async Task<Ok<RegradeReportDto>> AcceptAnswer(Guid questionId, AcceptAnswerRequest body, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new AcceptAnswerForEveryoneCommand(questionId, body.Answer ?? string.Empty), cancellationToken));

    public static async Task<Accepted<RegradeJobDto>> StartRegrade(Guid questionId, ISender sender, CancellationToken cancellationToken)
    {
        var job = await sender.Send(new StartRegradeCommand(questionId), cancellationToken);
        return TypedResults.Accepted($"/api/v1/grading/regrade-jobs/{job.Id}", job);
    }

    public static async Task<Ok<RegradeJobDto>> GetRegradeJob(Guid jobId, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetRegradeJobQuery(jobId), cancellationToken));

    public static async Task<Ok<ItemAnalysisDto>> GetItemAnalysis(Guid assignmentId, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetItemAnalysisQuery(assignmentId), cancellationToken));

    public sealed record ScoreRequest(decimal Score, string? Comment);

    public sealed record OverrideRequest(decimal? Score, string? Reason);

    public sealed record AcceptAnswerRequest(string? Answer);

    public sealed record AccommodationRequest(int ExtraMinutes, int ExtraAttempts, DateTimeOffset? DueAt, string? Reason);
}
