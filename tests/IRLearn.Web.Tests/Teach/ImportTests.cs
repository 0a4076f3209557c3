using System.Net.Http.Headers;
using IRLearn.Application.Articles.Commands.ImportArticle;
using IRLearn.Web.Pages.Teach;

namespace IRLearn.Web.Tests.Teach;

public sealed class ImportTests(IRLearnWebFactory factory) : IClassFixture<IRLearnWebFactory>
{
    private const string French =
        "La politique étrangère du Kazakhstan repose sur le multilatéralisme. Le pays entretient des relations avec la Chine, la Russie et l'Union européenne. " +
        "Les dirigeants ont souvent souligné que la coopération régionale est une priorité pour la stabilité de l'Asie centrale et pour le développement économique du pays.";

    [Fact]
    public async Task PastedArticle_IsImported_WithLessonAndProposedQuestionsFromTheEngine()
    {
        using var session = await SignedInAsync(DemoAccounts.Instructor);

        var response = await session.PostFormAsync("/Teach/Import?handler=Paste", new Dictionary<string, string>
        {
            ["Paste.Title"] = "Kazakhstan pasted",
            ["Paste.Text"] = TeachData.SeedArticle(),
        }, tokenFrom: "/Teach/Import");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var articlePage = await session.Client.GetStringAsync(response.Headers.Location);
        Assert.Contains("Kazakhstan pasted", articlePage, StringComparison.Ordinal);
        Assert.Contains("questions proposed", articlePage, StringComparison.Ordinal);
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        using var lessons = await TeachData.GetJsonAsync(api, "/api/v1/lessons");
        var lesson = lessons.RootElement.EnumerateArray().Single(l => l.GetProperty("title").GetString() == "Kazakhstan pasted");
        Assert.True(lesson.GetProperty("questionCount").GetInt32() >= 5, "the engine proposes questions for the seed article");
        Assert.Equal(lesson.GetProperty("questionCount").GetInt32(), lesson.GetProperty("proposedCount").GetInt32());
    }

    [Fact]
    public void ImportMessage_SaysWhatToReview_AndNotWhatTheEngineRefusedItself()
    {
        var message = ImportModel.Describe(new ImportArticleResult(Guid.NewGuid(), Guid.NewGuid(), "Grain diplomacy", 12, 5, 7, 30));

        Assert.Equal("Imported “Grain diplomacy”: 12 questions proposed for your review; 30 more candidates are kept aside if you want them. 7 blocks of page furniture (captions, ads, link lists…) were left out of the text.", message);
        Assert.DoesNotContain("invalid", message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Imported “Notes”: 3 questions proposed for your review.", ImportModel.Describe(new ImportArticleResult(Guid.NewGuid(), Guid.NewGuid(), "Notes", 3, 0, 0, 0)));
    }

    [Fact]
    public async Task ArticleDefiningSeveralAcronyms_GetsAMatchingQuestion_WhosePairsStandInItsSourcePassage()
    {
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);

        var response = await api.PostAsJsonAsync("/api/v1/articles/text", new { title = "Paris at ten", text = TeachData.SeedArticle("07-paris-agreement-cop.txt") });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var lessonId = created.RootElement.GetProperty("lessonId").GetGuid();
        using var bank = await TeachData.GetJsonAsync(api, $"/api/v1/lessons/{lessonId}/questions");
        var matching = Assert.Single(bank.RootElement.GetProperty("questions").EnumerateArray(), q => q.GetProperty("type").GetInt32() == (int)Domain.QuestionBank.QuestionType.Matching);
        var pairs = matching.GetProperty("pairs").EnumerateArray().Select(p => (Left: p.GetProperty("left").GetString()!, Right: p.GetProperty("right").GetString()!)).ToList();
        Assert.Contains(("UNFCCC", "United Nations Framework Convention on Climate Change"), pairs);
        Assert.True(pairs.Count >= 3);
        var passage = matching.GetProperty("source").GetProperty("sentence").GetString()!;
        Assert.All(pairs, p => Assert.Contains($"{p.Right} ({p.Left})", passage, StringComparison.Ordinal));
        Assert.Empty(matching.GetProperty("options").EnumerateArray());
    }

