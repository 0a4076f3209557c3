using IRLearn.Web.Endpoints.Learning;

namespace IRLearn.Web.Endpoints;

public static partial class ApiV1
{
    // The student's use cases live under /api/v1/learn, so they never clash with the instructor's
    // resources of the same name (a lesson to edit is not a lesson to read).
    static partial void MapLearning(RouteGroupBuilder secured)
    {
        var learn = secured.MapGroup("/learn");
        learn.MapStudentClassrooms();
        learn.MapStudentAssignments();
        learn.MapAttempts();
        learn.MapLessonReader();
        learn.MapProgress();
        learn.MapReviews();
    }
}
