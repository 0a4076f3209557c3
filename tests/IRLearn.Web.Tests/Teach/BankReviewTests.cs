namespace IRLearn.Web.Tests.Teach;

/// <summary>
/// The engine's two tiers in the product: an import stores the default bank and the more candidates, both awaiting
/// review; the review page lists the bank first and the candidates below, by source sentence; candidates reach no
/// quiz and no student until an instructor pulls them in; and the per-sentence bulk actions are as guarded as the rest.
/// </summary>
public sealed class BankReviewTests(IRLearnWebFactory factory) : IClassFixture<IRLearnWebFactory>
{
    private const int Bank = 0;
    private const int MoreCandidate = 1;
    private const int Proposed = 0;
    private const int Approved = 1;
    private const int Rejected = 2;

    [Fact]
    public async Task Import_StoresTheDefaultBankAndTheMoreCandidates_BothAwaitingReview()
    {
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);

        var response = await api.PostAsJsonAsync("/api/v1/articles/text", new { title = "Two tiers", text = TeachData.SeedArticle() });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var lessonId = created.GetProperty("lessonId").GetGuid();
        var bankCount = created.GetProperty("questionCount").GetInt32();
        var candidateCount = created.GetProperty("moreCandidateCount").GetInt32();
        Assert.True(bankCount >= 5, "the engine proposes a default bank for the seed article");
        Assert.True(candidateCount >= 1, "the engine keeps more candidates back for the seed article");

        var questions = await BankAsync(api, lessonId);
        Assert.Equal(bankCount, questions.Count(q => q.Tier == Bank));
        Assert.Equal(candidateCount, questions.Count(q => q.Tier == MoreCandidate));
        Assert.All(questions, q => Assert.Equal(Proposed, q.Status));
        Assert.All(questions, q => Assert.InRange(q.Confidence!.Value, 0, 1));
        // The bank comes first, then the candidates best first.
        Assert.Equal(questions.OrderBy(q => q.Tier).Select(q => q.Id), questions.Select(q => q.Id));
        var candidates = questions.Where(q => q.Tier == MoreCandidate).ToList();
        Assert.Equal(candidates.OrderByDescending(q => q.Confidence).Select(q => q.Confidence), candidates.Select(q => q.Confidence));
        Assert.Empty(questions.Where(q => q.Tier == Bank).Select(q => q.Stem).Intersect(candidates.Select(q => q.Stem)));

