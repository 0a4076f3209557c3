using IRLearn.Domain.Attempts;
using IRLearn.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace IRLearn.E2E.Tests.Grading;

public sealed class GradeShortAnswerTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Aigerim = "student@irlearn.test";
    private const string Daniel = "daniel.okafor@students.irlearn.test";

    [Fact]
    public async Task InstructorGradesAShortAnswer_AndTheStudentsScoreAndPositionChange()
    {
        await using var context = await fixture.NewContextAsync();
        var (classroomId, assignmentId, danielAttemptId) = await ArrangeAsync();
        var page = await context.NewPageAsync();
        await Session.LogInAsync(page, "instructor@irlearn.test", "/Teach");

        var danielCell = page.Locator($"tr:has(th:text-is('Daniel Okafor')) td[data-assignment='{assignmentId}']");
        await page.GotoAsync($"/Teach/Grading/Gradebook/{classroomId}?size=200");
        await Assertions.Expect(danielCell.GetByTestId("cell-status")).ToHaveTextAsync("Needs grading");
        var leaderboard = await page.GotoAsync($"/Leaderboards/Classroom/{classroomId}");
        var hasLeaderboard = leaderboard?.Ok == true;
        if (hasLeaderboard)
        {
            Assert.True(await RankOfAsync(page, "Daniel Okafor") > await RankOfAsync(page, "Aigerim Nurlanova"));
        }

        await page.GotoAsync($"/Teach/Grading/Attempt/{danielAttemptId}");
        var shortAnswer = page.Locator("[data-testid=response]", new() { HasText = "Which conference did Kazakhstan initiate" });
        await Assertions.Expect(shortAnswer.GetByTestId("response-answer")).ToHaveTextAsync("The Asian confidence-building conference");
        await shortAnswer.GetByLabel("Score (0–1)").FillAsync("1");
        await shortAnswer.GetByLabel("Comment").FillAsync("Right idea, not the acronym");
        await shortAnswer.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Save score") }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Score saved");
        await Assertions.Expect(page.GetByTestId("attempt-final")).ToHaveTextAsync("7");
        await Assertions.Expect(page.GetByTestId("audit-trail")).ToContainTextAsync("Dr. Maria Jensen");
        await Assertions.Expect(page.GetByTestId("audit-trail")).ToContainTextAsync("Right idea, not the acronym");

        await page.GotoAsync($"/Teach/Grading/Gradebook/{classroomId}?size=200");
        await Assertions.Expect(danielCell.GetByTestId("cell-status")).ToHaveTextAsync("Graded");
        await Assertions.Expect(danielCell.GetByTestId("cell-final")).ToHaveTextAsync("100%");

        if (hasLeaderboard)
        {
            await page.GotoAsync($"/Leaderboards/Classroom/{classroomId}");
            Assert.True(await RankOfAsync(page, "Daniel Okafor") < await RankOfAsync(page, "Aigerim Nurlanova"));
        }
    }

    private static async Task<int> RankOfAsync(IPage page, string name)
    {
        var rows = await page.GetByTestId("board-row").AllInnerTextsAsync();
        var index = rows.ToList().FindIndex(r => r.Contains(name, StringComparison.Ordinal));
        return index < 0 ? int.MaxValue : index;
    }

    // The demo data has no quizzes: build one short-answer quiz in IR 101 through the domain.
    // Aigerim answers it graded (1 of 1); Daniel's wording matches no accepted answer, so it waits for a grader.
    private async Task<(Guid ClassroomId, Guid AssignmentId, Guid DanielAttemptId)> ArrangeAsync()
    {
        await using var scope = fixture.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var now = DateTimeOffset.UtcNow;
        var instructorId = (await users.FindByEmailAsync("instructor@irlearn.test"))!.Id;

        var lesson = Lesson.Create(instructorId, null, "CICA", null, now);
        var source = new SourceReference("Kazakhstan initiated CICA in 1992.", 0, 34);
        var shortAnswer = Question.Create(lesson.Id, instructorId, QuestionOrigin.Authored, QuestionContent.Create(QuestionType.ShortAnswer, "Which conference did Kazakhstan initiate in 1992?", acceptedAnswers: ["CICA"], source: source), now);
        var year = Question.Create(lesson.Id, instructorId, QuestionOrigin.Authored, QuestionContent.Create(QuestionType.Numeric, "In what year?", numericAnswer: new NumericAnswer(1992m, 0m), source: source), now);
        shortAnswer.Approve();
        year.Approve();
        var quiz = Quiz.Create(instructorId, "CICA quiz", null, now);
        quiz.UpdateSettings(QuizSettings.Create(null, null, false, false, null, null, FeedbackPolicy.AfterSubmission, 50m, GradingMethod.Highest), now);
        quiz.AddQuestion(shortAnswer, 1m, now);
        quiz.AddQuestion(year, 6m, now);
        quiz.Publish(now);
        db.AddRange(lesson, shortAnswer, year, quiz);
        var classroom = await db.Classrooms.FirstAsync(c => c.Name.StartsWith("IR 101"));
        var assignment = classroom.Assign(quiz.Id, "CICA check", now.AddHours(-1), now.AddDays(7), now);
        await db.SaveChangesAsync();

        var versions = new[] { shortAnswer, year }.ToDictionary(q => q.CurrentVersionId, q => q.CurrentVersion);
        var shown = new[] { new AttemptQuestion(shortAnswer.CurrentVersion, 1m), new AttemptQuestion(year.CurrentVersion, 6m) };
        Guid danielAttempt = default;
        foreach (var (email, text, number) in new[] { (Aigerim, "CICA", 1997m), (Daniel, "The Asian confidence-building conference", 1992m) })
        {
            var attempt = Attempt.Start(assignment, quiz, (await users.FindByEmailAsync(email))!.Id, 0, shown, AttemptPolicy.Default, now);
            attempt.SaveAnswer(shortAnswer.CurrentVersionId, Answer.FromText(text), now.AddSeconds(40));
            attempt.SaveAnswer(year.CurrentVersionId, Answer.FromNumber(number), now.AddSeconds(70));
            attempt.Submit(now.AddSeconds(80));
            attempt.Grade(versions, now.AddSeconds(80));
            db.Attempts.Add(attempt);
            if (email == Daniel)
            {
                danielAttempt = attempt.Id;
            }
        }

        await db.SaveChangesAsync();
        return (classroom.Id, assignment.Id, danielAttempt);
    }
}
