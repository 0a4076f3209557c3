namespace IRLearn.Web.Tests.Learn;

public sealed class ProgressAndReviewTests(LearnWebFactory factory) : IClassFixture<LearnWebFactory>
{
    private const string Student = "chen.wei@students.irlearn.test";

    [Fact]
    public async Task AGradedAttempt_ShowsOnTheChart_InMastery_AndStartsTheStreak()
    {
        var quiz = await LearnSeed.QuizAsync(factory, LearnSeed.Settings(FeedbackPolicy.AfterSubmission));
        using var session = await LearnSession.StudentAsync(factory, Student);
        await SubmitWithOneWrongAsync(session, quiz);

        var html = await session.Client.GetStringAsync("/Learn/Progress");

        Assert.Contains("<svg class=\"progress-chart\"", html, StringComparison.Ordinal);
        Assert.Contains("<circle class=\"point\"", html, StringComparison.Ordinal);
        Assert.Contains("85.7%", html, StringComparison.Ordinal); // 6 of 7
        Assert.Contains("1 day", html.Split("data-testid=\"streak\"")[1], StringComparison.Ordinal);
        var topics = html.Split("data-testid=\"mastery-topics\"")[1].Split("</section>")[0];
        Assert.Contains("CICA", topics, StringComparison.Ordinal);
        Assert.Matches("<span>CICA</span><span>50%</span>", topics); // the wrong MC and the right short answer
        Assert.Contains("Kazakhstan&#x27;s multi-vector diplomacy", html.Split("data-testid=\"mastery-lessons\"")[1], StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html.Split("<main")[1].Split("</main>")[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissedQuestion_JoinsTheReviewQueue_AndPracticeReschedulesItWithoutChangingTheGrade()
    {
        var quiz = await LearnSeed.QuizAsync(factory, LearnSeed.Settings(FeedbackPolicy.AfterSubmission));
        using var session = await LearnSession.StudentAsync(factory, "amara.diallo@students.irlearn.test");
        var attemptId = await SubmitWithOneWrongAsync(session, quiz);
        var cards = await LearnSeed.ReadAsync(factory, db => db.ReviewCards.AsNoTracking().Where(c => quiz.QuestionIds.Contains(c.QuestionId)).ToListAsync());
        var card = Assert.Single(cards);
        Assert.Equal(quiz.QuestionIds[0], card.QuestionId); // the multiple-choice question that was missed

        var review = AttemptPage.Parse(await session.Client.GetStringAsync("/Learn/Review"));
        var question = Assert.Single(review.Questions);
        Assert.StartsWith(SeedAnswers.Mc, question.Stem, StringComparison.Ordinal);
        var form = new Dictionary<string, string> { ["Answer.Number"] = "1", ["Answer.Options"] = question.Options.ToList().IndexOf("1992").ToString(System.Globalization.CultureInfo.InvariantCulture) };
        var practice = await session.PostFormAsync($"/Learn/Review?handler=Practice&cardId={card.Id}", form, tokenFrom: "/Learn/Review");

        Assert.Equal(HttpStatusCode.OK, practice.StatusCode);
        var result = await practice.Content.ReadAsStringAsync();
        Assert.Contains("Correct", result.Split("data-testid=\"practice-result\"")[1], StringComparison.Ordinal);
        // The answer as given is shown beside the verdict, not an empty form.
        var shown = Assert.Single(AttemptPage.Parse(result.Split("data-testid=\"practice-result\"")[1].Split("</section>")[0]).Questions);
        Assert.Equal(["1992"], shown.CheckedOptions);
        var after = await LearnSeed.ReadAsync(factory, db => db.ReviewCards.AsNoTracking().SingleAsync(c => c.Id == card.Id));
        Assert.Equal(1, after.Repetitions);
        Assert.True(after.Due > card.Due);
        var attempt = await LearnSeed.ReadAsync(factory, db => db.Attempts.AsNoTracking().SingleAsync(a => a.Id == attemptId));
        Assert.Equal(6m, attempt.Score);
        Assert.Empty(attempt.GradeChanges);
    }

    [Fact]
    public async Task ProgressAndReviews_AreAvailableOverTheApi()
    {
        using var api = await ApiClient.SignedInAsync(factory, Student);

        var progress = await api.GetFromJsonAsync<JsonElement>("/api/v1/learn/progress");
        var reviews = await api.GetFromJsonAsync<JsonElement>("/api/v1/learn/reviews");

        Assert.Equal(JsonValueKind.Array, progress.GetProperty("scores").ValueKind);
        Assert.True(progress.TryGetProperty("streakDays", out _));
        Assert.True(reviews.TryGetProperty("dueCount", out _));
    }

    private static async Task<Guid> SubmitWithOneWrongAsync(Infrastructure.BrowserSession session, SeededQuiz quiz)
    {
        var path = await session.StartAsync(quiz.AssignmentId);
        var answers = SeedAnswers.AllRight();
        answers[SeedAnswers.Mc] = new(Options: ["1989"]);
        var page = await session.OpenAsync(path);
        var submit = await session.PostFormAsync($"{path}?handler=Submit", page.FormFor(answers), tokenFrom: path);
        Assert.Equal(HttpStatusCode.Redirect, submit.StatusCode);
        return LearnSession.AttemptIdOf(path);
    }
}
