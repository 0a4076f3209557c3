using IRLearn.Web.Infrastructure;

namespace IRLearn.Web.Endpoints;

public static partial class ApiV1
{
    /// <summary>
    /// Maps the versioned API. Every group but <c>auth</c> needs a bearer token: the API never accepts the
    /// browser's cookie, so a forged cross-site request has no credentials to ride on.
    /// </summary>
    public static IEndpointRouteBuilder MapApiV1(this IEndpointRouteBuilder app)
    {
        var v1 = app.MapGroup("/api/v1");
        v1.MapAuth();

        var secured = v1.MapGroup(string.Empty).RequireAuthorization(Policies.Api);
        secured.MapMe();
        secured.MapUsers();
        MapTeaching(secured);
        MapLearning(secured);
        MapGrading(secured);
        MapLeaderboards(secured);
        return app;
    }

    // Each product area maps its endpoint groups in its own partial file (ApiV1.<Area>.cs).
    static partial void MapTeaching(RouteGroupBuilder secured);

    static partial void MapLearning(RouteGroupBuilder secured);

    static partial void MapGrading(RouteGroupBuilder secured);

    static partial void MapLeaderboards(RouteGroupBuilder secured);
}
