namespace IRLearn.Web.Infrastructure;

/// <summary>
/// Host-level services and endpoints of each product area (background jobs, SignalR hubs). Each area
/// implements its hooks in its own partial file (WebFeatures.&lt;Area&gt;.cs), so Program.cs stays short.
/// </summary>
public static partial class WebFeatures
{
    public static IServiceCollection AddWebFeatures(this IServiceCollection services)
    {
        AddTeachingServices(services);
        AddLearningServices(services);
        AddGradingServices(services);
        AddLeaderboardServices(services);
        return services;
    }

    public static IEndpointRouteBuilder MapWebFeatures(this IEndpointRouteBuilder app)
    {
        MapLeaderboardHubs(app);
        return app;
    }

    static partial void AddTeachingServices(IServiceCollection services);

    static partial void AddLearningServices(IServiceCollection services);

    static partial void AddGradingServices(IServiceCollection services);

    static partial void AddLeaderboardServices(IServiceCollection services);

    static partial void MapLeaderboardHubs(IEndpointRouteBuilder app);
}
