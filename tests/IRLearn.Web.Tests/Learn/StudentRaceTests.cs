using static IRLearn.Web.Tests.Api.Races;

namespace IRLearn.Web.Tests.Learn;

/// <summary>
/// Races a student can cause with a double click or two tabs (issue 17, ADR 18), fired at once through the real HTTP
/// pipeline on a real SQLite file: each ends in the outcome the student meant or a 409 with a message, never a 500, and
/// nothing is created twice.
/// </summary>
public sealed class StudentRaceTests(LearnWebFactory factory) : IClassFixture<LearnWebFactory>
{
    [Fact]
    public async Task StartingOneAssignmentFourTimesAtOnce_GivesEveryTabTheSameAttempt()
    {
        var quiz = await LearnSeed.QuizAsync(factory, LearnSeed.Settings(attemptsAllowed: 3));
        using var api = await ApiClient.SignedInAsync(factory, "omar.haddad@students.irlearn.test");

        var responses = await AtOnceAsync(4, () => api.PostAsync($"/api/v1/learn/assignments/{quiz.AssignmentId}/attempts", null));

        var ids = new List<Guid>();
        foreach (var response in responses)
        {
            await AssertStatusAsync(response, HttpStatusCode.Created, HttpStatusCode.OK);
            ids.Add((await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("attemptId").GetGuid());
        }

        var attempts = await LearnSeed.ReadAsync(factory, db => db.Attempts.AsNoTracking().Where(a => a.AssignmentId == quiz.AssignmentId).ToListAsync(Ct));
        var attempt = Assert.Single(attempts);
        Assert.All(ids, id => Assert.Equal(attempt.Id, id));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
    }

    [Fact]
    public async Task TwoTabsSavingTheSameFirstAnswerAtOnce_StoreOneResponse()
    {
        var quiz = await LearnSeed.QuizAsync(factory, LearnSeed.Settings());
        using var api = await ApiClient.SignedInAsync(factory, "mateo.rossi@students.irlearn.test");
        var (attemptId, questions) = await StartAsync(api, quiz);
        var fillIn = Number(questions, QuestionType.FillInBlank);

        var responses = await AtOnceAsync(4, () => api.PutAsJsonAsync($"/api/v1/learn/attempts/{attemptId}/answers/{fillIn}", new { text = LearnSeed.FillAnswer }, Ct));

        foreach (var response in responses)
        {
            // A tab that lost the race is told to retry (409); none fails.
            await AssertStatusAsync(response, HttpStatusCode.OK, HttpStatusCode.Conflict);
        }

        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.OK);
        var saved = await LearnSeed.ReadAsync(factory, db => db.Attempts.AsNoTracking().Where(a => a.Id == attemptId).SelectMany(a => a.Responses).ToListAsync(Ct));
        var response1 = Assert.Single(saved);
        Assert.Equal(LearnSeed.FillAnswer, response1.Answer.Text);
    }

    [Fact]
    public async Task SavingWhileSubmitting_NeverFails_AndTheAttemptEndsSubmittedOnceWithWhatWasSaved()
    {
        var quiz = await LearnSeed.QuizAsync(factory, LearnSeed.Settings(FeedbackPolicy.AfterSubmission, attemptsAllowed: 5));
        using var api = await ApiClient.SignedInAsync(factory, "lukas.becker@students.irlearn.test");
        for (var round = 0; round < 3; round++)
        {
            var (attemptId, questions) = await StartAsync(api, quiz);
            var fillIn = Number(questions, QuestionType.FillInBlank);

            var save = api.PutAsJsonAsync($"/api/v1/learn/attempts/{attemptId}/answers/{fillIn}", new { text = LearnSeed.FillAnswer }, Ct);
            var submit = api.PostAsJsonAsync($"/api/v1/learn/attempts/{attemptId}/submit", new { }, Ct);
            await Task.WhenAll(save, submit);

            // A save that lost to the submission is refused with a message (400: the attempt is closed; 409: changed
            // at the same moment); a submission that lost to the save is a 409 "reload and try again".
            await AssertStatusAsync(await save, HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.Conflict);
            await AssertStatusAsync(await submit, HttpStatusCode.OK, HttpStatusCode.Conflict);
            if ((await submit).StatusCode == HttpStatusCode.Conflict)
            {
                var retry = await api.PostAsJsonAsync($"/api/v1/learn/attempts/{attemptId}/submit", new { }, Ct);
                await AssertStatusAsync(retry, HttpStatusCode.OK);
            }

            var attempt = await LearnSeed.ReadAsync(factory, db => db.Attempts.AsNoTracking().Include(a => a.Responses).SingleAsync(a => a.Id == attemptId, Ct));
            Assert.NotEqual(AttemptStatus.InProgress, attempt.Status);
            var stored = attempt.Responses.Where(r => r.Answer.Text == LearnSeed.FillAnswer).ToList();
            if ((await save).StatusCode == HttpStatusCode.OK)
            {
                // An acknowledged save is part of what was submitted and graded.
                Assert.True(Assert.Single(stored).IsCorrect);
            }
            else
            {
                Assert.Empty(stored);
            }
        }

        var attempts = await LearnSeed.ReadAsync(factory, db => db.Attempts.AsNoTracking().Where(a => a.AssignmentId == quiz.AssignmentId).CountAsync(Ct));
        Assert.Equal(3, attempts);
    }

