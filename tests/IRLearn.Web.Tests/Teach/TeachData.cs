namespace IRLearn.Web.Tests.Teach;

/// <summary>Builds an instructor's content through the API, the way a client would, so page and authorization tests have something to aim at.</summary>
public static class TeachData
{
    public static string SeedArticle(string name = "01-kazakhstan-foreign-policy.txt")
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "IRLearn.sln")))
        {
            directory = directory.Parent;
        }

        return File.ReadAllText(Path.Combine(directory?.FullName ?? throw new InvalidOperationException("IRLearn.sln not found above the test binaries."), "seed", "articles", name));
    }

    public static async Task<Imported> ImportSeedAsync(HttpClient instructor, string title = "Kazakhstan between East and West")
    {
        var response = await instructor.PostAsJsonAsync("/api/v1/articles/text", new { title, text = SeedArticle() });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = body.RootElement;
        return new Imported(root.GetProperty("articleId").GetGuid(), root.GetProperty("lessonId").GetGuid(), root.GetProperty("questionCount").GetInt32());
    }

    public static async Task<IReadOnlyList<Guid>> QuestionIdsAsync(HttpClient instructor, Guid lessonId, string query = "")
    {
        using var bank = JsonDocument.Parse(await instructor.GetStringAsync($"/api/v1/lessons/{lessonId}/questions{query}"));
        return bank.RootElement.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("id").GetGuid()).ToList();
    }

    public static async Task ReviewAsync(HttpClient instructor, IEnumerable<Guid> ids, int decision = 0)
    {
        var response = await instructor.PostAsJsonAsync("/api/v1/questions/review", new { questionIds = ids, decision });
        response.EnsureSuccessStatusCode();
    }

    public static async Task<Guid> CreatePublishedQuizAsync(HttpClient instructor, IEnumerable<Guid> questionIds, string title = "Kazakhstan quiz")
    {
        var created = await instructor.PostAsJsonAsync("/api/v1/quizzes", new { title, description = "Week 1" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var quizId = (await created.Content.ReadFromJsonAsync<IdBody>())!.Id;
        (await instructor.PostAsJsonAsync($"/api/v1/quizzes/{quizId}/questions", new { questionIds, points = 1 })).EnsureSuccessStatusCode();
        (await instructor.PostAsync($"/api/v1/quizzes/{quizId}/publish", null)).EnsureSuccessStatusCode();
        return quizId;
    }

    public static async Task<Guid> CreateClassroomAsync(HttpClient instructor, string name = "IR 999")
    {
        var created = await instructor.PostAsJsonAsync("/api/v1/classrooms", new { name });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<IdBody>())!.Id;
    }

    public static async Task<JsonDocument> GetJsonAsync(HttpClient client, string path) =>
        JsonDocument.Parse(await client.GetStringAsync(path));

    /// <summary>Posts a form whose fields may repeat (checkbox lists), with the antiforgery token a browser would send.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(BrowserSession session, string path, IEnumerable<KeyValuePair<string, string>> fields, string tokenFrom)
    {
        var token = await session.GetAntiforgeryTokenAsync(tokenFrom);
        using var body = new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]);
        return await session.Client.PostAsync(path, body);
    }

    public static async Task<BrowserSession> SignedInAsync(IRLearnWebFactory factory, string email)
    {
        var session = BrowserSession.Create(factory);
        await session.LogInAsync(email);
        return session;
    }

    public sealed record Imported(Guid ArticleId, Guid LessonId, int QuestionCount);

    public sealed record IdBody(Guid Id);
}