    [Fact]
    public async Task ManyFiles_WithoutJavaScript_ListAResultPerFile_AndImportOnlyTheGoodOnes()
    {
        using var session = await SignedInAsync(DemoAccounts.Instructor);
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        var before = await LessonCountAsync(api);

        var response = await UploadAsync(session, "Upload",
            ("asean.txt", Encoding.UTF8.GetBytes(TeachData.SeedArticle("02-asean-south-china-sea.txt"))),
            ("empty.txt", []),
            ("nato.md", Encoding.UTF8.GetBytes(TeachData.SeedArticle("03-nato-nordic-enlargement.txt"))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("asean.txt", html, StringComparison.Ordinal);
        Assert.Contains("nato.md", html, StringComparison.Ordinal);
        Assert.Contains("Not imported: The file is empty.", html, StringComparison.Ordinal);
        Assert.Equal(before + 2, await LessonCountAsync(api));
    }

    [Fact]
    public async Task UploadOne_ForTheProgressScript_AnswersJsonPerFile()
    {
        using var session = await SignedInAsync(DemoAccounts.Instructor);

        var good = await UploadAsync(session, "UploadOne", ("arctic.txt", Encoding.UTF8.GetBytes(TeachData.SeedArticle("05-arctic-council.txt"))), fieldName: "file");
        var bad = await UploadAsync(session, "UploadOne", ("photo.png", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 1]), fieldName: "file");

        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        using var ok = JsonDocument.Parse(await good.Content.ReadAsStringAsync());
        Assert.True(ok.RootElement.GetProperty("succeeded").GetBoolean());
        Assert.NotEqual(Guid.Empty, ok.RootElement.GetProperty("lessonId").GetGuid());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        using var refused = JsonDocument.Parse(await bad.Content.ReadAsStringAsync());
        Assert.False(refused.RootElement.GetProperty("succeeded").GetBoolean());
        Assert.Contains("not supported", refused.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    public static TheoryData<string, byte[], string> BadUploads => new()
    {
        { "empty.txt", [], "empty" },
        { "blank.txt", Encoding.UTF8.GetBytes("   \n\n  "), "whitespace" },
        { "binary.txt", [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7 % 256))], "binary" },
        { "huge.txt", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Kazakhstan signed a treaty with its neighbours. ", 130_000))), "larger than" },
        { "slides.pptx", Encoding.UTF8.GetBytes("not really slides"), "not supported" },
        { "french.txt", Encoding.UTF8.GetBytes(French), "English" },
        { "tiny.html", Encoding.UTF8.GetBytes("hi"), "too little text" },
        { "nested.html", Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<div>", 200_000)) + "deep</body></html>"), "too large or too complex" },
        { "styles.docx", DocxWhoseStylesInflate(64L * 1024 * 1024), "too large or too complex" },
    };

    /// <summary>A small .docx (a few hundred KB) whose styles part inflates to <paramref name="bytes"/> of zeros: a ZIP bomb.</summary>
    private static byte[] DocxWhoseStylesInflate(long bytes)
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var body = new StreamWriter(zip.CreateEntry("word/document.xml").Open()))
            {
                body.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Short.</w:t></w:r></w:p></w:body></w:document>");
            }

            using var styles = zip.CreateEntry("word/styles.xml", System.IO.Compression.CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (long written = 0; written < bytes; written += zeros.Length)
            {
                styles.Write(zeros);
            }
        }

        return stream.ToArray();
    }

    [Theory]
    [MemberData(nameof(BadUploads))]
    public async Task BadUpload_ShowsAClearMessage_AndCreatesNothing(string fileName, byte[] content, string expected)
    {
        using var session = await SignedInAsync(DemoAccounts.Instructor);
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        var before = await LessonCountAsync(api);

        var response = await UploadAsync(session, "Upload", (fileName, content));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Not imported:", html, StringComparison.Ordinal);
        Assert.Contains(expected, html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await LessonCountAsync(api));
    }

    [Theory]
    [InlineData("", "Paste the article")]
    [InlineData(French, "English")]
    public async Task BadPaste_ShowsTheMessageBesideTheText_AndCreatesNothing(string text, string expected)
    {
        using var session = await SignedInAsync(DemoAccounts.Instructor);
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        var before = await LessonCountAsync(api);

        var response = await session.PostFormAsync("/Teach/Import?handler=Paste", new Dictionary<string, string> { ["Paste.Text"] = text }, tokenFrom: "/Teach/Import");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, await LessonCountAsync(api));
    }

    [Fact]
    public async Task Api_BadText_Is400ProblemDetails_AndCreatesNothing()
    {
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        var before = await LessonCountAsync(api);

        var response = await api.PostAsJsonAsync("/api/v1/articles/text", new { title = "x", text = French });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("English", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await LessonCountAsync(api));
    }

