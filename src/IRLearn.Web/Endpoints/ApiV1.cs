using IRLearn.Web.Endpoints.Grading;
using IRLearn.Web.Endpoints.Leaderboards;
using IRLearn.Web.Endpoints.Learning;
using IRLearn.Web.Endpoints.Teaching;
using IRLearn.Web.Leaderboards;
using Microsoft.AspNetCore.Identity;

namespace IRLearn.Web.Endpoints;

/// <summary>The one map of the host's endpoints besides the pages: the versioned API and the live-board hub.</summary>
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

        // Teaching: the same use cases as the Teach pages.
        secured.MapArticles();
        secured.MapLessons();
        secured.MapQuestions();
        secured.MapQuestionFiles();
        secured.MapQuizzes();
        secured.MapClassrooms();

        // The student's use cases live under /learn, so they never clash with the instructor's
        // resources of the same name (a lesson to edit is not a lesson to read).
        var learn = secured.MapGroup("/learn");
        learn.MapStudentClassrooms();
        learn.MapStudentAssignments();
        learn.MapAttempts();
        learn.MapLessonReader();
        learn.MapProgress();
        learn.MapReviews();

        secured.MapGradingApi();
        secured.MapLeaderboardBoards();
        secured.MapLeagues();

        if (LoadTest.IsEnabled(app.ServiceProvider.GetRequiredService<IConfiguration>(), app.ServiceProvider.GetRequiredService<IHostEnvironment>()))
        {
            v1.MapLoadTest(secured);
        }

        // The hub is for the browser's open boards, so it takes the page cookie (not the API's bearer token).
        app.MapHub<LeaderboardHub>(LeaderboardHub.Path)
            .RequireAuthorization(policy => policy.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme).RequireAuthenticatedUser());
        return app;
    }
}
