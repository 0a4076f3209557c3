namespace IRLearn.Web.Tests.Learn;

/// <summary>
/// A matching question's right-hand column never reaches the student in key order, even when the quiz
/// does not shuffle options: side by side, every left item would sit beside its answer (issue 17).
/// </summary>
public sealed class MatchingOrderTests(LearnWebFactory factory) : IClassFixture<LearnWebFactory>
{
    // LearnSeed's matching question, right-hand items in key order.
    private static readonly string[] KeyOrder = ["Security bloc", "Customs union", "Cultural league"];

    [Fact]
    public async Task WithShuffleOff_EveryAttemptShowsTheRightColumnOutOfKeyOrder_AndGradesByPair()
    {
        var settings = QuizSettings.Create(null, null, false, false, null, null, FeedbackPolicy.AfterSubmission, 60m, GradingMethod.Highest);
        var quiz = await LearnSeed.QuizAsync(factory, settings);
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Student);

        for (var attemptNumber = 1; attemptNumber <= 12; attemptNumber++)
        {
            var start = await api.PostAsync($"/api/v1/learn/assignments/{quiz.AssignmentId}/attempts", null);
            Assert.Equal(HttpStatusCode.Created, start.StatusCode);
            var attemptId = (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("attemptId").GetGuid();
            var matching = await MatchingQuestionAsync(api, attemptId);

            var right = matching.GetProperty("matchRight").EnumerateArray().Select(r => r.GetString()!).ToList();
            Assert.Equal(KeyOrder.Order(), right.Order());
            Assert.NotEqual(KeyOrder, right);

            // Options stay in authored order: the setting still governs choice questions.
            var attempt = await api.GetFromJsonAsync<JsonElement>($"/api/v1/learn/attempts/{attemptId}");
            var mc = attempt.GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("type").GetInt32() == (int)QuestionType.MultipleChoice);
            Assert.Equal("1992", mc.GetProperty("options")[0].GetString());

            // Answered by display position, graded by pair: the right answer scores in whatever order it was shown.
            var number = matching.GetProperty("number").GetInt32();
            var positions = KeyOrder.Select(r => (int?)right.IndexOf(r)).ToArray();
            var save = await api.PutAsJsonAsync($"/api/v1/learn/attempts/{attemptId}/answers/{number}", new { matches = positions });
            Assert.Equal(HttpStatusCode.OK, save.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"/api/v1/learn/attempts/{attemptId}/submit", new { })).StatusCode);

            var graded = await MatchingQuestionAsync(api, attemptId);
            Assert.Equal(positions, graded.GetProperty("answer").GetProperty("matches").EnumerateArray().Select(m => (int?)m.GetInt32()));
            var feedback = graded.GetProperty("feedback");
            Assert.True(feedback.GetProperty("isCorrect").GetBoolean());
            Assert.Contains("Shanghai Cooperation Organisation → Security bloc", feedback.GetProperty("correctAnswer").GetString(), StringComparison.Ordinal);
        }
    }

    private static async Task<JsonElement> MatchingQuestionAsync(HttpClient api, Guid attemptId)
    {
        var attempt = await api.GetFromJsonAsync<JsonElement>($"/api/v1/learn/attempts/{attemptId}");
        return attempt.GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("type").GetInt32() == (int)QuestionType.Matching);
    }
}
