using System.Globalization;

namespace IRLearn.Web.Tests.Learn;

/// <summary>
/// Until the quiz's feedback policy allows, no part of the answer key may reach the student: not in
/// the HTML, not in data- attributes, not in JSON. Every page and endpoint a student can reach is read
/// while the key must stay hidden.
/// </summary>
public sealed class AnswerKeyLeakTests(LearnWebFactory factory) : IClassFixture<LearnWebFactory>
{
    private static readonly int[] FirstOption = [0];

    // The numeric key as a number of its own: the same four digits inside an id ("…-7644-…", "c7644e…") are no leak.
    private static readonly Regex NumericKey = new(
        "(?<![0-9A-Fa-f-])" + LearnSeed.NumericAnswer.ToString(CultureInfo.InvariantCulture) + "(?![0-9A-Fa-f-])",
        RegexOptions.CultureInvariant);

    [Theory]
    [InlineData(FeedbackPolicy.AfterSubmission, false)]
    [InlineData(FeedbackPolicy.AfterDueDate, true)]
    [InlineData(FeedbackPolicy.Never, true)]
    public async Task NoPageOrEndpoint_RevealsTheKey_BeforeThePolicyAllows(FeedbackPolicy policy, bool submit)
    {
        var quiz = await LearnSeed.QuizAsync(factory, LearnSeed.Settings(policy));
        using var session = await LearnSession.StudentAsync(factory);
        var path = await session.StartAsync(quiz.AssignmentId);
        var page = await session.OpenAsync(path);
        var answers = SeedAnswers.AllRight();
        answers[SeedAnswers.Mc] = new(Options: ["1997"]); // a wrong answer must not be marked wrong either
        await session.PostFormAsync($"{path}?handler=Save", page.FormFor(answers), tokenFrom: path);
        if (submit)
        {
            await session.PostFormAsync($"{path}?handler=Submit", new Dictionary<string, string>(), tokenFrom: path);
        }

        var attemptId = LearnSession.AttemptIdOf(path);
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Student);
        var seen = new Dictionary<string, string>
        {
            ["attempt page"] = await session.Client.GetStringAsync(path),
            ["assignment page"] = await session.Client.GetStringAsync($"/Learn/Assignments/{quiz.AssignmentId}"),
            ["dashboard"] = await session.Client.GetStringAsync("/Learn"),
            ["progress page"] = await session.Client.GetStringAsync("/Learn/Progress"),
            ["review page"] = await session.Client.GetStringAsync("/Learn/Review"),
            ["attempt json"] = await api.GetStringAsync($"/api/v1/learn/attempts/{attemptId}"),
            ["assignment json"] = await api.GetStringAsync($"/api/v1/learn/assignments/{quiz.AssignmentId}"),
            ["dashboard json"] = await api.GetStringAsync("/api/v1/learn/dashboard"),
            ["progress json"] = await api.GetStringAsync("/api/v1/learn/progress"),
            ["review json"] = await api.GetStringAsync("/api/v1/learn/reviews"),
        };
        var save = await api.PutAsJsonAsync($"/api/v1/learn/attempts/{attemptId}/answers/1", new { options = FirstOption });
        seen["save json"] = await save.Content.ReadAsStringAsync();

        foreach (var (where, body) in seen)
        {
            AssertNoKey(where, body);
        }

        // The student's own answers are still shown, unmarked.
        Assert.Contains("1997", seen["attempt page"], StringComparison.Ordinal);
        if (submit && policy == FeedbackPolicy.AfterDueDate)
        {
            Assert.Contains("after the due date", seen["attempt page"], StringComparison.Ordinal);
            Assert.DoesNotContain("data-testid=\"score\"", seen["attempt page"], StringComparison.Ordinal);
        }

        if (policy == FeedbackPolicy.Never)
        {
            // "Never" shows the score and nothing else.
            Assert.Contains("data-testid=\"score\"", seen["attempt page"], StringComparison.Ordinal);
            Assert.Contains("6 / 7", seen["attempt page"], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AfterTheDueDate_TheSameAttemptShowsItsFeedback()
    {
        var quiz = await LearnSeed.QuizAsync(factory, LearnSeed.Settings(FeedbackPolicy.AfterDueDate), dueIn: TimeSpan.FromHours(2));
        using var session = await LearnSession.StudentAsync(factory, LearnAccounts.Daniel);
        var path = await session.StartAsync(quiz.AssignmentId);
        await session.PostFormAsync($"{path}?handler=Submit", (await session.OpenAsync(path)).FormFor(SeedAnswers.AllRight()), tokenFrom: path);
        AssertNoKey("before the due date", await session.Client.GetStringAsync(path));

        factory.Clock.Advance(TimeSpan.FromHours(3));
        try
        {
            var html = await session.Client.GetStringAsync(path);
            Assert.Contains($"{LearnSeed.ExplanationMarker}-MC", html, StringComparison.Ordinal);
            Assert.Contains("7 / 7", html, StringComparison.Ordinal);
        }
        finally
        {
            factory.Clock.Advance(TimeSpan.FromHours(-3));
        }
    }

    [Fact]
    public async Task Immediately_ShowsFeedbackForSavedAnswersWhileTheAttemptIsOpen()
    {
        var quiz = await LearnSeed.QuizAsync(factory, LearnSeed.Settings(FeedbackPolicy.Immediately));
        using var session = await LearnSession.StudentAsync(factory, LearnAccounts.Daniel);
        var path = await session.StartAsync(quiz.AssignmentId);
        var page = await session.OpenAsync(path);

        await session.PostFormAsync($"{path}?handler=Save", page.FormFor(new Dictionary<string, SeedAnswer> { [SeedAnswers.Mc] = new(Options: ["1997"]) }), tokenFrom: path);
        var after = await session.OpenAsync(path);

        Assert.Contains("data-testid=\"feedback\"", after.Question(SeedAnswers.Mc).Html, StringComparison.Ordinal);
        Assert.Contains("Not correct", after.Question(SeedAnswers.Mc).Html, StringComparison.Ordinal);
        // Only answered questions get feedback: the rest still hide their keys.
        Assert.DoesNotContain(LearnSeed.FillAnswer, after.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"feedback\"", after.Question(SeedAnswers.Tf).Html, StringComparison.Ordinal);
    }

    private static void AssertNoKey(string where, string body)
    {
        string[] forbidden =
        [
            LearnSeed.ExplanationMarker,
            LearnSeed.SourceMarker,
            LearnSeed.FillAnswer,
            "isCorrect",
            "IsCorrect",
            "acceptedAnswers",
            "numericAnswer",
            "correctAnswer",
            "\"explanation\"",
            "data-testid=\"feedback\"",
            "feedback-right",
            "feedback-wrong",
            "data-correct",
        ];
        foreach (var marker in forbidden)
        {
            Assert.False(body.Contains(marker, StringComparison.Ordinal), $"The {where} contains '{marker}' before feedback is allowed.");
        }

        Assert.False(NumericKey.IsMatch(body), $"The {where} contains the numeric key {LearnSeed.NumericAnswer} before feedback is allowed.");
    }
}
