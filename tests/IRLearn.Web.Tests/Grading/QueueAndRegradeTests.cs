using IRLearn.Application.Grading.Common;
using IRLearn.Domain.Grading;

namespace IRLearn.Web.Tests.Grading;

public sealed class QueueAndRegradeTests(IRLearnWebFactory factory) : IClassFixture<IRLearnWebFactory>
{
    private const string Daniel = "daniel.okafor@students.irlearn.test";
    private const string Sofia = "sofia.martinez@students.irlearn.test";
    private const string Chen = "chen.wei@students.irlearn.test";
    private static readonly string[] ExpectedQueue = ["Asian security forum", "Conference in Asia"];

    [Fact]
    public async Task Queue_ByQuestion_ListsEveryStudentsPendingAnswer()
    {
        var scenario = await GradingScenario.CreateAsync(factory, [
            new(Daniel, Correct: true, ShortAnswer: "Conference in Asia"),
            new(Sofia, Correct: true, ShortAnswer: "Asian security forum"),
            new(Chen, Correct: true),
        ]);
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        var questionId = scenario.Questions[QuestionType.ShortAnswer].Id;

        var queue = await GradingJson.ReadAsync(await api.GetAsync($"/api/v1/grading/classrooms/{scenario.ClassroomId}/queue?questionId={questionId}"));

        var answers = queue.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("answer").GetString()).ToList();
        Assert.Equal(ExpectedQueue, answers.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AcceptForEveryone_OnTheQueuePage_AddsAVersionAndRegradesEveryMatchingAttempt()
    {
        const string alternative = "Conference on Interaction and Confidence-Building";
        var scenario = await GradingScenario.CreateAsync(factory, [
            new(Daniel, Correct: true, ShortAnswer: alternative),
            new(Sofia, Correct: false, ShortAnswer: alternative),
            new(Chen, Correct: true, ShortAnswer: "Something else entirely"),
        ]);
        var question = scenario.Questions[QuestionType.ShortAnswer];
        using var session = BrowserSession.Create(factory);
        await session.LogInAsync(DemoAccounts.Instructor);
        var path = $"/Teach/Grading/Queue/{scenario.ClassroomId}";

        var response = await session.PostFormAsync(path + "?handler=Accept", new Dictionary<string, string>
        {
            ["acceptQuestionId"] = question.Id.ToString(),
            ["answer"] = alternative,
        }, tokenFrom: path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var edited = await db.Questions.AsNoTracking().FirstAsync(q => q.Id == question.Id);
        Assert.Equal(2, edited.Versions.Count);
        Assert.Equal(["CICA", alternative], edited.CurrentVersion.Content.AcceptedAnswers);

        var daniel = await scenario.LoadAttemptAsync(factory, Daniel);
        Assert.Equal(AttemptStatus.Graded, daniel.Status);
        Assert.Equal(7m, daniel.FinalScore);
        Assert.Equal(GradeChangeKind.Regrade, Assert.Single(daniel.GradeChanges).Kind);
        Assert.Equal(1m, (await scenario.LoadAttemptAsync(factory, Sofia)).FinalScore);
        var chen = await scenario.LoadAttemptAsync(factory, Chen);
        Assert.Equal(AttemptStatus.NeedsGrading, chen.Status);
        Assert.Empty(chen.GradeChanges);
    }

    [Fact]
    public async Task RegradeAfterAKeyFix_RunsAsAJobWithProgress_AndReportsWhatChanged()
    {
        var scenario = await GradingScenario.CreateAsync(factory, [
            new(Daniel, Correct: true),
            new(Sofia, Correct: false),
        ]);
        var questionId = scenario.Questions[QuestionType.MultipleChoice].Id;
        await GradingScenario.FixKeyAsync(factory, questionId);
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);

        var started = await api.PostAsync($"/api/v1/grading/questions/{questionId}/regrade", null);

        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var job = await GradingJson.ReadAsync(started);
        Assert.Equal(2, job.GetProperty("total").GetInt32());
        var finished = await GradingJson.WaitForRegradeJobAsync(api, job.GetProperty("id").GetGuid());
        Assert.Equal(nameof(RegradeJobState.Completed), GradingJson.Enum<RegradeJobState>(finished.GetProperty("state")));
        var report = finished.GetProperty("report");
        Assert.Equal(2, report.GetProperty("attemptsRegraded").GetInt32());
        Assert.Equal(2, report.GetProperty("changed").GetArrayLength());

        var daniel = await scenario.LoadAttemptAsync(factory, Daniel);
        Assert.Equal(6m, daniel.FinalScore);
        var change = Assert.Single(daniel.GradeChanges);
        Assert.Equal((GradeChangeKind.Regrade, 1m, 0m), (change.Kind, change.Before, change.After));
        Assert.Equal(2m, (await scenario.LoadAttemptAsync(factory, Sofia)).FinalScore);

        using var session = BrowserSession.Create(factory);
        await session.LogInAsync(DemoAccounts.Instructor);
        var page = await session.Client.GetStringAsync($"/Teach/Grading/Regrade/{questionId}?job={job.GetProperty("id").GetGuid()}");
        Assert.Contains("2 attempt(s) regraded, 2 changed", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegradePage_StartsTheJobWithAPlainForm_AndTheStatusPageRefreshesUntilDone()
    {
        var scenario = await GradingScenario.CreateAsync(factory, [new(Daniel, Correct: true)]);
        var questionId = scenario.Questions[QuestionType.TrueFalse].Id;
        using var session = BrowserSession.Create(factory);
        await session.LogInAsync(DemoAccounts.Instructor);
        var path = $"/Teach/Grading/Regrade/{questionId}";

        var started = await session.PostFormAsync(path, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var status = started.Headers.Location!.ToString();
        Assert.Contains("job=", status, StringComparison.Ordinal);
        for (var i = 0; i < 50; i++)
        {
            var response = await session.Client.GetAsync(status);
            var html = await response.Content.ReadAsStringAsync();
            if (html.Contains("data-state=\"Completed\"", StringComparison.Ordinal))
            {
                Assert.False(response.Headers.Contains("Refresh"));
                Assert.Contains("1 attempt(s) regraded, 0 changed", html, StringComparison.Ordinal);
                return;
            }

            Assert.True(response.Headers.Contains("Refresh"));
            await Task.Delay(100);
        }

        Assert.Fail("The regrade job did not finish.");
    }
}
