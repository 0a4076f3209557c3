using static IRLearn.Web.Tests.Leaderboards.LeaderboardScenario;

namespace IRLearn.Web.Tests.Leaderboards;

/// <summary>The classroom and quiz boards over HTTP: scoring rules, names per viewer, and who may look.</summary>
public sealed class ClassroomLeaderboardTests(IRLearnWebFactory factory) : IClassFixture<IRLearnWebFactory>
{
    private const string Aigerim = "Aigerim Nurlanova";
    private const string Daniel = "Daniel Okafor";
    private const string DanielEmail = "daniel.okafor@students.irlearn.test";

    [Fact]
    public async Task QuizBoard_CountsOnlyTheFirstAttempt_AndFollowsAnOverrideOfIt()
    {
        var services = factory.Services;
        var classroomId = await ClassroomIdAsync(services, Ir101);
        var assignmentId = await AssignQuizAsync(services, classroomId, "First attempts only");
        var aigerim = await UserIdAsync(services, DemoAccounts.Student);
        var daniel = await UserIdAsync(services, DanielEmail);
        var instructor = await UserIdAsync(services, DemoAccounts.Instructor);
        await SetAliasAsync(services, classroomId, daniel, null);

        await TakeAsync(services, assignmentId, aigerim, correct: 1);
        await TakeAsync(services, assignmentId, aigerim, correct: 2); // a retake: must not count
        var danielsFirst = await TakeAsync(services, assignmentId, daniel, correct: 2);
        await OverrideAsync(services, danielsFirst, 0.5m, instructor);

        using var client = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        var board = await BoardJson.GetAsync(client, $"/api/v1/leaderboards/assignments/{assignmentId}");

        Assert.Equal([(Aigerim, 50m), (Daniel, 25m)], BoardJson.StudentRows(board));
        Assert.Equal(10, board.GetProperty("enrolled").GetInt32());
    }

