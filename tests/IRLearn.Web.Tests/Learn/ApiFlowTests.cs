namespace IRLearn.Web.Tests.Learn;

/// <summary>The same use cases as the pages, for API clients with a bearer token.</summary>
public sealed class ApiFlowTests(LearnWebFactory factory) : IClassFixture<LearnWebFactory>
{
    private static readonly int[] FirstOption = [0];
    private static readonly int[] NoSuchOption = [7];

    [Fact]
    public async Task StartSaveResumeSubmit_OverTheApi()
    {
        var quiz = await LearnSeed.QuizAsync(factory, LearnSeed.Settings(FeedbackPolicy.AfterSubmission, timeLimit: TimeSpan.FromMinutes(15)));
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Student);

        var start = await api.PostAsync($"/api/v1/learn/assignments/{quiz.AssignmentId}/attempts", null);
        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        var attemptId = (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("attemptId").GetGuid();
        var resumed = await api.PostAsync($"/api/v1/learn/assignments/{quiz.AssignmentId}/attempts", null);
        Assert.Equal(HttpStatusCode.OK, resumed.StatusCode);
        Assert.Equal(attemptId, (await resumed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("attemptId").GetGuid());

        var attempt = await api.GetFromJsonAsync<JsonElement>($"/api/v1/learn/attempts/{attemptId}");
        Assert.InRange(attempt.GetProperty("secondsRemaining").GetInt32(), 899, 900);
        var questions = attempt.GetProperty("questions").EnumerateArray().ToList();
        Assert.Equal(7, questions.Count);
        var tf = questions.Single(q => q.GetProperty("type").GetInt32() == (int)QuestionType.TrueFalse);
        var shortAnswer = questions.Single(q => q.GetProperty("type").GetInt32() == (int)QuestionType.ShortAnswer);

        var save = await api.PutAsJsonAsync($"/api/v1/learn/attempts/{attemptId}/answers/{tf.GetProperty("number").GetInt32()}", new { options = FirstOption });
        Assert.Equal(HttpStatusCode.OK, save.StatusCode);
        var saveMany = await api.PutAsJsonAsync($"/api/v1/learn/attempts/{attemptId}/answers", new[] { new { number = shortAnswer.GetProperty("number").GetInt32(), text = "The Silk Road Forum" } });
        Assert.Equal(HttpStatusCode.OK, saveMany.StatusCode);
        var malformed = await api.PutAsJsonAsync($"/api/v1/learn/attempts/{attemptId}/answers/{tf.GetProperty("number").GetInt32()}", new { options = NoSuchOption });
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);

        var reread = await api.GetFromJsonAsync<JsonElement>($"/api/v1/learn/attempts/{attemptId}");
        var savedTf = reread.GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("number").GetInt32() == tf.GetProperty("number").GetInt32());
        Assert.Equal(0, savedTf.GetProperty("answer").GetProperty("options")[0].GetInt32());

        var submitted = await api.PostAsJsonAsync($"/api/v1/learn/attempts/{attemptId}/submit", new { });
        var again = await api.PostAsJsonAsync($"/api/v1/learn/attempts/{attemptId}/submit", new { });
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.False((await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("alreadySubmitted").GetBoolean());
        Assert.True((await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("alreadySubmitted").GetBoolean());

        // An unknown short answer cannot be decided: the attempt waits for the instructor.
        var result = await api.GetFromJsonAsync<JsonElement>($"/api/v1/learn/attempts/{attemptId}");
        Assert.Equal((int)Domain.Attempts.AttemptStatus.NeedsGrading, result.GetProperty("status").GetInt32());
        var graded = result.GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("number").GetInt32() == shortAnswer.GetProperty("number").GetInt32());
        Assert.True(graded.GetProperty("feedback").GetProperty("awaitingManualGrading").GetBoolean());
        Assert.True(result.GetProperty("score").GetProperty("awaitingManualGrading").GetBoolean());
    }

    [Fact]
    public async Task ConcurrentSubmitsWithAnswers_AreOneSubmission_AndTheOthersSayAlreadySubmitted()
    {
        var quiz = await LearnSeed.QuizAsync(factory, LearnSeed.Settings(attemptsAllowed: 3));
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Student);
        var start = await api.PostAsync($"/api/v1/learn/assignments/{quiz.AssignmentId}/attempts", null);
        var attemptId = (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("attemptId").GetGuid();
        var attempt = await api.GetFromJsonAsync<JsonElement>($"/api/v1/learn/attempts/{attemptId}");
        var tf = attempt.GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("type").GetInt32() == (int)QuestionType.TrueFalse);

