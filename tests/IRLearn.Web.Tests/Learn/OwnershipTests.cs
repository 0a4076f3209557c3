namespace IRLearn.Web.Tests.Learn;

/// <summary>A student sees only their own attempts, and only their classes' assignments and lessons: anything else is 404, like an id that does not exist.</summary>
public sealed class OwnershipTests(LearnWebFactory factory) : IClassFixture<LearnWebFactory>
{
    private static readonly int[] FirstOption = [0];

    [Fact]
    public async Task AnotherStudentsAttempt_IsNotFound_OnEveryPageHandlerAndEndpoint()
    {
        var quiz = await LearnSeed.QuizAsync(factory, LearnSeed.Settings(FeedbackPolicy.Immediately));
        using var owner = await LearnSession.StudentAsync(factory);
        var path = await owner.StartAsync(quiz.AssignmentId);
        var attemptId = LearnSession.AttemptIdOf(path);

        // Daniel is in the same class: being a classmate is not enough.
        using var classmate = await LearnSession.StudentAsync(factory, LearnAccounts.Daniel);
        Assert.Equal(HttpStatusCode.NotFound, (await classmate.Client.GetAsync(path)).StatusCode);
        var token = await classmate.GetAntiforgeryTokenAsync("/Learn");
        foreach (var handler in new[] { "Save", "Autosave", "Submit" })
        {
            var post = await classmate.Client.PostAsync($"{path}?handler={handler}", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["Answers[0].Number"] = "1",
                ["Answers[0].Options"] = "0",
            }));
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }

        using var api = await ApiClient.SignedInAsync(factory, LearnAccounts.Daniel);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/learn/attempts/{attemptId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PutAsJsonAsync($"/api/v1/learn/attempts/{attemptId}/answers/1", new { options = FirstOption })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsJsonAsync($"/api/v1/learn/attempts/{attemptId}/submit", new { })).StatusCode);

        // Nothing the classmate sent reached the owner's attempt.
        var ownerPage = await owner.OpenAsync(path);
        Assert.All(ownerPage.Questions, q => Assert.Empty(q.CheckedOptions));
        Assert.Contains("Submit attempt", ownerPage.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStudentOutsideTheClass_CannotSeeOrStartItsAssignment_NorReadItsLesson()
    {
        var quiz = await LearnSeed.QuizAsync(factory, LearnSeed.Settings());
        using var outsider = await LearnSession.StudentAsync(factory, LearnAccounts.Elena);
        using var api = await ApiClient.SignedInAsync(factory, LearnAccounts.Elena);

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync($"/Learn/Assignments/{quiz.AssignmentId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync($"/Learn/Lessons/{quiz.LessonId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsync($"/api/v1/learn/assignments/{quiz.AssignmentId}/attempts", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/learn/lessons/{quiz.LessonId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/learn/attempts/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task TheApi_RefusesTheBrowserCookie()
    {
        var quiz = await LearnSeed.QuizAsync(factory, LearnSeed.Settings());
        using var session = await LearnSession.StudentAsync(factory);

        var response = await session.Client.PostAsync($"/api/v1/learn/assignments/{quiz.AssignmentId}/attempts", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
