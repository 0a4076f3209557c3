namespace IRLearn.Web.Tests.Teach;

/// <summary>
/// Another instructor gets 404 (ids cannot be probed) and a student is refused (403, or the
/// access-denied page for the browser) on every Teach page and endpoint, and nothing changes.
/// </summary>
public sealed class AuthorizationTests(OwnedContentFactory factory) : IClassFixture<OwnedContentFactory>
{
    public static TheoryData<string> Pages =>
    [
        "/Teach/Articles/Details/{article}",
        "/Teach/Lessons/Edit/{lesson}",
        "/Teach/Lessons/Questions/{lesson}",
        "/Teach/Questions/Edit/{question}",
        "/Teach/Questions/Edit?lessonId={lesson}",
        "/Teach/Quizzes/Edit/{quiz}",
        "/Teach/Quizzes/Preview/{quiz}",
        "/Teach/Classrooms/Details/{classroom}",
    ];

    public static TheoryData<string, string> PagePosts => new()
    {
        { "/Teach/Articles/Details/{article}?handler=Restore&index=0", "" },
        { "/Teach/Lessons/Edit/{lesson}", "Input.Title=Hacked&Input.Sections[0].Text=x" },
        { "/Teach/Lessons/Edit/{lesson}?handler=Publish", "" },
        { "/Teach/Lessons/Questions/{lesson}?handler=Review", "one={question}:Retire" },
        { "/Teach/Lessons/Questions/{lesson}?handler=Review", "group=Retire:{question}" },
        { "/Teach/Questions/Edit/{question}", "Input.Type=5&Input.Stem=Hacked&Input.AcceptedAnswers=x" },
        { "/Teach/Questions/Edit?lessonId={lesson}", "Input.Type=5&Input.Stem=Planted&Input.AcceptedAnswers=x" },
        { "/Teach/Quizzes/Edit/{quiz}?handler=Unpublish", "" },
        { "/Teach/Quizzes/Edit/{quiz}?handler=Settings", "Settings.Title=Hacked&Settings.PassingScorePercent=1" },
        { "/Teach/Quizzes/Edit/{quiz}?handler=RemoveQuestion&questionId={question}", "" },
        { "/Teach/Classrooms/Details/{classroom}?handler=RegenerateCode", "" },
        { "/Teach/Classrooms/Details/{classroom}?handler=AddInstructor", "instructorEmail=instructor2@irlearn.test" },
        { "/Teach/Classrooms/Details/{classroom}?handler=Assign", "Assign.QuizId={quiz}&Assign.OpensAt=2030-01-01T00:00&Assign.DueAt=2030-02-01T00:00" },
    };

