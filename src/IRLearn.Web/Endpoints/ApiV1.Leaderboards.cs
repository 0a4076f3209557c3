using IRLearn.Web.Endpoints.Leaderboards;

namespace IRLearn.Web.Endpoints;

public static partial class ApiV1
{
    static partial void MapLeaderboards(RouteGroupBuilder secured)
    {
        secured.MapLeaderboardBoards();
        secured.MapLeagues();
    }
}
