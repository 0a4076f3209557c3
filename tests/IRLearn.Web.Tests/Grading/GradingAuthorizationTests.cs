namespace IRLearn.Web.Tests.Grading;

/// <summary>
/// Another instructor gets 404 (ids cannot be probed) and a student 403, on every grading page and
/// endpoint, and a refused change changes nothing.
/// </summary>
public sealed class GradingAuthorizationTests(IRLearnWebFactory factory) : IClassFixture<IRLearnWebFactory>, IAsyncLifetime
{
    private const string Daniel = "daniel.okafor@students.irlearn.test";
    private GradingScenario _scenario = null!;

    public async ValueTask InitializeAsync() =>
        _scenario = await GradingScenario.CreateAsync(factory, [new(Daniel, Correct: true, ShortAnswer: "Asian conference")]);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private IEnumerable<string> ApiReads()
    {
        var s = _scenario;
        yield return $"/api/v1/grading/classrooms/{s.ClassroomId}/gradebook";
        yield return $"/api/v1/grading/classrooms/{s.ClassroomId}/gradebook.csv";
        yield return $"/api/v1/grading/classrooms/{s.ClassroomId}/queue";
        yield return $"/api/v1/grading/attempts/{s.Attempts[Daniel]}";
        yield return $"/api/v1/grading/assignments/{s.AssignmentId}/item-analysis";
    }

    private IEnumerable<string> Pages()
    {
        var s = _scenario;
        yield return $"/Teach/Grading/Gradebook/{s.ClassroomId}";
        yield return $"/Teach/Grading/Gradebook/{s.ClassroomId}?handler=Csv";
        yield return $"/Teach/Grading/Queue/{s.ClassroomId}";
        yield return $"/Teach/Grading/Attempt/{s.Attempts[Daniel]}";
        yield return $"/Teach/Grading/Items/{s.AssignmentId}";
        yield return $"/Teach/Grading/Accommodation/{s.ClassroomId}/{s.AssignmentId}/{s.UserIds[Daniel]}";
        yield return $"/Teach/Grading/Regrade/{s.Questions[QuestionType.ShortAnswer].Id}?job={Guid.NewGuid()}";
    }

    [Fact]
    public async Task EveryApiRead_IsNotFoundForAnotherInstructor_AndForbiddenForAStudent()
    {
        using var other = await ApiClient.SignedInAsync(factory, DemoAccounts.OtherInstructor);
        using var student = await ApiClient.SignedInAsync(factory, DemoAccounts.Student);
        using var owner = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);