    public static TheoryData<string, string, string?> ApiCalls => new()
    {
        { "GET", "/api/v1/articles/{article}", null },
        { "POST", "/api/v1/articles/{article}/removed-blocks/0/restore", null },
        { "GET", "/api/v1/lessons/{lesson}", null },
        { "PUT", "/api/v1/lessons/{lesson}", """{"title":"Hacked","sections":[],"keyTerms":[],"objectives":[],"tags":[]}""" },
        { "POST", "/api/v1/lessons/{lesson}/publish", null },
        { "POST", "/api/v1/lessons/{lesson}/unpublish", null },
        { "GET", "/api/v1/lessons/{lesson}/questions", null },
        { "POST", "/api/v1/lessons/{lesson}/questions", """{"type":5,"stem":"Planted?","acceptedAnswers":["x"]}""" },
        { "GET", "/api/v1/questions/{question}", null },
        { "PUT", "/api/v1/questions/{question}", """{"type":5,"stem":"Hacked?","acceptedAnswers":["x"]}""" },
        { "POST", "/api/v1/questions/review", """{"questionIds":["{question}"],"decision":2}""" },
        { "GET", "/api/v1/quizzes/{quiz}", null },
        { "GET", "/api/v1/quizzes/{quiz}/preview", null },
        { "PUT", "/api/v1/quizzes/{quiz}/settings", """{"title":"Hacked","shuffleQuestions":false,"shuffleOptions":false,"feedbackPolicy":0,"passingScorePercent":1,"gradingMethod":0}""" },
        { "POST", "/api/v1/quizzes/{quiz}/questions", """{"questionIds":["{question}"],"points":1}""" },
        { "DELETE", "/api/v1/quizzes/{quiz}/questions/{question}", null },
        { "POST", "/api/v1/quizzes/{quiz}/draw-rules", """{"count":1}""" },
        { "POST", "/api/v1/quizzes/{quiz}/unpublish", null },
        { "GET", "/api/v1/classrooms/{classroom}", null },
        { "POST", "/api/v1/classrooms/{classroom}/join-code", null },
        { "POST", "/api/v1/classrooms/{classroom}/instructors", """{"email":"instructor2@irlearn.test"}""" },
        { "POST", "/api/v1/classrooms/{classroom}/assignments", """{"quizId":"{quiz}","opensAt":"2030-01-01T00:00:00Z","dueAt":"2030-02-01T00:00:00Z"}""" },
        { "DELETE", "/api/v1/classrooms/{classroom}/students/someone", null },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task TeachPage_OfAnotherInstructor_Is404_AndForAStudentIsDenied(string template)
    {
        var path = factory.Route(template);
        using var owner = await TeachData.SignedInAsync(factory, DemoAccounts.Instructor);
        using var other = await TeachData.SignedInAsync(factory, DemoAccounts.OtherInstructor);
        using var student = await TeachData.SignedInAsync(factory, DemoAccounts.Student);

        Assert.Equal(HttpStatusCode.OK, (await owner.Client.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync(path)).StatusCode);
        AssertStudentDenied(await student.Client.GetAsync(path));
    }

    [Theory]
    [MemberData(nameof(PagePosts))]
    public async Task TeachForm_PostedByAnotherInstructorOrAStudent_IsRefused_AndChangesNothing(string template, string form)
    {
        var path = factory.Route(template);
        var before = await factory.SnapshotAsync();
        using var other = await TeachData.SignedInAsync(factory, DemoAccounts.OtherInstructor);
        using var student = await TeachData.SignedInAsync(factory, DemoAccounts.Student);
        var fields = factory.Route(form)
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(kv => new KeyValuePair<string, string>(kv[0], kv[1]))
            .ToList();

        var byOther = await TeachData.PostFormAsync(other, path, fields, tokenFrom: "/Teach/Import");
        var byStudent = await student.Client.PostAsync(path, new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.NotFound, byOther.StatusCode);
        AssertStudentDenied(byStudent);
        Assert.Equal(before, await factory.SnapshotAsync());
    }

    [Theory]
    [MemberData(nameof(ApiCalls))]
    public async Task Endpoint_CalledByAnotherInstructor_Is404_ByAStudent403_AndChangesNothing(string method, string template, string? body)
    {
        var before = await factory.SnapshotAsync();
        using var other = await ApiClient.SignedInAsync(factory, DemoAccounts.OtherInstructor);
        using var student = await ApiClient.SignedInAsync(factory, DemoAccounts.Student);

        var byOther = await other.SendAsync(Request(method, template, body));
        var byStudent = await student.SendAsync(Request(method, template, body));

        Assert.Equal(HttpStatusCode.NotFound, byOther.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byStudent.StatusCode);
        Assert.Equal(before, await factory.SnapshotAsync());
    }

    [Theory]
    [InlineData("/api/v1/lessons")]
    [InlineData("/api/v1/quizzes")]
    [InlineData("/api/v1/classrooms")]
    public async Task Lists_ShowAnotherInstructorNoneOfTheOwnersContent(string path)
    {
        using var other = await ApiClient.SignedInAsync(factory, DemoAccounts.OtherInstructor);

        var json = await other.GetStringAsync(path);

        Assert.DoesNotContain(factory.Imported.LessonId.ToString(), json, StringComparison.Ordinal);
        Assert.DoesNotContain(factory.QuizId.ToString(), json, StringComparison.Ordinal);
        Assert.DoesNotContain(factory.ClassroomId.ToString(), json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_WithoutToken_Is401()
    {
        using var anonymous = factory.CreateClient();

        var response = await anonymous.PostAsJsonAsync("/api/v1/classrooms", new { name = "Anonymous" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private HttpRequestMessage Request(string method, string template, string? body)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), factory.Route(template));
        if (body is not null)
        {
            request.Content = new StringContent(factory.Route(body), System.Text.Encoding.UTF8, "application/json");
        }

        return request;
    }

    // The Teach folder policy refuses students before the page runs: the cookie scheme sends them to the access-denied page.
    private static void AssertStudentDenied(HttpResponseMessage response)
    {
        if (response.StatusCode == HttpStatusCode.Forbidden)
        {
            return;
        }

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
