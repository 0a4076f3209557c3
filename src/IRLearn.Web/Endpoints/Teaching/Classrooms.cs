namespace IRLearn.Web.Endpoints.Teaching;

public static class Classrooms
{
    public static void MapClassrooms(this IEndpointRouteBuilder v1)
    {
        var group = v1.MapGroup("/classrooms").WithTags("Classrooms");
        group.MapGet("/", List).WithSummary("The classrooms the caller teaches (as owner or co-instructor).");
        group.MapPost("/", Create).WithSummary("Create a classroom with a fresh join code.");
        group.MapGet("/{id:guid}", Get).WithSummary("A classroom the caller teaches: join code, instructors, roster, assignments, overrides.");
        group.MapPost("/{id:guid}/join-code", RegenerateCode).WithSummary("Replace the join code; the old one stops working.");
        group.MapDelete("/{id:guid}/students/{studentId}", RemoveStudent).WithSummary("Remove a student from the roster.");
        group.MapPost("/{id:guid}/instructors", AddInstructor).WithSummary("Add a co-instructor by e-mail.");
        group.MapPost("/{id:guid}/assignments", Assign).WithSummary("Assign a published quiz with opening and due dates.");
        group.MapPut("/{id:guid}/assignments/{assignmentId:guid}/overrides/{studentId}", SetOverride)
            .WithSummary("Give one student extra time, extra attempts and/or a later due date, with a reason.");
    }

    public static async Task<Ok<IReadOnlyList<InstructorClassroomDto>>> List(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok((await sender.Send(new GetInstructorDashboardQuery(), cancellationToken)).Classrooms);

    public static async Task<Created<CreatedClassroom>> Create(CreateClassroomCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var id = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/classrooms/{id}", new CreatedClassroom(id));
    }

    public static async Task<Ok<ClassroomDto>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetClassroomQuery(id), cancellationToken));

    public static async Task<Ok<JoinCodeResponse>> RegenerateCode(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(new JoinCodeResponse(await sender.Send(new RegenerateJoinCodeCommand(id), cancellationToken)));

    public static async Task<NoContent> RemoveStudent(Guid id, string studentId, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new RemoveStudentCommand(id, studentId), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> AddInstructor(Guid id, AddInstructorRequest request, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new AddCoInstructorCommand(id, request.Email ?? string.Empty), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Created<CreatedAssignment>> Assign(Guid id, AssignRequest request, ISender sender, CancellationToken cancellationToken)
    {
        var assignmentId = await sender.Send(new AssignQuizCommand(id, request.QuizId, request.Title, request.OpensAt, request.DueAt), cancellationToken);
        return TypedResults.Created($"/api/v1/classrooms/{id}", new CreatedAssignment(assignmentId));
    }

    public static async Task<NoContent> SetOverride(Guid id, Guid assignmentId, string studentId, OverrideRequest request, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(
            new SetStudentOverrideCommand(id, assignmentId, studentId, request.ExtraMinutes, request.ExtraAttempts, request.DueAt, request.Reason ?? string.Empty),
            cancellationToken);
        return TypedResults.NoContent();
    }

    public sealed record CreatedClassroom(Guid Id);

    public sealed record JoinCodeResponse(string JoinCode);

    public sealed record AddInstructorRequest(string? Email);

    public sealed record AssignRequest(Guid QuizId, string? Title, DateTimeOffset OpensAt, DateTimeOffset DueAt);

    public sealed record CreatedAssignment(Guid Id);

    public sealed record OverrideRequest(int ExtraMinutes, int ExtraAttempts, DateTimeOffset? DueAt, string? Reason);
}
