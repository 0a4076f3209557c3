namespace IRLearn.Web.Endpoints.Learning;

public static class StudentClassrooms
{
    public static void MapStudentClassrooms(this IEndpointRouteBuilder learn)
    {
        var group = learn.MapGroup(string.Empty).WithTags("Learn");
        group.MapGet("/dashboard", Dashboard).WithSummary("The student's classrooms, assignments by urgency and lessons to read.");
        group.MapPost("/classrooms/join", Join).WithSummary("Join a classroom with its join code.");
    }

    public sealed record JoinRequest(string Code);

    public static async Task<Ok<StudentDashboardDto>> Dashboard(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetStudentDashboardQuery(), cancellationToken));

    public static async Task<Ok<JoinedClassroomDto>> Join(JoinRequest request, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new JoinClassroomCommand(request.Code), cancellationToken));
}
