using IRLearn.Domain.Grading;
using IRLearn.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace IRLearn.Web.Tests.Grading;

public sealed class AttemptReviewTests(IRLearnWebFactory factory) : IClassFixture<IRLearnWebFactory>
{
    private const string Daniel = "daniel.okafor@students.irlearn.test";
    private const string Sofia = "sofia.martinez@students.irlearn.test";

    [Fact]
    public async Task ReviewPage_ShowsEachAnswerBesideItsKeyAndSourceSentence_WithTimeSpent()
    {
        var scenario = await GradingScenario.CreateAsync(factory, [new(Daniel, Correct: false, ShortAnswer: "Shanghai club")]);
        using var session = await InstructorSessionAsync();

        var html = WebUtility.HtmlDecode(await session.Client.GetStringAsync(ReviewPath(scenario)));

        Assert.Contains("Shanghai club", html, StringComparison.Ordinal);
        Assert.Contains("Kazakhstan initiated CICA in 1992.", html, StringComparison.Ordinal);
        Assert.Contains("1997", html, StringComparison.Ordinal);
        Assert.Contains("30 s", html, StringComparison.Ordinal);
        Assert.Contains("Needs grading", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GradingAShortAnswerOnThePage_ScoresIt_GradesTheAttempt_AndAuditsWhoWhenBeforeAfterWhy()
    {
        var scenario = await GradingScenario.CreateAsync(factory, [new(Daniel, Correct: true, ShortAnswer: "The confidence-building conference")]);
        using var session = await InstructorSessionAsync();

        var response = await GradeShortAnswerOnPageAsync(session, scenario, "1", "Describes CICA correctly");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var attempt = await scenario.LoadAttemptAsync(factory, Daniel);
        Assert.Equal(AttemptStatus.Graded, attempt.Status);
        Assert.Equal(7m, attempt.FinalScore);
        var change = Assert.Single(attempt.GradeChanges);
        Assert.Equal(GradeChangeKind.ManualScore, change.Kind);
        Assert.Equal(await UserIdAsync(DemoAccounts.Instructor), change.ChangedBy);
        Assert.Null(change.Before);
        Assert.Equal(1m, change.After);
        Assert.Equal("Describes CICA correctly", change.Reason);

        var html = WebUtility.HtmlDecode(await session.Client.GetStringAsync(ReviewPath(scenario)));
        var audit = html[html.IndexOf("data-testid=\"audit-trail\"", StringComparison.Ordinal)..];
        Assert.Contains("Dr. Maria Jensen", audit, StringComparison.Ordinal);
        Assert.Contains("Manual score, question", audit, StringComparison.Ordinal);
        Assert.Contains("Describes CICA correctly", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScoreAboveThePoints_IsRefusedOnThePage_AndChangesNothing()
    {
        var scenario = await GradingScenario.CreateAsync(factory, [new(Daniel, Correct: true, ShortAnswer: "A conference")]);
        using var session = await InstructorSessionAsync();

        var response = await GradeShortAnswerOnPageAsync(session, scenario, "5");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("between 0 and 1", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var attempt = await scenario.LoadAttemptAsync(factory, Daniel);
        Assert.Equal(AttemptStatus.NeedsGrading, attempt.Status);
        Assert.Empty(attempt.GradeChanges);
    }

    [Fact]
    public async Task OverrideWithoutReason_Is400AndChangesNothing_WithReason_SetsTheTotalAndAuditsIt()
    {
        var scenario = await GradingScenario.CreateAsync(factory, [new(Sofia, Correct: false)]);
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        var url = $"/api/v1/grading/attempts/{scenario.Attempts[Sofia]}/override";

        var refused = await api.PostAsJsonAsync(url, new { score = 5m, reason = "" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var unchanged = await scenario.LoadAttemptAsync(factory, Sofia);
        Assert.Null(unchanged.ScoreOverride);
        Assert.Empty(unchanged.GradeChanges);

        var accepted = await api.PostAsJsonAsync(url, new { score = 5m, reason = "Question 3 was ambiguous" });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var attempt = await scenario.LoadAttemptAsync(factory, Sofia);
        Assert.Equal(5m, attempt.FinalScore);
        var change = Assert.Single(attempt.GradeChanges);
        Assert.Equal(GradeChangeKind.Override, change.Kind);
        Assert.Equal(1m, change.Before);
        Assert.Equal(5m, change.After);
        Assert.Equal("Question 3 was ambiguous", change.Reason);

        var cleared = await api.PostAsJsonAsync(url, new { score = (decimal?)null, reason = "Decided against it" });
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        Assert.Equal(1m, (await scenario.LoadAttemptAsync(factory, Sofia)).FinalScore);
    }

    [Fact]
    public async Task AttemptApi_ReturnsResponsesWithKeysAndTheAuditTrail()
    {
        var scenario = await GradingScenario.CreateAsync(factory, [new(Sofia, Correct: true)]);
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);

        var review = await GradingJson.ReadAsync(await api.GetAsync($"/api/v1/grading/attempts/{scenario.Attempts[Sofia]}"));

        var items = review.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(7, items.Count);
        var shortAnswer = items.Single(i => GradingJson.Enum<QuestionType>(i.GetProperty("type")) == nameof(QuestionType.ShortAnswer));
        Assert.Equal("CICA", shortAnswer.GetProperty("answer").GetString());
        Assert.Equal("CICA", shortAnswer.GetProperty("key").GetString());
        Assert.Equal("Kazakhstan initiated CICA in 1992.", shortAnswer.GetProperty("sourceSentence").GetString());
        Assert.Equal(7m, review.GetProperty("finalScore").GetDecimal());
    }

    private static string ReviewPath(GradingScenario scenario) => $"/Teach/Grading/Attempt/{scenario.Attempts[Daniel]}";

    private async Task<BrowserSession> InstructorSessionAsync()
    {
        var session = BrowserSession.Create(factory);
        await session.LogInAsync(DemoAccounts.Instructor);
        return session;
    }

    /// <summary>Posts the review page's grade form for Daniel's short answer, as a grader would; no comment field when none is given.</summary>
    private static Task<HttpResponseMessage> GradeShortAnswerOnPageAsync(BrowserSession session, GradingScenario scenario, string score, string? comment = null)
    {
        var form = new Dictionary<string, string>
        {
            ["questionVersionId"] = scenario.ShortAnswerVersionId.ToString(),
            ["score"] = score,
        };
        if (comment is not null)
        {
            form["comment"] = comment;
        }

        var path = ReviewPath(scenario);
        return session.PostFormAsync(path + "?handler=Grade", form, tokenFrom: path);
    }

    private async Task<string> UserIdAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email))!.Id;
    }
}
