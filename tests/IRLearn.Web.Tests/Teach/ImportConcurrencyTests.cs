using IRLearn.Application.Common.Interfaces;
using IRLearn.Application.Common.Limits;
using IRLearn.Infrastructure.Documents;
using Microsoft.AspNetCore.TestHost;

namespace IRLearn.Web.Tests.Teach;

/// <summary>
/// One instructor runs one import at a time (Imports:MaxConcurrentPerUser, ADR 15): while an import of theirs
/// is being read, another by the same account (article or question file, API or page) is refused with 429
/// and creates nothing, and another instructor is not held up.
/// </summary>
public sealed class ImportConcurrencyTests(ImportConcurrencyTests.HoldingFactory factory) : IClassFixture<ImportConcurrencyTests.HoldingFactory>
{
    private const string Gift = "::Founding:: In which year was the fictional Harbour Accord signed? {=1984 ~1979 ~1991}";

    [Fact]
    public async Task WhileAnImportRuns_TheSameInstructorsSecondIs429AndCreatesNothing_AndAnotherInstructorImports()
    {
        using var first = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        using var again = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        using var otherInstructor = await ApiClient.SignedInAsync(factory, DemoAccounts.OtherInstructor);
        using var page = await TeachData.SignedInAsync(factory, DemoAccounts.Instructor);
        var lessonId = (await TeachData.ImportSeedAsync(first, "Imported before")).LessonId;
        var lessonsBefore = await LessonTitlesAsync(first);
        var questionsBefore = (await TeachData.QuestionIdsAsync(first, lessonId)).Count;

        // The first import is held inside the document reader, after it took the account's slot.
        using var upload = new MultipartFormDataContent { { new StringContent(TeachData.SeedArticle()), "file", "held-article.txt" } };
        var held = first.PostAsync("/api/v1/articles/upload", upload);
        await factory.Entered.Task.WaitAsync(TimeSpan.FromMinutes(2));

        var pasted = await again.PostAsJsonAsync("/api/v1/articles/text", new { title = "Second at once", text = TeachData.SeedArticle() });
        await AssertBusyAsync(pasted);
        using var files = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(Gift)), "files", "bank.gift" } };
        await AssertBusyAsync(await again.PostAsync($"/api/v1/lessons/{lessonId}/questions/import", files));
        var pageResponse = await page.PostFormAsync("/Teach/Import?handler=Paste", new Dictionary<string, string>
        {
            ["Paste.Title"] = "From the page at once",
            ["Paste.Text"] = TeachData.SeedArticle(),
        }, tokenFrom: "/Teach/Import");
        Assert.Equal(HttpStatusCode.OK, pageResponse.StatusCode);
        Assert.Contains(ImportSlots.BusyMessage, WebUtility.HtmlDecode(await pageResponse.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var other = await otherInstructor.PostAsJsonAsync("/api/v1/articles/text", new { title = "Another instructor meanwhile", text = TeachData.SeedArticle() });
        Assert.Equal(HttpStatusCode.Created, other.StatusCode);

        factory.Release.SetResult();
        Assert.Equal(HttpStatusCode.Created, (await held).StatusCode);

        var lessonsAfter = await LessonTitlesAsync(first);
        Assert.Equal(lessonsBefore.Count + 1, lessonsAfter.Count);
        Assert.DoesNotContain("Second at once", lessonsAfter);
        Assert.DoesNotContain("From the page at once", lessonsAfter);
        Assert.Equal(questionsBefore, (await TeachData.QuestionIdsAsync(first, lessonId)).Count);

        // The slot is given back: the next import goes through.
        Assert.Equal(HttpStatusCode.Created, (await again.PostAsJsonAsync("/api/v1/articles/text", new { title = "Afterwards", text = TeachData.SeedArticle() })).StatusCode);
    }

    [Theory]
    [InlineData("Imports:MaxConcurrentPerUser", "0")]
    [InlineData("Imports:RetryAfter", "00:00:00")]
    public void AnImpossibleLimit_StopsTheAppAtStartUp(string setting, string value) =>
        Misconfigured.AssertRefusesToStart(factory, setting, value);

    private static async Task AssertBusyAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "a 429 says when to try again");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(ImportSlots.BusyMessage, problem.RootElement.GetProperty("detail").GetString());
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
    }

    private static async Task<List<string>> LessonTitlesAsync(HttpClient instructor)
    {
        using var lessons = await TeachData.GetJsonAsync(instructor, "/api/v1/lessons");
        return lessons.RootElement.EnumerateArray().Select(l => l.GetProperty("title").GetString()!).ToList();
    }

    /// <summary>
    /// The real app, whose document reader (the boundary where an import's work starts) waits for the test
    /// before reading a file named "held-…"; every other document is read at once.
    /// </summary>
    public sealed class HoldingFactory : IRLearnWebFactory
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IDocumentReader>(sp =>
                new HeldReader(ActivatorUtilities.CreateInstance<DocumentReader>(sp), this)));
        }
    }

    private sealed class HeldReader(IDocumentReader real, HoldingFactory factory) : IDocumentReader
    {
        public async Task<DocumentReadResult> ReadAsync(Stream content, string fileName, CancellationToken cancellationToken = default)
        {
            if (fileName.StartsWith("held-", StringComparison.Ordinal))
            {
                factory.Entered.TrySetResult();
                await factory.Release.Task.WaitAsync(cancellationToken);
            }

            return await real.ReadAsync(content, fileName, cancellationToken);
        }
    }
}
