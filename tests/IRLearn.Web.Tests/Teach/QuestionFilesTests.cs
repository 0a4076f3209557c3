using System.Net.Http.Headers;
using IRLearn.Interop;
using IRLearn.Interop.Mapping;

namespace IRLearn.Web.Tests.Teach;

/// <summary>
/// Question banks in and out over HTTP (issue 14): export as GIFT, Moodle XML and QTI packages, import with a
/// report per file, owner-only access, bad input as ProblemDetails, and the Teach pages with their antiforgery forms.
/// The question files below are written for these tests.
/// </summary>
public sealed class QuestionFilesTests(IRLearnWebFactory factory) : IClassFixture<IRLearnWebFactory>
{
    private const string GoodGift = """
        // [tag:review] [tag:difficulty:hard]
        ::Founding:: In which year was the fictional Coastal Compact founded? {=1987 ~1979 ~1991}

        ::Chair:: The Compact's chair rotates every two years. {T}

        ::Essay:: Discuss the Compact's fisheries policy. {}
        """;

    [Theory]
    [InlineData("gift", "text/plain", ".gift.txt")]
    [InlineData("moodle-xml", "application/xml", ".moodle.xml")]
    [InlineData("qti21", "application/zip", ".qti21.zip")]
    [InlineData("qti30", "application/zip", ".qti30.zip")]
    public async Task Api_ExportsALessonsApprovedQuestions_AsAFileThatReadsBack(string format, string mediaType, string extension)
    {
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        var (lessonId, approved) = await LessonWithApprovedQuestionsAsync(api, $"Export {format}", 4);

        var response = await api.GetAsync($"/api/v1/lessons/{lessonId}/questions/export?format={format}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(extension, response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        var read = InteropFileReader.Read("export" + extension, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(approved.Count, read.Questions.Count);
    }

    [Fact]
    public async Task Api_ExportThenImportIntoAnotherLesson_CreatesTheSameQuestions_AwaitingReview()
    {
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        var (source, approved) = await LessonWithApprovedQuestionsAsync(api, "Round trip source", 5);
        var target = (await TeachData.ImportSeedAsync(api, "Round trip target")).LessonId;
        var export = await api.GetByteArrayAsync($"/api/v1/lessons/{source}/questions/export?format=qti21");

        var response = await ImportAsync(api, target, ("bank.qti21.zip", export));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(approved.Count, report.RootElement.GetProperty("imported").GetInt32());
        using var bank = await TeachData.GetJsonAsync(api, $"/api/v1/lessons/{target}/questions");
        var authored = bank.RootElement.GetProperty("questions").EnumerateArray().Where(q => q.GetProperty("origin").GetInt32() == 1).ToList();
        Assert.Equal(approved.Select(q => q.Stem).Order(), authored.Select(q => q.GetProperty("stem").GetString()!).Order());
        Assert.All(authored, q => Assert.Equal(0, q.GetProperty("status").GetInt32()));
        // Same article, so every source sentence was found again and points into it.
        Assert.All(authored, q => Assert.Equal(JsonValueKind.Object, q.GetProperty("source").ValueKind));
    }

    [Fact]
    public async Task Api_Import_ReportsEachFile_AndAnUnreadableFileCreatesNothing()
    {
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        var lessonId = (await TeachData.ImportSeedAsync(api, "Import report")).LessonId;
        var before = (await TeachData.QuestionIdsAsync(api, lessonId)).Count;

        var response = await ImportAsync(
            api,
            lessonId,
            ("good.gift", Encoding.UTF8.GetBytes(GoodGift)),
            ("broken.xml", Encoding.UTF8.GetBytes("<quiz><question type=\"truefalse\"></quiz>")),
            ("hostile.xml", Encoding.UTF8.GetBytes("<!DOCTYPE quiz [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><quiz>&x;</quiz>")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var files = report.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(2, files[0].GetProperty("imported").GetArrayLength());
        Assert.Equal("Essay", files[0].GetProperty("skipped")[0].GetProperty("name").GetString());
        Assert.Contains("essay", files[0].GetProperty("skipped")[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Contains("not well-formed", files[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("DTD", files[2].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(before + 2, (await TeachData.QuestionIdsAsync(api, lessonId)).Count);
        using var bank = await TeachData.GetJsonAsync(api, $"/api/v1/lessons/{lessonId}/questions");
        var founding = bank.RootElement.GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("stem").GetString()!.Contains("Coastal Compact", StringComparison.Ordinal));
        Assert.Equal(["review"], founding.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(2, founding.GetProperty("difficulty").GetInt32());
    }

    [Fact]
    public async Task Api_AnotherInstructorsLessonOrQuiz_Is404_AndAStudentIs403()
    {
        using var owner = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        var (lessonId, approved) = await LessonWithApprovedQuestionsAsync(owner, "Private bank", 2);
        var quizId = await TeachData.CreatePublishedQuizAsync(owner, approved.Select(q => q.Id), "Private quiz");
        using var other = await ApiClient.SignedInAsync(factory, DemoAccounts.OtherInstructor);
        using var student = await ApiClient.SignedInAsync(factory, DemoAccounts.Student);
        var before = (await TeachData.QuestionIdsAsync(owner, lessonId)).Count;

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/lessons/{lessonId}/questions/export?format=gift")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/quizzes/{quizId}/questions/export?format=gift")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ImportAsync(other, lessonId, ("a.gift", Encoding.UTF8.GetBytes(GoodGift)))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await student.GetAsync($"/api/v1/lessons/{lessonId}/questions/export?format=gift")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ImportAsync(student, lessonId, ("a.gift", Encoding.UTF8.GetBytes(GoodGift)))).StatusCode);
        Assert.Equal(before, (await TeachData.QuestionIdsAsync(owner, lessonId)).Count);

        // And a selection cannot reach someone else's question through one's own lesson.
        var (ownLesson, _) = await LessonWithApprovedQuestionsAsync(other, "Other's bank", 1);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/lessons/{ownLesson}/questions/export?format=gift&ids={approved[0].Id}")).StatusCode);
    }

    [Fact]
    public async Task Api_QuizExport_HoldsTheQuizsQuestions()
    {
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        var (_, approved) = await LessonWithApprovedQuestionsAsync(api, "Quiz export", 3);
        var quizId = await TeachData.CreatePublishedQuizAsync(api, approved.Take(2).Select(q => q.Id), "Two-question quiz");

        var bytes = await api.GetByteArrayAsync($"/api/v1/quizzes/{quizId}/questions/export?format=moodle-xml");

        // Compared as IRLearn reads the file back: a cloze's blank travels as Moodle's own marker, not as "_____".
        var (readBack, skipped) = DomainMapper.ToContents(InteropFileReader.Read("quiz.xml", bytes).Questions, null);
        Assert.Empty(skipped);
        Assert.Equal(approved.Take(2).Select(q => q.Stem), readBack.Select(q => q.Content.Stem));
    }

    [Fact]
    public async Task Api_BadInput_IsProblemDetails_AndChangesNothing()
    {
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        var lessonId = (await TeachData.ImportSeedAsync(api, "Bad input")).LessonId;
        var before = (await TeachData.QuestionIdsAsync(api, lessonId)).Count;

        var badFormat = await api.GetAsync($"/api/v1/lessons/{lessonId}/questions/export?format=docx");
        var nothingApproved = await api.GetAsync($"/api/v1/lessons/{lessonId}/questions/export?format=gift");
        using var empty = new MultipartFormDataContent { { new StringContent("x"), "note" } };
        var noFiles = await api.PostAsync($"/api/v1/lessons/{lessonId}/questions/import", empty);
        var tooLarge = await ImportAsync(api, lessonId, ("huge.gift", new byte[InteropLimits.MaxFileBytes + 1]));

        await AssertProblemAsync(badFormat, HttpStatusCode.BadRequest, "gift, moodle-xml, qti21 or qti30");
        await AssertProblemAsync(nothingApproved, HttpStatusCode.Conflict, "no approved questions");
        await AssertProblemAsync(noFiles, HttpStatusCode.BadRequest, "at least one file");
        await AssertProblemAsync(tooLarge, HttpStatusCode.BadRequest, "5 MB");
        Assert.Equal(before, (await TeachData.QuestionIdsAsync(api, lessonId)).Count);
    }

    [Fact]
    public async Task ImportPage_PostsWithItsAntiforgeryToken_AndShowsTheReport()
    {
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        var lessonId = (await TeachData.ImportSeedAsync(api, "Import page")).LessonId;
        using var session = await TeachData.SignedInAsync(factory, DemoAccounts.Instructor);
        var path = $"/Teach/Lessons/ImportQuestions/{lessonId}";
        var token = await session.GetAntiforgeryTokenAsync(path);

        using var withoutToken = Multipart(("good.gift", Encoding.UTF8.GetBytes(GoodGift)));
        var forged = await session.Client.PostAsync(path, withoutToken);
        using var form = Multipart(("good.gift", Encoding.UTF8.GetBytes(GoodGift)));
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var response = await session.Client.PostAsync(path, form);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("2 questions imported for review, 1 skipped.", html, StringComparison.Ordinal);
        Assert.Contains("essay (no answer key)", html, StringComparison.Ordinal);
        Assert.Contains("Import questions", await session.Client.GetStringAsync($"/Teach/Lessons/Questions/{lessonId}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportPage_WithoutAFile_ShowsTheMessage()
    {
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        var lessonId = (await TeachData.ImportSeedAsync(api, "Import page empty")).LessonId;
        using var session = await TeachData.SignedInAsync(factory, DemoAccounts.Instructor);

        var response = await session.PostFormAsync($"/Teach/Lessons/ImportQuestions/{lessonId}", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose at least one file to import.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportPage_DownloadsTheChosenFormat_AndSaysWhenNothingIsApproved()
    {
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        var (lessonId, approved) = await LessonWithApprovedQuestionsAsync(api, "Export page", 3);
        var empty = (await TeachData.ImportSeedAsync(api, "Export page, nothing approved")).LessonId;
        using var session = await TeachData.SignedInAsync(factory, DemoAccounts.Instructor);

        var download = await session.PostFormAsync($"/Teach/ExportQuestions?LessonId={lessonId}", new Dictionary<string, string> { ["Format"] = "gift" });
        var refused = await session.PostFormAsync($"/Teach/ExportQuestions?LessonId={empty}", new Dictionary<string, string> { ["Format"] = "gift" });

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("text/plain", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(approved.Count, InteropFileReader.Read("page.gift", await download.Content.ReadAsByteArrayAsync()).Questions.Count);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("no approved questions", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    private static async Task<(Guid LessonId, List<(Guid Id, string Stem)> Approved)> LessonWithApprovedQuestionsAsync(HttpClient api, string title, int count)
    {
        var lessonId = (await TeachData.ImportSeedAsync(api, title)).LessonId;
        using var bank = await TeachData.GetJsonAsync(api, $"/api/v1/lessons/{lessonId}/questions");
        var chosen = bank.RootElement.GetProperty("questions").EnumerateArray().Take(count)
            .Select(q => (q.GetProperty("id").GetGuid(), q.GetProperty("stem").GetString()!))
            .ToList();
        await TeachData.ReviewAsync(api, chosen.Select(q => q.Item1));
        return (lessonId, chosen);
    }

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient client, Guid lessonId, params (string Name, byte[] Content)[] files)
    {
        using var form = Multipart(files);
        return await client.PostAsync($"/api/v1/lessons/{lessonId}/questions/import", form);
    }

    private static MultipartFormDataContent Multipart(params (string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", name);
        }

        return form;
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detail)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(detail, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