    [Fact]
    public async Task StudentsSeeAliasesOrAnonymousLabels_InstructorsSeeRealNamesWithTheAlias()
    {
        var services = factory.Services;
        var classroomId = await ClassroomIdAsync(services, Ir101);
        var daniel = await UserIdAsync(services, DanielEmail);
        await SetAliasAsync(services, classroomId, daniel, "Blue Falcon");

        using var student = BrowserSession.Create(factory);
        await student.LogInAsync(DemoAccounts.Student);
        var studentView = await student.Client.GetStringAsync($"/Leaderboards/Classroom/{classroomId}");
        using var instructor = BrowserSession.Create(factory);
        await instructor.LogInAsync(DemoAccounts.Instructor);
        var instructorView = await instructor.Client.GetStringAsync($"/Leaderboards/Classroom/{classroomId}");

        Assert.Contains("Blue Falcon", studentView, StringComparison.Ordinal);
        Assert.DoesNotContain(Daniel, studentView, StringComparison.Ordinal);
        Assert.Contains("Student ", studentView, StringComparison.Ordinal);
        Assert.Contains("(you)", studentView, StringComparison.Ordinal);
        Assert.Contains($"{Daniel} (Blue Falcon)", instructorView, StringComparison.Ordinal);
        Assert.Contains(Aigerim, instructorView, StringComparison.Ordinal);
        Assert.Contains("Only your <strong>first attempt</strong>", studentView, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Alias_SetThroughTheForm_IsShownToClassmates_AndMarkupIsRefused()
    {
        var services = factory.Services;
        var classroomId = await ClassroomIdAsync(services, Ir101);
        using var daniel = BrowserSession.Create(factory);
        await daniel.LogInAsync(DanielEmail);
        var page = $"/Leaderboards/Classroom/{classroomId}";

        var saved = await daniel.PostFormAsync($"{page}?handler=Alias", new Dictionary<string, string> { ["Alias"] = "Quiet Owl" }, tokenFrom: page);
        var refused = await daniel.PostFormAsync($"{page}?handler=Alias", new Dictionary<string, string> { ["Alias"] = "<b>Owl</b>" }, tokenFrom: page);
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        using var api = await ApiClient.SignedInAsync(factory, DanielEmail);
        var apiRefused = await api.PutAsJsonAsync($"/api/v1/leaderboards/classrooms/{classroomId}/alias", new { alias = "a=b" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("may not contain", refusedHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Owl</b>", refusedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, apiRefused.StatusCode);
        using var classmate = BrowserSession.Create(factory);
        await classmate.LogInAsync(DemoAccounts.Student);
        Assert.Contains("Quiet Owl", await classmate.Client.GetStringAsync(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemovedStudent_LeavesBothBoardsAndTheGradebook_AndReturnsWithTheirScoreWhenReadded()
    {
        var services = factory.Services;
        var classroomId = await ClassroomIdAsync(services, Ir101);
        var assignmentId = await AssignQuizAsync(services, classroomId, "Roster changes");
        var students = await ActiveStudentIdsAsync(services, classroomId);
        // Two classmates the other tests here do not name, so their aliases are this test's to set.
        string[] named = [await UserIdAsync(services, DemoAccounts.Student), await UserIdAsync(services, DanielEmail)];
        var (leaving, staying) = (students.First(id => !named.Contains(id)), students.Last(id => !named.Contains(id)));
        await SetAliasAsync(services, classroomId, leaving, null);
        await SetAliasAsync(services, classroomId, staying, null);
        await TakeAsync(services, assignmentId, leaving, correct: 2);
        await TakeAsync(services, assignmentId, staying, correct: 1);
        using var client = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        var classBoard = $"/api/v1/leaderboards/classrooms/{classroomId}";
        var quizBoard = $"/api/v1/leaderboards/assignments/{assignmentId}";
        var gradebook = $"/api/v1/grading/classrooms/{classroomId}/gradebook?pageSize=200";
        var before = BoardJson.StudentRows(await BoardJson.GetAsync(client, classBoard));
        // This assignment's board holds only the two (the class board sums every assignment other tests gave too).
        var quizBefore = BoardJson.StudentRows(await BoardJson.GetAsync(client, quizBoard));
        var (leavingName, stayingName) = (quizBefore[0].Name, quizBefore[1].Name);
        Assert.Equal([(leavingName, 100m), (stayingName, 50m)], quizBefore);

        await RemoveStudentAsync(services, classroomId, leaving);
        try
        {
            var after = BoardJson.StudentRows(await BoardJson.GetAsync(client, classBoard));
            var quiz = await BoardJson.GetAsync(client, quizBoard);
            var book = await BoardJson.GetAsync(client, gradebook);

            Assert.Contains(before, r => r.Name == leavingName);
            Assert.Equal(before.Count - 1, after.Count);
            Assert.Contains(after, r => r.Name == stayingName);
            Assert.DoesNotContain(after, r => r.Name == leavingName);
            Assert.Equal([(stayingName, 50m)], BoardJson.StudentRows(quiz));
            Assert.Equal(students.Count - 1, quiz.GetProperty("enrolled").GetInt32());
            Assert.Equal(students.Count - 1, book.GetProperty("totalStudents").GetInt32());
            Assert.DoesNotContain(book.GetProperty("rows").EnumerateArray(), r => r.GetProperty("studentId").GetString() == leaving);
            Assert.Contains(book.GetProperty("rows").EnumerateArray(), r => r.GetProperty("displayName").GetString() == stayingName);
        }
        finally
        {
            await AddStudentAsync(services, classroomId, leaving);
        }

        Assert.Equal(before, BoardJson.StudentRows(await BoardJson.GetAsync(client, classBoard)));
    }

    [Theory]
    [InlineData(DemoAccounts.OtherStudent)]
    [InlineData(DemoAccounts.OtherInstructor)]
    public async Task Outsiders_Get404_OnPagesAndApi(string outsider)
    {
        var services = factory.Services;
        var classroomId = await ClassroomIdAsync(services, Ir101);
        var assignmentId = await AssignQuizAsync(services, classroomId, "Outsiders");
        using var browser = BrowserSession.Create(factory);
        await browser.LogInAsync(outsider);
        using var api = await ApiClient.SignedInAsync(factory, outsider);

        Assert.Equal(HttpStatusCode.NotFound, (await browser.Client.GetAsync($"/Leaderboards/Classroom/{classroomId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.Client.GetAsync($"/Leaderboards/Quiz/{assignmentId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/leaderboards/classrooms/{classroomId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.Client.GetAsync($"/Leaderboards/Classroom/{classroomId}?size=1&p=2")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/leaderboards/classrooms/{classroomId}?page=2&pageSize=1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/leaderboards/assignments/{assignmentId}")).StatusCode);
    }

    [Fact]
    public async Task AnonymousVisitor_IsSentToLogIn()
    {
        var classroomId = await ClassroomIdAsync(factory.Services, Ir101);
        using var browser = BrowserSession.Create(factory);

        var response = await browser.Client.GetAsync($"/Leaderboards/Classroom/{classroomId}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
