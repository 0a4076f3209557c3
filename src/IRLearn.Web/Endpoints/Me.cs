namespace IRLearn.Web.Endpoints;

public static class Me
{
    public static void MapMe(this IEndpointRouteBuilder v1)
    {
        v1.MapGet("/me", GetProfile).WithTags("Accounts").WithSummary("The signed-in user's profile and roles.");
    }

    public static async Task<Ok<ProfileDto>> GetProfile(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetMyProfileQuery(), cancellationToken));
}
