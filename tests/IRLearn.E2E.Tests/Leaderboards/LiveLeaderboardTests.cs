using System.Text.RegularExpressions;
using IRLearn.Domain.Attempts;
using IRLearn.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace IRLearn.E2E.Tests.Leaderboards;

/// <summary>Two students watch their class board in two browsers; one is graded and the other's board changes without a reload.</summary>
public sealed class LiveLeaderboardTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task GradingOneStudent_UpdatesTheOtherStudentsOpenBoard_WithoutAReload()
    {
        await using var aigerimContext = await fixture.NewContextAsync();
        await using var danielContext = await fixture.NewContextAsync();
        var services = fixture.Server.Services;
        var (classroomId, assignmentId) = await AssignQuizAsync(services);
        var aigerim = await OpenBoardAsync(aigerimContext, "student@irlearn.test", classroomId);
        var daniel = await OpenBoardAsync(danielContext, "daniel.okafor@students.irlearn.test", classroomId);
        await Assertions.Expect(aigerim.GetByTestId("points").First).ToHaveTextAsync("0");

        // A reload would wipe this marker; it must survive the update.
        await aigerim.EvaluateAsync("() => { window.__noReload = 'still here'; }");
        await GradeFirstAttemptAsync(services, assignmentId, "daniel.okafor@students.irlearn.test");

        await Assertions.Expect(aigerim.GetByTestId("points").First).ToHaveTextAsync("100", new() { Timeout = 20_000 });
        Assert.Equal("still here", await aigerim.EvaluateAsync<string>("() => window.__noReload"));
        await Assertions.Expect(aigerim.GetByTestId("board-row").First).Not.ToContainTextAsync("(you)");
        await Assertions.Expect(aigerim.GetByTestId("classroom-board")).Not.ToContainTextAsync("Daniel Okafor");
        await Assertions.Expect(daniel.GetByTestId("board-row").First).ToContainTextAsync("(you)", new() { Timeout = 20_000 });
    }

    [Fact]
    public async Task ReturningStudent_SeesTheirRankChangeSinceTheLastVisit_WithoutMotionWhenTheyAskForNone()
    {
        await using var context = await fixture.NewContextAsync();
        var (classroomId, _) = await AssignQuizAsync(fixture.Server.Services);
        var page = await OpenBoardAsync(context, "sofia.martinez@students.irlearn.test", classroomId);
        var board = page.Locator("[data-live-board]");
        var rank = int.Parse((await board.GetAttributeAsync("data-my-rank"))!, System.Globalization.CultureInfo.InvariantCulture);
        var key = "irlearn.rank." + await board.GetAttributeAsync("data-rank-key");
        await Assertions.Expect(page.GetByTestId("rank-change")).ToHaveCountAsync(0);

        // As if the last visit had found her three places lower.
        await page.EvaluateAsync("([k, r]) => localStorage.setItem(k, String(r))", new object[] { key, rank + 3 });
        await page.EmulateMediaAsync(new() { ReducedMotion = ReducedMotion.Reduce });
        await page.ReloadAsync();

        await Assertions.Expect(page.GetByTestId("rank-change")).ToHaveTextAsync("▲ up 3 places since your last visit");
        Assert.Equal("none", await page.GetByTestId("rank-change").EvaluateAsync<string>("e => getComputedStyle(e).animationName"));
        Assert.Equal(rank.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.EvaluateAsync<string>("k => localStorage.getItem(k)", key));
    }

    [Fact]
    public async Task ALiveRefresh_KeepsTheStudentOnThePageTheyAreReading()
    {
        await using var context = await fixture.NewContextAsync();
        var services = fixture.Server.Services;
        // IR 230, so the grade below cannot move the IR 101 boards the other tests here read.
        var (classroomId, assignmentId) = await AssignQuizAsync(services, "IR 230");
        var page = await OpenBoardAsync(context, "elena.petrova@students.irlearn.test", classroomId, "?size=1&p=2");
        var rows = page.GetByTestId("board-row");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.Locator("td").First).ToHaveTextAsync("2");
        await page.EvaluateAsync("() => { window.__noReload = 'still here'; }");

        await GradeFirstAttemptAsync(services, assignmentId, "kwame.mensah@students.irlearn.test");

        // The refetch read this page's address: still one row, ranked second, with page 2 current in the pager.
        await Assertions.Expect(page.Locator("[data-live-board]")).ToHaveAttributeAsync("data-refreshed-at", new Regex("."), new() { Timeout = 20_000 });
        Assert.Equal("still here", await page.EvaluateAsync<string>("() => window.__noReload"));
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.Locator("td").First).ToHaveTextAsync("2");
        await Assertions.Expect(page.Locator(".pagination [aria-current=page]")).ToHaveTextAsync("2");
        Assert.EndsWith("?size=1&p=2", page.Url, StringComparison.Ordinal);
    }

    private static async Task<IPage> OpenBoardAsync(IBrowserContext context, string email, Guid classroomId, string query = "")
    {
        var page = await context.NewPageAsync();
        await Session.LogInAsync(page, email, "/Learn");
        await page.GotoAsync($"/Leaderboards/Classroom/{classroomId}{query}");
        await Assertions.Expect(page.Locator("[data-live-board]")).ToHaveAttributeAsync("data-live", "connected");
        return page;
    }

    // The demo data has no quizzes and grading happens elsewhere in the product, so the test feeds
    // the board through the domain and the app's own DbContext, as a grading request would.
    private static async Task<(Guid ClassroomId, Guid AssignmentId)> AssignQuizAsync(IServiceProvider services, string classroomCode = "IR 101")
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var now = DateTimeOffset.UtcNow;
        var classroom = await db.Classrooms.SingleAsync(c => c.Name.StartsWith(classroomCode));
        var lesson = Lesson.Create(classroom.OwnerId, null, "CICA", null, now);
        var question = Question.Create(lesson.Id, classroom.OwnerId, QuestionOrigin.Authored, QuestionContent.Create(
            QuestionType.TrueFalse, "Kazakhstan initiated CICA in 1992.", options: [new QuestionOption("True", true), new QuestionOption("False", false)]), now);
        question.Approve();
        var quiz = Quiz.Create(classroom.OwnerId, "Live quiz", null, now);
        quiz.AddLesson(lesson.Id, now);
        quiz.AddQuestion(question, 1m, now);
        quiz.Publish(now);
        var assignment = classroom.Assign(quiz.Id, "Live quiz", now.AddHours(-1), now.AddDays(1), now);
        db.AddRange(lesson, question, quiz);
        await db.SaveChangesAsync();
        return (classroom.Id, assignment.Id);
    }

    private static async Task GradeFirstAttemptAsync(IServiceProvider services, Guid assignmentId, string email)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var studentId = (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email))!.Id;
        var now = DateTimeOffset.UtcNow;
        var classroom = await db.Classrooms.SingleAsync(c => c.Assignments.Any(a => a.Id == assignmentId));
        var assignment = classroom.GetAssignment(assignmentId);
        var quiz = await db.Quizzes.SingleAsync(q => q.Id == assignment.QuizId);
        var questionId = quiz.Items[0].QuestionId;
        var version = await db.QuestionVersions.SingleAsync(v => v.QuestionId == questionId);
        var attempt = Attempt.Start(assignment, quiz, studentId, 0, [new AttemptQuestion(version, 1m)], AttemptPolicy.Default, now);
        attempt.SaveAnswer(version.Id, Answer.Choice(0), now);
        attempt.Submit(now);
        attempt.Grade(new Dictionary<Guid, QuestionVersion> { [version.Id] = version }, now);
        db.Attempts.Add(attempt);
        await db.SaveChangesAsync();
    }
}