    [Fact]
    public async Task ChangingASavedAnswerWhileSubmitting_KeepsTheChangeOnlyIfItWasAcknowledged()
    {
        var quiz = await LearnSeed.QuizAsync(factory, LearnSeed.Settings(FeedbackPolicy.AfterSubmission, attemptsAllowed: 5));
        using var api = await ApiClient.SignedInAsync(factory, "lukas.becker@students.irlearn.test");
        for (var round = 0; round < 3; round++)
        {
            var (attemptId, questions) = await StartAsync(api, quiz);
            var fillIn = Number(questions, QuestionType.FillInBlank);
            await AssertStatusAsync(await api.PutAsJsonAsync($"/api/v1/learn/attempts/{attemptId}/answers/{fillIn}", new { text = "first thought" }, Ct), HttpStatusCode.OK);

            // Four tabs change the saved answer at once, one of them submitting: a change that lost is refused (400
            // closed, 409 changed at the same moment) and never lands after the submission.
            var changes = Enumerable.Range(1, 3)
                .Select(tab => api.PutAsJsonAsync($"/api/v1/learn/attempts/{attemptId}/answers/{fillIn}", new { text = $"{LearnSeed.FillAnswer} {tab}" }, Ct))
                .Append(api.PutAsJsonAsync($"/api/v1/learn/attempts/{attemptId}/answers/{fillIn}", new { text = LearnSeed.FillAnswer }, Ct))
                .ToList();
            var submit = api.PostAsJsonAsync($"/api/v1/learn/attempts/{attemptId}/submit", new { }, Ct);
            await Task.WhenAll([.. changes, submit]);

            var acknowledged = new List<string>();
            for (var i = 0; i < changes.Count; i++)
            {
                await AssertStatusAsync(await changes[i], HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.Conflict);
                if ((await changes[i]).StatusCode == HttpStatusCode.OK)
                {
                    acknowledged.Add(i < 3 ? $"{LearnSeed.FillAnswer} {i + 1}" : LearnSeed.FillAnswer);
                }
            }

            await AssertStatusAsync(await submit, HttpStatusCode.OK, HttpStatusCode.Conflict);
            if ((await submit).StatusCode == HttpStatusCode.Conflict)
            {
                await AssertStatusAsync(await api.PostAsJsonAsync($"/api/v1/learn/attempts/{attemptId}/submit", new { }, Ct), HttpStatusCode.OK);
            }

            var attempt = await LearnSeed.ReadAsync(factory, db => db.Attempts.AsNoTracking().Include(a => a.Responses).SingleAsync(a => a.Id == attemptId, Ct));
            Assert.NotEqual(AttemptStatus.InProgress, attempt.Status);
            var response = Assert.Single(attempt.Responses);
            // What was submitted is the last acknowledged change (the first answer if none was), graded as stored.
            Assert.Contains(response.Answer.Text, acknowledged.Count > 0 ? acknowledged : ["first thought"]);
            if (response.Answer.Text == LearnSeed.FillAnswer)
            {
                Assert.True(response.IsCorrect);
            }
        }
    }

    [Fact]
    public async Task PractisingOneReviewCardTwiceAtOnce_ReviewsItOnce()
    {
        var quiz = await LearnSeed.QuizAsync(factory, LearnSeed.Settings(FeedbackPolicy.AfterSubmission));
        using var api = await ApiClient.SignedInAsync(factory, "priya.raman@students.irlearn.test");
        var (attemptId, questions) = await StartAsync(api, quiz);
        var choice = questions.Single(q => q.GetProperty("type").GetInt32() == (int)QuestionType.MultipleChoice);
        var wrong = choice.GetProperty("options").EnumerateArray().Select(o => o.GetString()).ToList().IndexOf("1997");
        await api.PutAsJsonAsync($"/api/v1/learn/attempts/{attemptId}/answers/{choice.GetProperty("number").GetInt32()}", new { options = new[] { wrong } }, Ct);
        await AssertStatusAsync(await api.PostAsJsonAsync($"/api/v1/learn/attempts/{attemptId}/submit", new { }, Ct), HttpStatusCode.OK);
        var cardId = await LearnSeed.ReadAsync(factory, db => db.ReviewCards.AsNoTracking().Where(c => c.QuestionId == quiz.QuestionIds[0]).Select(c => c.Id).SingleAsync(Ct));
        var queue = await api.GetFromJsonAsync<JsonElement>("/api/v1/learn/reviews", Ct);
        var card = queue.GetProperty("due").EnumerateArray().Single(c => c.GetProperty("cardId").GetGuid() == cardId);
        var right = card.GetProperty("options").EnumerateArray().Select(o => o.GetString()).ToList().IndexOf("1992");

        var responses = await AtOnceAsync(2, () => api.PostAsJsonAsync($"/api/v1/learn/reviews/{cardId}/practice", new { number = 1, options = new[] { right } }, Ct));

        foreach (var response in responses)
        {
            await AssertStatusAsync(response, HttpStatusCode.OK, HttpStatusCode.Conflict);
        }

        // One right answer: the first successful repetition (a second would make it two, and the interval six days).
        var after = await LearnSeed.ReadAsync(factory, db => db.ReviewCards.AsNoTracking().SingleAsync(c => c.Id == cardId, Ct));
        Assert.Equal(1, after.Repetitions);
        Assert.Equal(1, after.IntervalDays);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(Guid AttemptId, List<JsonElement> Questions)> StartAsync(HttpClient api, SeededQuiz quiz)
    {
        var start = await api.PostAsync($"/api/v1/learn/assignments/{quiz.AssignmentId}/attempts", null, Ct);
        await AssertStatusAsync(start, HttpStatusCode.Created);
        var attemptId = (await start.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("attemptId").GetGuid();
        var attempt = await api.GetFromJsonAsync<JsonElement>($"/api/v1/learn/attempts/{attemptId}", Ct);
        return (attemptId, attempt.GetProperty("questions").EnumerateArray().ToList());
    }

    private static int Number(List<JsonElement> questions, QuestionType type) =>
        questions.Single(q => q.GetProperty("type").GetInt32() == (int)type).GetProperty("number").GetInt32();
}
