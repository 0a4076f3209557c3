namespace IRLearn.E2E.Tests.Accessibility;

/// <summary>
/// axe-core in real Chromium on every page the browser tests visit, as each role sees it (an open and a closed
/// attempt, grading pages with work in them). Any serious or critical violation, or any CSP refusal in the
/// console, fails the test with the rule, the page and the offending elements.
/// </summary>
public sealed class AxeTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task EveryPage_HasNoSeriousOrCriticalAxeViolation_AndNoCspViolation()
    {
        var assignmentId = await QuizSeed.TimedQuizAsync(fixture.Server.Services, "KAZ2EURA", "Accessible quiz");
        var ids = await IdsAsync(assignmentId);
        var problems = new List<string>();
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var violations = Session.RecordCspViolations(page);

        await Axe.AuditAsync(page, problems, "/", "/Account/Login", "/Account/Register");

        await Session.LogInAsync(page, "student@irlearn.test", "/Learn");
        await page.GotoAsync($"/Learn/Assignments/{assignmentId}");
        await Axe.AuditAsync(page, problems);
        await page.GetByTestId("start-attempt").ClickAsync();
        await page.WaitForURLAsync("**/Learn/Attempts/**");
        var attemptPath = new Uri(page.Url).AbsolutePath;
        await Axe.AuditAsync(page, problems);
        await page.GetByLabel("1997").CheckAsync();
        await Axe.AuditAsync(page, problems, "/Learn");
        await page.GotoAsync(attemptPath);
        await page.GetByTestId("one-at-a-time").ClickAsync();
        await page.GetByTestId("submit-attempt").ClickAsync();
        await Assertions.Expect(page.GetByTestId("review-panel")).ToBeVisibleAsync();
        await Axe.AuditAsync(page, problems);
        await page.GetByTestId("confirm-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("result")).ToBeVisibleAsync();
        await Axe.AuditAsync(page, problems);
        await Axe.AuditAsync(page, problems, "/Learn/Progress", "/Learn/Review", $"/Learn/Lessons/{ids.LessonId}", "/Leaderboards", $"/Leaderboards/Classroom/{ids.ClassroomId}", $"/Leaderboards/Quiz/{assignmentId}", "/Leaderboards/Leagues", $"/Leaderboards/League/{ids.LeagueId}");
        await page.GotoAsync("/Learn");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log out" }).ClickAsync();

        await Session.LogInAsync(page, "instructor@irlearn.test", "/Teach");
        var attemptId = attemptPath.Split('/')[^1];
        await Axe.AuditAsync(
            page,
            problems,
            "/Teach",
            "/Teach/Import",
            "/Teach/Lessons",
            $"/Teach/Lessons/Edit/{ids.LessonId}",
            $"/Teach/Questions/Edit/{ids.QuestionId}",
            "/Teach/Quizzes",
            $"/Teach/Quizzes/Edit/{ids.QuizId}",
            $"/Teach/Quizzes/Preview/{ids.QuizId}",
            "/Teach/Classrooms",
            $"/Teach/Classrooms/Details/{ids.ClassroomId}",
            $"/Teach/Grading/Gradebook/{ids.ClassroomId}",
            $"/Teach/Grading/Queue/{ids.ClassroomId}",
            $"/Teach/Grading/Attempt/{attemptId}",
            $"/Teach/Grading/Items/{assignmentId}",
            $"/Teach/Grading/Accommodation/{ids.ClassroomId}/{assignmentId}/{ids.StudentId}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log out" }).ClickAsync();

        await Session.LogInAsync(page, "admin@irlearn.test", "/Admin/Users");
        await Axe.AuditAsync(page, problems);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.Empty(violations);
    }

    private async Task<(Guid ClassroomId, Guid QuizId, Guid LessonId, Guid QuestionId, string StudentId, Guid LeagueId)> IdsAsync(Guid assignmentId)
    {
        using var scope = fixture.Server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var classroom = (await db.Classrooms.AsNoTracking().ToListAsync()).Single(c => c.Assignments.Any(a => a.Id == assignmentId));
        var quizId = classroom.Assignments.Single(a => a.Id == assignmentId).QuizId;
        var quiz = await db.Quizzes.AsNoTracking().SingleAsync(q => q.Id == quizId);
        var studentId = await db.Users.Where(u => u.Email == "student@irlearn.test").Select(u => u.Id).SingleAsync();

        // A league with the classroom in it, so the class-against-class board (its bars) is audited too.
        var leagueId = await QuizSeed.LeagueAsync(fixture.Server.Services, classroom.JoinCode.Value, "Accessible league");
        return (classroom.Id, quiz.Id, quiz.Items[0].LessonId, quiz.Items[0].QuestionId, studentId, leagueId);
    }
}
