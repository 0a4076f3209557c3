namespace IRLearn.Web.Tests.Learn;

public sealed class JoinAndDashboardTests(LearnWebFactory factory) : IClassFixture<LearnWebFactory>
{
    [Fact]
    public async Task JoiningWithACode_AddsTheClassroomToTheDashboard()
    {
        using var session = await LearnSession.StudentAsync(factory, "sofia.martinez@students.irlearn.test");

        var response = await session.PostFormAsync("/Learn?handler=Join", new Dictionary<string, string> { ["JoinCode"] = "asean-6rx" }, tokenFrom: "/Learn");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await session.Client.GetStringAsync("/Learn");

        Assert.Contains("You joined IR 230", html, StringComparison.Ordinal);
        Assert.Contains("IR 230", html.Split("data-testid=\"dashboard-classrooms\"")[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Enter the join code")]
    [InlineData("ZZ", "A join code is 8 letters and digits")]
    [InlineData("ABCDEFGH", "No classroom has that join code")]
    public async Task ABadCode_GetsAClearMessage(string code, string message)
    {
        using var session = await LearnSession.StudentAsync(factory);

        var response = await session.PostFormAsync("/Learn?handler=Join", new Dictionary<string, string> { ["JoinCode"] = code }, tokenFrom: "/Learn");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARemovedStudent_CannotRejoinWithTheCode()
    {
        var studentId = await LearnSeed.UserIdAsync(factory, LearnAccounts.Daniel);
        await LearnSeed.ChangeAsync(factory, async (db, now) =>
        {
            var classroom = await db.Classrooms.SingleAsync(c => c.JoinCode == IRLearn.Domain.Classrooms.JoinCode.Parse(LearnSeed.Ir101Code));
            classroom.RemoveStudent(studentId, now);
        });
        using var api = await ApiClient.SignedInAsync(factory, LearnAccounts.Daniel);

        var response = await api.PostAsJsonAsync("/api/v1/learn/classrooms/join", new { code = LearnSeed.Ir101Code });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("classroom.enrollment_removed", problem.GetProperty("code").GetString());
        Assert.Contains("removed", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_ListsAssignmentsByState_AndLessonsToRead()
    {
        var open = await LearnSeed.QuizAsync(factory, LearnSeed.Settings(), dueIn: TimeSpan.FromDays(5));
        var dueSoon = await LearnSeed.QuizAsync(factory, LearnSeed.Settings(), dueIn: TimeSpan.FromHours(5));
        using var session = await LearnSession.StudentAsync(factory);
        var done = await LearnSeed.QuizAsync(factory, LearnSeed.Settings(), dueIn: TimeSpan.FromDays(4));
        var path = await session.StartAsync(done.AssignmentId);
        await session.PostFormAsync($"{path}?handler=Submit", new Dictionary<string, string>(), tokenFrom: path);

        var html = await session.Client.GetStringAsync("/Learn");

        Assert.Matches($"href=\"/Learn/Assignments/{open.AssignmentId}\"(?:(?!</li>)[\\s\\S])*>Open<", html);
        Assert.Matches($"href=\"/Learn/Assignments/{dueSoon.AssignmentId}\"(?:(?!</li>)[\\s\\S])*>Due soon<", html);
        Assert.Matches($"href=\"/Learn/Assignments/{done.AssignmentId}\"(?:(?!</li>)[\\s\\S])*>Done<", html);
        Assert.Contains($"href=\"/Learn/Lessons/{open.LessonId}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LessonReader_ShowsSectionsAndKeyTerms()
    {
        var quiz = await LearnSeed.QuizAsync(factory, LearnSeed.Settings());
        using var session = await LearnSession.StudentAsync(factory);

        var html = await session.Client.GetStringAsync($"/Learn/Lessons/{quiz.LessonId}");

        Assert.Contains("Kazakhstan proposed a pan-Asian security forum", html, StringComparison.Ordinal);
        var terms = html.Split("data-testid=\"key-terms\"")[1];
        Assert.Contains("<dt>CICA</dt>", terms, StringComparison.Ordinal);
        Assert.Contains(LearnSeed.ShortAnswerExpansion, terms, StringComparison.Ordinal);
    }
}