        foreach (var url in ApiReads())
        {
            Assert.Equal((url, HttpStatusCode.OK), (url, (await owner.GetAsync(url)).StatusCode));
            Assert.Equal((url, HttpStatusCode.NotFound), (url, (await other.GetAsync(url)).StatusCode));
            Assert.Equal((url, HttpStatusCode.Forbidden), (url, (await student.GetAsync(url)).StatusCode));
        }
    }

    [Fact]
    public async Task EveryPage_IsNotFoundForAnotherInstructor_AndDeniedToAStudent()
    {
        using var other = BrowserSession.Create(factory);
        await other.LogInAsync(DemoAccounts.OtherInstructor);
        using var student = BrowserSession.Create(factory);
        await student.LogInAsync(DemoAccounts.Student);

        foreach (var url in Pages())
        {
            Assert.Equal((url, HttpStatusCode.NotFound), (url, (await other.Client.GetAsync(url)).StatusCode));
            var denied = await student.Client.GetAsync(url);
            Assert.Equal((url, HttpStatusCode.Redirect), (url, denied.StatusCode));
            Assert.Contains("/Account/AccessDenied", denied.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task RefusedApiChanges_ChangeNothing()
    {
        using var other = await ApiClient.SignedInAsync(factory, DemoAccounts.OtherInstructor);
        using var student = await ApiClient.SignedInAsync(factory, DemoAccounts.Student);
        var s = _scenario;
        var question = s.Questions[QuestionType.ShortAnswer];

        foreach (var client in new[] { other, student })
        {
            var expected = client == other ? HttpStatusCode.NotFound : HttpStatusCode.Forbidden;
            Assert.Equal(expected, (await client.PostAsJsonAsync($"/api/v1/grading/attempts/{s.Attempts[Daniel]}/responses/{s.ShortAnswerVersionId}/score", new { score = 1m, comment = "x" })).StatusCode);
            Assert.Equal(expected, (await client.PostAsJsonAsync($"/api/v1/grading/attempts/{s.Attempts[Daniel]}/override", new { score = 7m, reason = "x" })).StatusCode);
            Assert.Equal(expected, (await client.PostAsJsonAsync($"/api/v1/grading/questions/{question.Id}/accepted-answers", new { answer = "Asian conference" })).StatusCode);
            Assert.Equal(expected, (await client.PostAsync($"/api/v1/grading/questions/{question.Id}/regrade", null)).StatusCode);
            Assert.Equal(expected, (await client.PutAsJsonAsync($"/api/v1/grading/classrooms/{s.ClassroomId}/assignments/{s.AssignmentId}/accommodations/{s.UserIds[Daniel]}", new { extraMinutes = 10, extraAttempts = 1, reason = "x" })).StatusCode);
        }

        await AssertUnchangedAsync();
    }

    [Fact]
    public async Task RefusedPagePosts_ChangeNothing()
    {
        var s = _scenario;
        using var owner = BrowserSession.Create(factory);
        await owner.LogInAsync(DemoAccounts.Instructor);
        using var other = BrowserSession.Create(factory);
        await other.LogInAsync(DemoAccounts.OtherInstructor);
        // The other instructor cannot load the form, so they post with a token from a page they can open.
        var token = await other.GetAntiforgeryTokenAsync("/Teach");
        var attemptPath = $"/Teach/Grading/Attempt/{s.Attempts[Daniel]}";

        var grade = await other.Client.PostAsync(attemptPath + "?handler=Grade", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["questionVersionId"] = s.ShortAnswerVersionId.ToString(),
            ["score"] = "1",
            ["__RequestVerificationToken"] = token,
        }));
        var overrideTotal = await other.Client.PostAsync(attemptPath + "?handler=Override", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["total"] = "7",
            ["reason"] = "x",
            ["__RequestVerificationToken"] = token,
        }));
        var accept = await other.Client.PostAsync($"/Teach/Grading/Queue/{s.ClassroomId}?handler=Accept", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["acceptQuestionId"] = s.Questions[QuestionType.ShortAnswer].Id.ToString(),
            ["answer"] = "Asian conference",
            ["__RequestVerificationToken"] = token,
        }));
        var accommodate = await other.Client.PostAsync($"/Teach/Grading/Accommodation/{s.ClassroomId}/{s.AssignmentId}/{s.UserIds[Daniel]}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.ExtraMinutes"] = "10",
            ["Input.ExtraAttempts"] = "1",
            ["Input.Reason"] = "x",
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.NotFound, grade.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, overrideTotal.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, accept.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, accommodate.StatusCode);
        await AssertUnchangedAsync();
    }

    [Fact]
    public async Task PagePostWithoutAntiforgeryToken_IsRefused()
    {
        using var owner = BrowserSession.Create(factory);
        await owner.LogInAsync(DemoAccounts.Instructor);

        var response = await owner.Client.PostAsync($"/Teach/Grading/Attempt/{_scenario.Attempts[Daniel]}?handler=Grade", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["questionVersionId"] = _scenario.ShortAnswerVersionId.ToString(),
            ["score"] = "1",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertUnchangedAsync();
    }

    private async Task AssertUnchangedAsync()
    {
        var attempt = await _scenario.LoadAttemptAsync(factory, Daniel);
        Assert.Equal(IRLearn.Domain.Attempts.AttemptStatus.NeedsGrading, attempt.Status);
        Assert.Null(attempt.ScoreOverride);
        Assert.Empty(attempt.GradeChanges);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IRLearn.Infrastructure.Persistence.ApplicationDbContext>();
        var question = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(db.Questions, q => q.Id == _scenario.Questions[QuestionType.ShortAnswer].Id);
        Assert.Single(question.Versions);
        var classroom = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(db.Classrooms, c => c.Id == _scenario.ClassroomId);
        Assert.Null(classroom.GetAssignment(_scenario.AssignmentId).OverrideFor(_scenario.UserIds[Daniel]));
    }
}
