using IRLearn.Application.Common.Interfaces;
using IRLearn.Domain.Attempts;
using IRLearn.Web.Leaderboards;
using Microsoft.AspNetCore.Identity;

namespace IRLearn.Web.Infrastructure;

public static partial class WebFeatures
{
    static partial void AddLeaderboardServices(IServiceCollection services)
    {
        services.AddSignalR();
    }

    // The hub is for the browser's open boards, so it takes the page cookie (not the API's bearer token).
    static partial void MapLeaderboardHubs(IEndpointRouteBuilder app) =>
        app.MapHub<LeaderboardHub>(LeaderboardHub.Path)
            .RequireAuthorization(policy => policy.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme).RequireAuthenticatedUser());
}
