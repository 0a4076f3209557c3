using IRLearn.Web.Infrastructure;

namespace IRLearn.Web.Endpoints;

public static class ApiV1
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
        return app;
    }
}
