namespace IRLearn.Web.Tests.Learn;

/// <summary>The server's clock decides: time limit or due date, whichever is first, plus a grace period; then the attempt closes with what was saved.</summary>
public sealed class DeadlineTests(LearnWebFactory factory) : IClassFixture<LearnWebFactory>
{
    private static readonly int[] FirstOption = [0];

    [Fact]
    public async Task AnswerWithinTheGracePeriod_IsKept_AndAfterItIsRefused_ThenTheAttemptClosesWithWhatWasSaved()
    {
        var quiz = await LearnSeed.QuizAsync(factory, LearnSeed.Settings(timeLimit: TimeSpan.FromMinutes(5)));
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Student);
        var start = await api.PostAsync($"/api/v1/learn/assignments/{quiz.AssignmentId}/attempts", null);
        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        var attemptId = (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("attemptId").GetGuid();
        var numbers = await QuestionNumbersAsync(api, attemptId);

        factory.Clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(10)); // past the deadline, inside the 30 s grace
        var inGrace = await api.PutAsJsonAsync($"/api/v1/learn/attempts/{attemptId}/answers/{numbers["Numeric"]}", new { text = "7644" });
        Assert.Equal(HttpStatusCode.OK, inGrace.StatusCode);

        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        var late = await api.PutAsJsonAsync($"/api/v1/learn/attempts/{attemptId}/answers/{numbers["TrueFalse"]}", new { options = FirstOption });
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Equal("attempt.deadline_passed", (await late.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());

        // Reading it applies the clock: closed, auto-submitted, graded with the one saved answer.
        var attempt = await api.GetFromJsonAsync<JsonElement>($"/api/v1/learn/attempts/{attemptId}");
        Assert.True(attempt.GetProperty("autoSubmitted").GetBoolean());
        var stored = await LearnSeed.ReadAsync(factory, db => db.Attempts.AsNoTracking().SingleAsync(a => a.Id == attemptId));
        Assert.Equal(AttemptStatus.Graded, stored.Status);
        Assert.Equal(1m, stored.Score);
        Assert.Single(stored.Responses);
    }

    [Fact]
    public async Task TheDueDate_CutsTheTimeLimitShort()
    {
        var quiz = await LearnSeed.QuizAsync(factory, LearnSeed.Settings(timeLimit: TimeSpan.FromMinutes(60)), dueIn: TimeSpan.FromMinutes(10));
        using var session = await LearnSession.StudentAsync(factory, LearnAccounts.Daniel);

        var page = await session.OpenAsync(await session.StartAsync(quiz.AssignmentId));

        Assert.Contains("data-seconds-remaining=\"600\"", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheExpirySweep_ClosesAndGradesAbandonedAttempts()
    {
        var quiz = await LearnSeed.QuizAsync(factory, LearnSeed.Settings(timeLimit: TimeSpan.FromMinutes(2)));
        using var session = await LearnSession.StudentAsync(factory, LearnAccounts.Daniel);
        var attemptId = LearnSession.AttemptIdOf(await session.StartAsync(quiz.AssignmentId));

        factory.Clock.Advance(TimeSpan.FromMinutes(3));
        using (var scope = factory.Services.CreateScope())
        {
            var sender = scope.ServiceProvider.GetRequiredService<Mediator.ISender>();
            Assert.True(await sender.Send(new Application.Attempts.Commands.ExpireOverdueAttempts.ExpireOverdueAttemptsCommand()) >= 1);
        }

        var stored = await LearnSeed.ReadAsync(factory, db => db.Attempts.AsNoTracking().SingleAsync(a => a.Id == attemptId));
        Assert.Equal(AttemptStatus.Graded, stored.Status);
        Assert.True(stored.AutoSubmitted);
        Assert.Equal(0m, stored.Score);
    }

    [Fact]
    public async Task AnAssignmentNotOpenYet_CannotBeStarted()
    {
        var quiz = await LearnSeed.QuizAsync(factory, LearnSeed.Settings(), opensIn: TimeSpan.FromDays(1));
        using var session = await LearnSession.StudentAsync(factory);
        var path = $"/Learn/Assignments/{quiz.AssignmentId}";

        var html = await session.Client.GetStringAsync(path);
        var response = await session.PostFormAsync($"{path}?handler=Start", new Dictionary<string, string>(), tokenFrom: path);

        Assert.Contains("This assignment opens", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("not open yet", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<Dictionary<string, int>> QuestionNumbersAsync(HttpClient api, Guid attemptId)
    {
        var attempt = await api.GetFromJsonAsync<JsonElement>($"/api/v1/learn/attempts/{attemptId}");
        return attempt.GetProperty("questions").EnumerateArray().ToDictionary(
            q => q.GetProperty("type").ValueKind == JsonValueKind.Number ? ((Domain.QuestionBank.QuestionType)q.GetProperty("type").GetInt32()).ToString() : q.GetProperty("type").GetString()!,
            q => q.GetProperty("number").GetInt32());
    }
}