        using var lessons = await TeachData.GetJsonAsync(api, "/api/v1/lessons");
        var lesson = lessons.RootElement.EnumerateArray().Single(l => l.GetProperty("id").GetGuid() == lessonId);
        Assert.Equal(bankCount, lesson.GetProperty("questionCount").GetInt32());
        Assert.Equal(bankCount, lesson.GetProperty("proposedCount").GetInt32());
        Assert.Equal(candidateCount, lesson.GetProperty("moreCandidateCount").GetInt32());
    }

    [Fact]
    public async Task ReviewPage_ListsTheBankFirst_ThenTheCandidates_OneLinePerQuestionGroupedBySentence()
    {
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        var imported = await TeachData.ImportSeedAsync(api, "Review at speed");
        var questions = await BankAsync(api, imported.LessonId);
        using var session = await TeachData.SignedInAsync(factory, DemoAccounts.Instructor);

        var html = WebUtility.HtmlDecode(await session.Client.GetStringAsync($"/Teach/Lessons/Questions/{imported.LessonId}"));

        var candidatesAt = html.IndexOf("data-testid=\"candidates-section\"", StringComparison.Ordinal);
        Assert.True(html.IndexOf("data-testid=\"bank-section\"", StringComparison.Ordinal) is var bankAt && bankAt > 0 && bankAt < candidatesAt);
        Assert.All(questions.Where(q => q.Tier == Bank), q => Assert.InRange(html.IndexOf($"data-question-id=\"{q.Id}\"", StringComparison.Ordinal), bankAt, candidatesAt));
        Assert.All(questions.Where(q => q.Tier == MoreCandidate), q => Assert.True(html.IndexOf($"data-question-id=\"{q.Id}\"", StringComparison.Ordinal) > candidatesAt));

        // One group per source sentence, each question's source and explanation inside its <details>.
        var sentences = questions.Where(q => q.Tier == Bank).Select(q => q.Sentence).Distinct().Count()
            + questions.Where(q => q.Tier == MoreCandidate).Select(q => q.Sentence).Distinct().Count();
        Assert.Equal(sentences, Count(html, "data-testid=\"group\""));
        Assert.Equal(questions.Count, Count(html, "<details class=\"review-details\">"));
        Assert.Equal(questions.Count, Count(html, "data-testid=\"source\""));

        // Readable names, and the legend the script reveals.
        Assert.Contains(">Awaiting review<", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Proposed<", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">MultipleChoice<", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">TrueFalse<", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"shortcut-legend\"", html, StringComparison.Ordinal);
        Assert.Contains("Pull in", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PullingInCandidates_OneByOneOrAWholeSentence_MovesThemIntoTheBankApproved()
    {
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        var imported = await TeachData.ImportSeedAsync(api, "Pull them in");
        var candidates = (await BankAsync(api, imported.LessonId)).Where(q => q.Tier == MoreCandidate).ToList();
        var single = candidates[0];
        var sentence = candidates.Skip(1).GroupBy(q => q.Sentence).OrderByDescending(g => g.Count()).First().Select(q => q.Id).ToList();
        var page = $"/Teach/Lessons/Questions/{imported.LessonId}";
        using var session = await TeachData.SignedInAsync(factory, DemoAccounts.Instructor);

        var one = await TeachData.PostFormAsync(session, $"{page}?handler=Review", [new("one", $"{single.Id}:Approve")], page);
        var group = await TeachData.PostFormAsync(session, $"{page}?handler=Review", [new("group", $"Approve:{string.Join(',', sentence)}")], page);

        Assert.Equal(HttpStatusCode.Redirect, one.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, group.StatusCode);
        var after = (await BankAsync(api, imported.LessonId)).ToDictionary(q => q.Id);
        Assert.All(sentence.Append(single.Id), id =>
        {
            Assert.Equal(Bank, after[id].Tier);
            Assert.Equal(Approved, after[id].Status);
        });
        Assert.Equal(candidates.Count - sentence.Count - 1, after.Values.Count(q => q.Tier == MoreCandidate));
        var status = WebUtility.HtmlDecode(await session.Client.GetStringAsync(group.Headers.Location));
        Assert.Contains($"{sentence.Count} question{(sentence.Count == 1 ? "" : "s")} approved.", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RejectingASentence_RejectsItsQuestions_AndLeavesTheOthersAwaitingReview()
    {
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        var imported = await TeachData.ImportSeedAsync(api, "Reject a sentence");
        var questions = await BankAsync(api, imported.LessonId);
        var sentence = questions.Where(q => q.Tier == Bank).GroupBy(q => q.Sentence).First().Select(q => q.Id).ToList();
        var page = $"/Teach/Lessons/Questions/{imported.LessonId}";
        using var session = await TeachData.SignedInAsync(factory, DemoAccounts.Instructor);

        var response = await TeachData.PostFormAsync(session, $"{page}?handler=Review", [new("group", $"Reject:{string.Join(',', sentence)}")], page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await BankAsync(api, imported.LessonId);
        Assert.All(after, q => Assert.Equal(sentence.Contains(q.Id) ? Rejected : Proposed, q.Status));
    }

    [Fact]
    public async Task Candidates_ReachNoQuizAndNoStudent_UntilPulledIn()
    {
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        var imported = await TeachData.ImportSeedAsync(api, "Kept back");
        (await api.PostAsync($"/api/v1/lessons/{imported.LessonId}/publish", null)).EnsureSuccessStatusCode();
        var questions = await BankAsync(api, imported.LessonId);
        // One per source sentence, so drawing them all is possible: twins never meet in one attempt (ADR 14).
        var approved = questions.Where(q => q.Tier == Bank).DistinctBy(q => q.Sentence).Take(3).ToList();
        var candidate = questions.First(q => q.Tier == MoreCandidate);
        await TeachData.ReviewAsync(api, approved.Select(q => q.Id));

        var created = await api.PostAsJsonAsync("/api/v1/quizzes", new { title = "Only the approved", description = "Draws the lesson" });
        var quizId = (await created.Content.ReadFromJsonAsync<TeachData.IdBody>())!.Id;
        var addCandidate = await api.PostAsJsonAsync($"/api/v1/quizzes/{quizId}/questions", new { questionIds = new[] { candidate.Id }, points = 1 });
        var drawAll = await api.PostAsJsonAsync($"/api/v1/quizzes/{quizId}/draw-rules", new { lessonId = imported.LessonId, count = approved.Count, pointsEach = 1 });
        using (var builder = await TeachData.GetJsonAsync(api, $"/api/v1/quizzes/{quizId}"))
        {
            Assert.DoesNotContain(candidate.Id.ToString(), builder.RootElement.GetRawText(), StringComparison.OrdinalIgnoreCase);
        }

        (await api.PostAsync($"/api/v1/quizzes/{quizId}/publish", null)).EnsureSuccessStatusCode();
        var classroomId = await Ir101Async(api);
        var assigned = await api.PostAsJsonAsync($"/api/v1/classrooms/{classroomId}/assignments", new
        {
            quizId,
            title = "Kept back quiz",
            opensAt = DateTimeOffset.UtcNow.AddMinutes(-5),
            dueAt = DateTimeOffset.UtcNow.AddDays(2),
        });
        Assert.Equal(HttpStatusCode.Created, assigned.StatusCode);
        var assignmentId = (await assigned.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var student = await ApiClient.SignedInAsync(factory, DemoAccounts.Student);
        var start = await student.PostAsync($"/api/v1/learn/assignments/{assignmentId}/attempts", null);
        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        var attemptId = (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("attemptId").GetGuid();
        var attempt = await student.GetFromJsonAsync<JsonElement>($"/api/v1/learn/attempts/{attemptId}");

        Assert.Equal(HttpStatusCode.BadRequest, addCandidate.StatusCode);
        Assert.Equal(HttpStatusCode.Created, drawAll.StatusCode);
        var shown = attempt.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("stem").GetString()).ToList();
        Assert.Equal(approved.Select(q => q.Stem).Order(), shown.Order());
        var unapproved = questions.Except(approved).Select(q => q.Stem).ToHashSet();
        Assert.DoesNotContain(shown, s => unapproved.Contains(s!));
    }

    [Fact]
    public async Task AnotherInstructor_GetsNotFound_ForThePageAndTheSentenceButtons_AndNothingChanges()
    {
        using var owner = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        var imported = await TeachData.ImportSeedAsync(owner, "Not yours");
        var ids = (await BankAsync(owner, imported.LessonId)).Take(2).Select(q => q.Id).ToList();
        using var rival = await TeachData.SignedInAsync(factory, DemoAccounts.OtherInstructor);
        using var rivalApi = await ApiClient.SignedInAsync(factory, DemoAccounts.OtherInstructor);
        var rivalLesson = await TeachData.ImportSeedAsync(rivalApi, "Rival's lesson");
        var rivalPage = $"/Teach/Lessons/Questions/{rivalLesson.LessonId}";

        var page = await rival.Client.GetAsync($"/Teach/Lessons/Questions/{imported.LessonId}");
        var viaOwnPage = await TeachData.PostFormAsync(rival, $"{rivalPage}?handler=Review", [new("group", $"Approve:{string.Join(',', ids)}")], rivalPage);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, viaOwnPage.StatusCode);
        Assert.All(await BankAsync(owner, imported.LessonId), q => Assert.Equal(Proposed, q.Status));
    }

    [Fact]
    public async Task SentenceButton_MixingOwnAndForeignIds_ChangesNothing()
    {
        using var owner = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        var victim = (await BankAsync(owner, (await TeachData.ImportSeedAsync(owner, "Victim")).LessonId))[0];
        using var rivalApi = await ApiClient.SignedInAsync(factory, DemoAccounts.OtherInstructor);
        var rivalLesson = await TeachData.ImportSeedAsync(rivalApi, "Mixed ids");
        var own = (await BankAsync(rivalApi, rivalLesson.LessonId))[0];
        var rivalPage = $"/Teach/Lessons/Questions/{rivalLesson.LessonId}";
        using var rival = await TeachData.SignedInAsync(factory, DemoAccounts.OtherInstructor);

        var response = await TeachData.PostFormAsync(rival, $"{rivalPage}?handler=Review", [new("group", $"Reject:{own.Id},{victim.Id}")], rivalPage);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(Proposed, (await QuestionAsync(rivalApi, own.Id)).Status);
        Assert.Equal(Proposed, (await QuestionAsync(owner, victim.Id)).Status);
    }

    [Fact]
    public async Task SentenceButton_WithoutTheAntiforgeryToken_IsRefused_AndChangesNothing()
    {
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        var imported = await TeachData.ImportSeedAsync(api, "Forged");
        var ids = (await BankAsync(api, imported.LessonId)).Take(3).Select(q => q.Id).ToList();
        using var session = await TeachData.SignedInAsync(factory, DemoAccounts.Instructor);

        using var forged = new FormUrlEncodedContent([new("group", $"Approve:{string.Join(',', ids)}")]);
        var response = await session.Client.PostAsync($"/Teach/Lessons/Questions/{imported.LessonId}?handler=Review", forged);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.All(await BankAsync(api, imported.LessonId), q => Assert.Equal(Proposed, q.Status));
    }

    [Fact]
    public async Task SentenceButton_WithAnUnreadableId_SaysSo_AndChangesNothing()
    {
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        var imported = await TeachData.ImportSeedAsync(api, "Garbled");
        var id = (await BankAsync(api, imported.LessonId))[0].Id;
        var page = $"/Teach/Lessons/Questions/{imported.LessonId}";
        using var session = await TeachData.SignedInAsync(factory, DemoAccounts.Instructor);

        var response = await TeachData.PostFormAsync(session, $"{page}?handler=Review", [new("group", $"Approve:{id},<script>alert(1)</script>")], page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Choose at least one question.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.Equal(Proposed, (await QuestionAsync(api, id)).Status);
    }

    private static async Task<List<BankQuestion>> BankAsync(HttpClient api, Guid lessonId)
    {
        using var bank = await TeachData.GetJsonAsync(api, $"/api/v1/lessons/{lessonId}/questions");
        return [.. bank.RootElement.GetProperty("questions").EnumerateArray().Select(Read)];
    }

    private static async Task<BankQuestion> QuestionAsync(HttpClient api, Guid id)
    {
        using var question = await TeachData.GetJsonAsync(api, $"/api/v1/questions/{id}");
        return Read(question.RootElement);
    }

    private static BankQuestion Read(JsonElement q) => new(
        q.GetProperty("id").GetGuid(),
        q.GetProperty("tier").GetInt32(),
        q.GetProperty("status").GetInt32(),
        q.GetProperty("confidence").ValueKind == JsonValueKind.Number ? q.GetProperty("confidence").GetDouble() : null,
        q.GetProperty("stem").GetString()!,
        q.GetProperty("source").GetProperty("sentence").GetString()!);

    private static async Task<Guid> Ir101Async(HttpClient instructor)
    {
        using var classrooms = await TeachData.GetJsonAsync(instructor, "/api/v1/classrooms");
        return classrooms.RootElement.EnumerateArray()
            .First(c => c.GetProperty("name").GetString()!.StartsWith("IR 101", StringComparison.Ordinal))
            .GetProperty("id").GetGuid();
    }

    private static int Count(string html, string marker)
    {
        var count = 0;
        for (var at = html.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = html.IndexOf(marker, at + marker.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private sealed record BankQuestion(Guid Id, int Tier, int Status, double? Confidence, string Stem, string Sentence);
}