    [Fact]
    public async Task Api_Upload_OfAZipBomb_Is400ProblemDetails_AndCreatesNothing()
    {
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        var before = await LessonCountAsync(api);
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(DocxWhoseStylesInflate(64L * 1024 * 1024)), "file", "styles.docx");

        var response = await api.PostAsync("/api/v1/articles/upload", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("too large or too complex", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await LessonCountAsync(api));
    }

    [Fact]
    public async Task Api_Upload_ImportsADocument()
    {
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(TeachData.SeedArticle("04-african-union-afcfta.txt")));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "file", "afcfta.txt");

        var response = await api.PostAsync("/api/v1/articles/upload", form);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(body.RootElement.GetProperty("questionCount").GetInt32() > 0);
    }

    [Fact]
    public async Task Api_UploadHtml_ListsTheCaptionTheReaderLeftOut()
    {
        const string caption = "Delegates leave the summit hall in Accra. Photo: Ama Mensah/Reuters";
        var paragraphs = TeachData.SeedArticle("04-african-union-afcfta.txt").Split("\n\n").Skip(1).Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>").ToList();
        var html = "<html><head><title>One Market | Review</title></head><body><article><h1>One Market</h1>" + string.Concat(paragraphs.Take(3))
            + $"<figure><img src='hall.jpg'><figcaption>{caption}</figcaption></figure>" + string.Concat(paragraphs.Skip(3)) + "</article></body></html>";
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(html));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/html");
        form.Add(file, "file", "afcfta.html");

        var response = await api.PostAsync("/api/v1/articles/upload", form);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        using var article = await TeachData.GetJsonAsync(api, $"/api/v1/articles/{created.RootElement.GetProperty("articleId").GetGuid()}");
        Assert.Contains(caption, article.RootElement.GetProperty("removedBlocks").EnumerateArray().Select(b => b.GetString()));
        Assert.DoesNotContain("Ama Mensah", article.RootElement.GetProperty("cleanedText").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemovedBoilerplate_IsListed_AndCanBePutBack()
    {
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        var imported = await TeachData.ImportSeedAsync(api, "Boilerplate check");
        using var before = await TeachData.GetJsonAsync(api, $"/api/v1/articles/{imported.ArticleId}");
        var removed = before.RootElement.GetProperty("removedBlocks").EnumerateArray().Select(b => b.GetString()!).ToList();
        Assert.NotEmpty(removed);
        using var session = await SignedInAsync(DemoAccounts.Instructor);
        var page = WebUtility.HtmlDecode(await session.Client.GetStringAsync($"/Teach/Articles/Details/{imported.ArticleId}"));
        Assert.Contains(removed[0], page, StringComparison.Ordinal);

        var response = await session.PostFormAsync(
            $"/Teach/Articles/Details/{imported.ArticleId}?handler=Restore&index=0",
            new Dictionary<string, string>(),
            tokenFrom: $"/Teach/Articles/Details/{imported.ArticleId}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var after = await TeachData.GetJsonAsync(api, $"/api/v1/articles/{imported.ArticleId}");
        Assert.Equal(removed.Count - 1, after.RootElement.GetProperty("removedBlocks").GetArrayLength());
        Assert.EndsWith(removed[0], after.RootElement.GetProperty("cleanedText").GetString(), StringComparison.Ordinal);
    }

    private async Task<BrowserSession> SignedInAsync(string email)
    {
        var session = BrowserSession.Create(factory);
        await session.LogInAsync(email);
        return session;
    }

    private static async Task<HttpResponseMessage> UploadAsync(BrowserSession session, string handler, params (string Name, byte[] Content)[] files) =>
        await UploadAsync(session, handler, files, "files");

    private static async Task<HttpResponseMessage> UploadAsync(BrowserSession session, string handler, (string Name, byte[] Content) file, string fieldName) =>
        await UploadAsync(session, handler, [file], fieldName);

    private static async Task<HttpResponseMessage> UploadAsync(BrowserSession session, string handler, (string Name, byte[] Content)[] files, string fieldName)
    {
        var token = await session.GetAntiforgeryTokenAsync("/Teach/Import");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        foreach (var (name, content) in files)
        {
            form.Add(new ByteArrayContent(content), fieldName, name);
        }

        return await session.Client.PostAsync($"/Teach/Import?handler={handler}", form);
    }

    private static async Task<int> LessonCountAsync(HttpClient api)
    {
        using var lessons = await TeachData.GetJsonAsync(api, "/api/v1/lessons");
        return lessons.RootElement.GetArrayLength();
    }
}
