using IRLearn.Web.Endpoints.Grading;

namespace IRLearn.Web.Endpoints;

public static partial class ApiV1
{
    static partial void MapGrading(RouteGroupBuilder secured) => secured.MapGradingApi();
}
