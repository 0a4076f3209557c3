using IRLearn.Web.Endpoints.Teaching;

namespace IRLearn.Web.Endpoints;

public static partial class ApiV1
{
    // The instructor's half: the same use cases as the Teach pages, for API clients with a bearer token.
    static partial void MapTeaching(RouteGroupBuilder secured)
    {
        secured.MapArticles();
        secured.MapLessons();
        secured.MapQuestions();
        secured.MapQuizzes();
        secured.MapClassrooms();
    }
}
