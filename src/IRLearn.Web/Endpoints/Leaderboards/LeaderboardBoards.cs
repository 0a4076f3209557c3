namespace IRLearn.Web.Endpoints.Leaderboards;

/// <summary>Classroom and quiz boards, and the student's alias on them.</summary>
public static class LeaderboardBoards
{
    public static void MapLeaderboardBoards(this IEndpointRouteBuilder v1)
    {
        var group = v1.MapGroup("/leaderboards").WithTags("Leaderboards");
        group.MapGet("/", ListMine).WithSummary("The classrooms and leagues whose boards you may open.");
        group.MapGet("/classrooms/{classroomId:guid}", GetClassroom)
            .WithSummary("Students of a classroom by points from graded first attempts, one page at a time, with the viewer's own row.")
            .WithDescription(
                $"window = allTime (default), term or week. page counts from 1 (past the end: the last page); pageSize is 1-{GetClassroomLeaderboardQuery.MaxPageSize} " +
                $"(default {GetClassroomLeaderboardQuery.DefaultPageSize}). Other values answer 400 with the field's error.");
        group.MapGet("/assignments/{assignmentId:guid}", GetQuiz).WithSummary("One assignment's board: graded first attempts, best first.");
        group.MapPut("/classrooms/{classroomId:guid}/alias", SetAlias).WithSummary("Set (or clear, with an empty alias) the name classmates see you under.");
    }

    public static async Task<Ok<MyLeaderboardsDto>> ListMine(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListMyLeaderboardsQuery(), cancellationToken));

    public static async Task<Results<Ok<ClassroomLeaderboardDto>, ValidationProblem>> GetClassroom(
        Guid classroomId, ISender sender, CancellationToken cancellationToken, string? window = null, int page = 1, int pageSize = GetClassroomLeaderboardQuery.DefaultPageSize) =>
        LeaderboardWindows.TryParse(window, out var parsed)
            ? TypedResults.Ok(await sender.Send(new GetClassroomLeaderboardQuery(classroomId, parsed, page, pageSize), cancellationToken))
            : InvalidWindow();

    /// <summary>The answer to a window that is not week, term or allTime, shared with the league endpoints.</summary>
    public static ValidationProblem InvalidWindow() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["window"] = ["The window must be week, term or allTime."] });

    public static async Task<Ok<QuizLeaderboardDto>> GetQuiz(Guid assignmentId, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetQuizLeaderboardQuery(assignmentId), cancellationToken));

    public static async Task<NoContent> SetAlias(Guid classroomId, AliasRequest request, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new SetLeaderboardAliasCommand(classroomId, request.Alias), cancellationToken);
        return TypedResults.NoContent();
    }

    public sealed record AliasRequest(string? Alias);
}
