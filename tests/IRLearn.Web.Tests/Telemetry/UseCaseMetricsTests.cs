using IRLearn.Application.Attempts.Commands.ExpireOverdueAttempts;
using IRLearn.Application.Common.Telemetry;
using IRLearn.Web.Tests.Teach;
using Mediator;

namespace IRLearn.Web.Tests.Telemetry;

/// <summary>
/// IRLearn's own meter records what the use cases did, through the real HTTP pipeline: what a dashboard built on the
/// exported metrics would show (ADR 22). Only counts and tags are checked, never how long anything took.
/// </summary>
public sealed class UseCaseMetricsTests(LearnWebFactory factory) : IClassFixture<LearnWebFactory>
{
    private const string AnswersSaved = "irlearn.answers.saved";
    private const string AttemptsSubmitted = "irlearn.attempts.submitted";
    private const string GradingDuration = "irlearn.grading.duration";
    private static readonly int[] FirstOption = [0];
    private static readonly int[] NoSuchOption = [7];

    [Fact]
    public async Task SavingAnAnswer_CountsOneAnswer_AndSendingTheSameAnswerAgainCountsNothing()
    {
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Student);
        var trueFalse = await TrueFalseAnswerAsync(api);
        using var recorded = RecordedMeasurements.Of(factory);

        var save = await api.PutAsJsonAsync(trueFalse, new { options = FirstOption });
        var again = await api.PutAsJsonAsync(trueFalse, new { options = FirstOption });

        Assert.Equal(HttpStatusCode.OK, save.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, recorded.Sum(AnswersSaved));
    }

    [Fact]
    public async Task ARefusedAnswer_IsNotCounted()
    {
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Student);
        var trueFalse = await TrueFalseAnswerAsync(api);
        using var recorded = RecordedMeasurements.Of(factory);

        var refused = await api.PutAsJsonAsync(trueFalse, new { options = NoSuchOption });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Empty(recorded.Of(AnswersSaved));
    }

    [Fact]
    public async Task Submitting_CountsOneSubmission_AndRecordsItsGradingTime_OnceEvenWhenSubmittedTwice()
    {
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Student);
        var attemptId = await StartAsync(api);
        using var recorded = RecordedMeasurements.Of(factory);

        var submitted = await api.PostAsJsonAsync($"/api/v1/learn/attempts/{attemptId}/submit", new { });
        var again = await api.PostAsJsonAsync($"/api/v1/learn/attempts/{attemptId}/submit", new { });

        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var submission = Assert.Single(recorded.Of(AttemptsSubmitted));
        Assert.Equal(1, submission.Value);
        Assert.Equal(false, submission.Tags[IRLearnTelemetry.AutoSubmittedTag]);
        var grading = Assert.Single(recorded.Of(GradingDuration));
        Assert.True(grading.Value >= 0);
        Assert.Equal(false, grading.Tags[IRLearnTelemetry.AutoSubmittedTag]);
    }

    [Fact]
    public async Task AnAttemptClosedByItsDeadline_CountsAsAnAutomaticSubmission()
    {
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Student);
        var attemptId = await StartAsync(api, TimeSpan.FromMinutes(2));
        using var recorded = RecordedMeasurements.Of(factory);

        factory.Clock.Advance(TimeSpan.FromMinutes(3)); // past the limit and its 30 s grace
        var closed = await api.GetFromJsonAsync<JsonElement>($"/api/v1/learn/attempts/{attemptId}");

        Assert.True(closed.GetProperty("autoSubmitted").GetBoolean());
        var submission = Assert.Single(recorded.Of(AttemptsSubmitted));
        Assert.Equal(true, submission.Tags[IRLearnTelemetry.AutoSubmittedTag]);
        Assert.Equal(true, Assert.Single(recorded.Of(GradingDuration)).Tags[IRLearnTelemetry.AutoSubmittedTag]);
    }

    [Fact]
    public async Task TheExpirySweep_CountsEveryAttemptItClosesAsAnAutomaticSubmission()
    {
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Student);
        await StartAsync(api, TimeSpan.FromMinutes(2));
        using var recorded = RecordedMeasurements.Of(factory);

        factory.Clock.Advance(TimeSpan.FromMinutes(3));
        int closed;
        using (var scope = factory.Services.CreateScope())
        {
            closed = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ExpireOverdueAttemptsCommand());
        }

        Assert.True(closed >= 1);
        Assert.Equal(closed, recorded.Sum(AttemptsSubmitted));
        Assert.All(recorded.Of(AttemptsSubmitted), m => Assert.Equal(true, m.Tags[IRLearnTelemetry.AutoSubmittedTag]));
        Assert.Equal(closed, recorded.Of(GradingDuration).Count);
    }

    [Fact]
    public async Task ImportingAnArticle_RecordsTheGeneratorsTime_AndCountsTheArticle()
    {
        using var instructor = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        using var recorded = RecordedMeasurements.Of(factory);

        var imported = await TeachData.ImportSeedAsync(instructor);

        Assert.True(imported.QuestionCount > 0);
        var generator = Assert.Single(recorded.Of("irlearn.generator.duration"));
        Assert.True(generator.Value >= 0);
        Assert.Equal(1, recorded.Sum("irlearn.articles.imported"));
    }

    [Fact]
    public async Task ARefusedImport_RecordsNothing()
    {
        using var instructor = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        using var recorded = RecordedMeasurements.Of(factory);

        var refused = await instructor.PostAsJsonAsync("/api/v1/articles/text", new { title = "Empty", text = "   " });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Empty(recorded.Of("irlearn.generator.duration"));
        Assert.Empty(recorded.Of("irlearn.articles.imported"));
    }

    private async Task<Guid> StartAsync(HttpClient api, TimeSpan? timeLimit = null)
    {
        var quiz = await LearnSeed.QuizAsync(factory, LearnSeed.Settings(timeLimit: timeLimit));
        var start = await api.PostAsync($"/api/v1/learn/assignments/{quiz.AssignmentId}/attempts", null);
        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        return (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("attemptId").GetGuid();
    }

    /// <summary>Starts an attempt on a new quiz; returns the address that saves its true/false question's answer.</summary>
    private async Task<string> TrueFalseAnswerAsync(HttpClient api)
    {
        var attemptId = await StartAsync(api);
        var attempt = await api.GetFromJsonAsync<JsonElement>($"/api/v1/learn/attempts/{attemptId}");
        var number = attempt.GetProperty("questions").EnumerateArray()
            .Single(q => q.GetProperty("type").GetInt32() == (int)QuestionType.TrueFalse).GetProperty("number").GetInt32();
        return $"/api/v1/learn/attempts/{attemptId}/answers/{number}";
    }
}
