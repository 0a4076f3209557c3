using static IRLearn.Web.Tests.Leaderboards.LeaderboardScenario;

namespace IRLearn.Web.Tests.Leaderboards;

/// <summary>
/// The class board one page at a time: the demo class of 10 read in pages of 1 or 3 stands in for a lecture hall read in
/// pages of 50. Every page must hold exactly its slice of the whole ranking, and a student keeps their own row off it.
/// </summary>
public sealed class ClassroomLeaderboardPagingTests(IRLearnWebFactory factory) : IClassFixture<IRLearnWebFactory>
{
    private const string Aigerim = "Aigerim Nurlanova";
    private const string Daniel = "Daniel Okafor";

    [Fact]
    public async Task ABoardBiggerThanAPage_IsPagedInTheOrderOfTheWholeBoard_WithItsTotals()
    {
        var services = factory.Services;
        var classroomId = await ClassroomIdAsync(services, Ir101);
        var assignmentId = await AssignQuizAsync(services, classroomId, "Paged board");
        var students = await ActiveStudentIdsAsync(services, classroomId);
        // Points 100, 50, 50 and 0 for four students: ties broken by the rules, and a taker of 0 above those who took nothing.
        int[] correct = [2, 1, 1, 0];
        for (var i = 0; i < correct.Length; i++)
        {
            await TakeAsync(services, assignmentId, students[i], correct[i]);
        }

        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        var url = $"/api/v1/leaderboards/classrooms/{classroomId}";
        var whole = await BoardJson.GetAsync(api, url);
        var paged = new List<string>();
        for (var page = 1; page <= 4; page++)
        {
            var board = await BoardJson.GetAsync(api, $"{url}?page={page}&pageSize=3");
            Assert.Equal((page, 3, 4, 10), Paging(board));
            Assert.Equal(page == 4 ? 1 : 3, board.GetProperty("rows").GetArrayLength());
            paged.AddRange(board.GetProperty("rows").EnumerateArray().Select(r => r.GetRawText()));
        }

        var pastTheEnd = await BoardJson.GetAsync(api, $"{url}?page=99&pageSize=3");

        // A class smaller than the default page is one page, as before paging.
        Assert.Equal((1, 50, 1, 10), Paging(whole));
        Assert.Equal(Enumerable.Range(1, 10), whole.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("rank").GetInt32()));
        Assert.Equal([100m, 50m, 50m, 0m], BoardJson.StudentRows(whole).Take(4).Select(r => r.Points));
        Assert.Equal(whole.GetProperty("rows").EnumerateArray().Select(r => r.GetRawText()), paged);
        Assert.Equal((4, 3, 4, 10), Paging(pastTheEnd));
        Assert.Equal(paged[^1], Assert.Single(pastTheEnd.GetProperty("rows").EnumerateArray()).GetRawText());
        Assert.Equal(JsonValueKind.Null, whole.GetProperty("you").ValueKind);
    }

    [Fact]
    public async Task AStudentOffThePage_StillSeesTheirOwnRow_UnderTheirLabelNotTheirName()
    {
        var classroomId = await ClassroomIdAsync(factory.Services, Ir101);
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Student);
        var url = $"/api/v1/leaderboards/classrooms/{classroomId}";
        var whole = await BoardJson.GetAsync(api, $"{url}?pageSize=200");
        var mine = Assert.Single(whole.GetProperty("rows").EnumerateArray(), r => r.GetProperty("isYou").GetBoolean());
        var rank = mine.GetProperty("rank").GetInt32();
        var elsewhere = rank == 1 ? 2 : 1;
        var pages = new List<JsonElement>();
        for (var page = 1; page <= 10; page++)
        {
            pages.Add(await BoardJson.GetAsync(api, $"{url}?page={page}&pageSize=1"));
        }

        var offPage = pages[elsewhere - 1];
        Assert.DoesNotContain(offPage.GetProperty("rows").EnumerateArray(), r => r.GetProperty("isYou").GetBoolean());
        Assert.Equal(mine.GetRawText(), offPage.GetProperty("you").GetRawText());
        Assert.Equal(rank, offPage.GetProperty("yourPage").GetInt32());
        Assert.Equal(10, offPage.GetProperty("totalStudents").GetInt32());
        Assert.All(pages, p => Assert.Equal(mine.GetRawText(), p.GetProperty("you").GetRawText()));
        Assert.All(pages, p => Assert.DoesNotContain(Aigerim, p.GetRawText(), StringComparison.Ordinal));
        Assert.All(pages, p => Assert.DoesNotContain(Daniel, p.GetRawText(), StringComparison.Ordinal));

        using var browser = BrowserSession.Create(factory);
        await browser.LogInAsync(DemoAccounts.Student);
        var board = $"/Leaderboards/Classroom/{classroomId}";
        var html = await browser.Client.GetStringAsync($"{board}?size=1&p={elsewhere}");
        var onePage = await browser.Client.GetStringAsync(board);
        // The link to the first page leaves out p=1, as the gradebook's pager does.
        var yourPage = rank == 1 ? $"{board}?size=1" : $"{board}?size=1&amp;p={rank}";

        Assert.Contains("data-testid=\"your-row\"", html, StringComparison.Ordinal);
        Assert.Contains($"You are {rank}", html, StringComparison.Ordinal);
        Assert.Contains(" of 10</strong>", html, StringComparison.Ordinal);
        Assert.Contains($"data-testid=\"your-page\" href=\"{yourPage}\"", html, StringComparison.Ordinal);
        Assert.Contains("<nav aria-label=\"Leaderboard pages\">", html, StringComparison.Ordinal);
        Assert.Contains($"aria-current=\"page\" aria-label=\"Page {elsewhere}\"", html, StringComparison.Ordinal);
        Assert.Contains($"aria-label=\"Page {rank}, your place\" href=\"{yourPage}\">{rank}</a>", html, StringComparison.Ordinal);
        Assert.Contains($"Ranks {elsewhere}–{elsewhere} of 10", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Aigerim, html, StringComparison.Ordinal);
        // Ten students fit the default page: no pager, no separate row, as before paging.
        Assert.DoesNotContain("Leaderboard pages", onePage, StringComparison.Ordinal);
        Assert.DoesNotContain("your-row", onePage, StringComparison.Ordinal);
        Assert.Contains("(you)", onePage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("page=0", "Page")]
    [InlineData("page=-2", "Page")]
    [InlineData("pageSize=0", "PageSize")]
    [InlineData("pageSize=201", "PageSize")]
    [InlineData("page=1&pageSize=1000000", "PageSize")]
    public async Task APageOrPageSizeOutOfRange_Gets400_NamingTheField(string parameters, string field)
    {
        var classroomId = await ClassroomIdAsync(factory.Services, Ir101);
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);

        var response = await api.GetAsync($"/api/v1/leaderboards/classrooms/{classroomId}?{parameters}");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), problem.RootElement.GetRawText());
    }

    [Fact]
    public async Task APageThatIsNotANumber_Gets400()
    {
        var classroomId = await ClassroomIdAsync(factory.Services, Ir101);
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);

        var response = await api.GetAsync($"/api/v1/leaderboards/classrooms/{classroomId}?page=second");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static (int Page, int PageSize, int PageCount, int TotalStudents) Paging(JsonElement board) =>
        (board.GetProperty("page").GetInt32(), board.GetProperty("pageSize").GetInt32(), board.GetProperty("pageCount").GetInt32(), board.GetProperty("totalStudents").GetInt32());
}