        // Every submit carries an answer not saved yet, so on a database that runs writers at once (PostgreSQL) each
        // inserts the same response row: the losers trip the unique index rather than the attempt's stamp.
        var body = new { answers = new[] { new { number = tf.GetProperty("number").GetInt32(), options = FirstOption } } };
        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => api.PostAsJsonAsync($"/api/v1/learn/attempts/{attemptId}/submit", body)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var outcomes = await Task.WhenAll(responses.Select(r => r.Content.ReadFromJsonAsync<JsonElement>()));
        Assert.Single(outcomes, o => !o.GetProperty("alreadySubmitted").GetBoolean());
        var attempts = await LearnSeed.ReadAsync(factory, db => db.Attempts.AsNoTracking().Where(a => a.AssignmentId == quiz.AssignmentId).Include(a => a.Responses).ToListAsync());
        var submitted = Assert.Single(attempts);
        Assert.NotEqual(Domain.Attempts.AttemptStatus.InProgress, submitted.Status);
        Assert.Single(submitted.Responses);
    }

    [Fact]
    public async Task JoinDashboardAndLesson_OverTheApi()
    {
        var quiz = await LearnSeed.QuizAsync(factory, LearnSeed.Settings());
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Student);

        var join = await api.PostAsJsonAsync("/api/v1/learn/classrooms/join", new { code = LearnSeed.Ir101Code });
        var dashboard = await api.GetFromJsonAsync<JsonElement>("/api/v1/learn/dashboard");
        var lesson = await api.GetFromJsonAsync<JsonElement>($"/api/v1/learn/lessons/{quiz.LessonId}");

        Assert.Equal(HttpStatusCode.OK, join.StatusCode);
        Assert.False((await join.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("newlyJoined").GetBoolean());
        Assert.Contains(dashboard.GetProperty("assignments").EnumerateArray(), a => a.GetProperty("id").GetGuid() == quiz.AssignmentId);
        Assert.Contains(lesson.GetProperty("keyTerms").EnumerateArray(), k => k.GetProperty("term").GetString() == "CICA");
    }

    [Fact]
    public async Task AttemptStartedAfterAnEdit_ShowsTheEditedVersion_AndTheEarlierAttemptKeepsWhatItShowed()
    {
        var quiz = await LearnSeed.QuizAsync(factory, LearnSeed.Settings(attemptsAllowed: 2));
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Student);
        var first = await StartAsync(api, quiz.AssignmentId);
        var shownFirst = await TrueFalseStemAsync(api, first);
        await api.PostAsJsonAsync($"/api/v1/learn/attempts/{first}/submit", new { });

        // Edited twice, so the question has three versions and only the last is current.
        foreach (var edit in new[] { "Draft wording: ", "Edited: " })
        {
            await LearnSeed.ChangeAsync(factory, async (db, now) =>
            {
                var questions = await db.Questions.Where(q => quiz.QuestionIds.Contains(q.Id)).ToListAsync();
                var question = questions.Single(q => q.CurrentVersion.Content.Type == QuestionType.TrueFalse);
                var content = question.Versions.Single(v => v.Number == 1).Content;
                question.Edit(QuestionContent.Create(content.Type, edit + content.Stem, options: content.Options, source: content.Source), now);
            });
        }

        var second = await StartAsync(api, quiz.AssignmentId);

        Assert.NotEqual(first, second);
        Assert.Equal("Edited: " + shownFirst, await TrueFalseStemAsync(api, second));
        Assert.Equal(shownFirst, await TrueFalseStemAsync(api, first));
    }

    private static async Task<Guid> StartAsync(HttpClient api, Guid assignmentId)
    {
        var start = await api.PostAsync($"/api/v1/learn/assignments/{assignmentId}/attempts", null);
        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        return (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("attemptId").GetGuid();
    }

    private static async Task<string> TrueFalseStemAsync(HttpClient api, Guid attemptId) =>
        (await api.GetFromJsonAsync<JsonElement>($"/api/v1/learn/attempts/{attemptId}")).GetProperty("questions").EnumerateArray()
            .Single(q => q.GetProperty("type").GetInt32() == (int)QuestionType.TrueFalse)
            .GetProperty("stem").GetString()!;
}
