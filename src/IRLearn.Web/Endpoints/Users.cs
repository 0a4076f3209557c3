namespace IRLearn.Web.Endpoints;

public static class Users
{
    public static void MapUsers(this IEndpointRouteBuilder v1)
    {
        var group = v1.MapGroup("/users").WithTags("Users");
        group.MapGet("/", List).WithSummary("All accounts with their roles (admins only).");
        group.MapPost("/instructors", CreateInstructor).WithSummary("Create an instructor account (admins only).");
    }

    public static async Task<Ok<IReadOnlyList<UserSummary>>> List(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListUsersQuery(), cancellationToken));

    public static async Task<Created<CreatedUser>> CreateInstructor(CreateInstructorCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var id = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/users/{id}", new CreatedUser(id));
    }

    public sealed record CreatedUser(string Id);
}
