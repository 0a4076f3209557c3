namespace IRLearn.Web.Tests.Grading;

public sealed class GradebookTests(IRLearnWebFactory factory) : IClassFixture<IRLearnWebFactory>
{
    private const string Daniel = "daniel.okafor@students.irlearn.test";
    private const string Sofia = "sofia.martinez@students.irlearn.test";
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    [Fact]
    public async Task Gradebook_ShowsEachStudentsStatusAndFinalGrade()
    {
        var scenario = await GradingScenario.CreateAsync(factory, [
            new(DemoAccounts.Student, Correct: true),
            new(Daniel, Correct: true, ShortAnswer: "the Asian confidence conference"),
        ]);
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);

        var book = await GradingJson.ReadAsync(await api.GetAsync($"/api/v1/grading/classrooms/{scenario.ClassroomId}/gradebook?pageSize=200"));

        var aigerim = GradingJson.Cell(book, scenario.UserIds[DemoAccounts.Student], scenario.AssignmentId);
        Assert.Equal("Graded", GradingJson.Status(aigerim));
        Assert.Equal(100m, GradingJson.Decimal(aigerim, "finalPercent"));
        var daniel = GradingJson.Cell(book, scenario.UserIds[Daniel], scenario.AssignmentId);
        Assert.Equal("NeedsGrading", GradingJson.Status(daniel));
        Assert.Null(GradingJson.Decimal(daniel, "finalPercent"));
        var sofiaRow = book.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("displayName").GetString()!.StartsWith("Sofia", StringComparison.Ordinal));
        var sofia = sofiaRow.GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("assignmentId").GetGuid() == scenario.AssignmentId);
        Assert.Equal("NotStarted", GradingJson.Status(sofia));
    }

    [Fact]
    public async Task Gradebook_SortsByAnAssignment_FiltersByName_AndPages()
    {
        var scenario = await GradingScenario.CreateAsync(factory, [
            new(DemoAccounts.Student, Correct: false),
            new(Sofia, Correct: true),
        ]);
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);

        var best = await GradingJson.ReadAsync(await api.GetAsync($"/api/v1/grading/classrooms/{scenario.ClassroomId}/gradebook?sort={scenario.AssignmentId}&descending=true&pageSize=2"));
        var rows = best.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(scenario.UserIds[Sofia], rows[0].GetProperty("studentId").GetString());
        Assert.Equal(scenario.UserIds[DemoAccounts.Student], rows[1].GetProperty("studentId").GetString());
        Assert.Equal(10, best.GetProperty("totalStudents").GetInt32());
        Assert.Equal(5, best.GetProperty("pageCount").GetInt32());

        var filtered = await GradingJson.ReadAsync(await api.GetAsync($"/api/v1/grading/classrooms/{scenario.ClassroomId}/gradebook?search=aigerim"));
        Assert.Equal(scenario.UserIds[DemoAccounts.Student], Assert.Single(filtered.GetProperty("rows").EnumerateArray()).GetProperty("studentId").GetString());
    }

    // In name order the gradebook reads attempts for the page's students only; each page must still hold exactly
    // the rows (cells and attempts included) that the whole book shows at its place.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Gradebook_InNameOrder_EachPageHoldsTheRowsOfTheWholeBook(bool descending)
    {
        var scenario = await GradingScenario.CreateAsync(factory, [
            new(DemoAccounts.Student, Correct: true),
            new(Daniel, Correct: false),
            new(Sofia, Correct: true, Submit: false),
        ]);
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);
        var url = $"/api/v1/grading/classrooms/{scenario.ClassroomId}/gradebook?descending={descending}";

        var whole = await GradingJson.ReadAsync(await api.GetAsync($"{url}&pageSize=200"));
        var paged = new List<string>();
        for (var page = 1; page <= 4; page++)
        {
            var book = await GradingJson.ReadAsync(await api.GetAsync($"{url}&pageSize=3&page={page}"));
            Assert.Equal(page, book.GetProperty("page").GetInt32());
            Assert.Equal(4, book.GetProperty("pageCount").GetInt32());
            paged.AddRange(book.GetProperty("rows").EnumerateArray().Select(r => r.GetRawText()));
        }

        Assert.Equal(10, paged.Count);
        Assert.Equal(whole.GetProperty("rows").EnumerateArray().Select(r => r.GetRawText()), paged);
        var withAttempts = whole.GetProperty("rows").EnumerateArray()
            .Where(r => GradingJson.Cell(whole, r.GetProperty("studentId").GetString()!, scenario.AssignmentId).GetProperty("attempts").GetArrayLength() > 0);
        Assert.Equal(3, withAttempts.Count());
    }

    [Fact]
    public async Task GradebookPage_RendersAnAccessibleSortablePagedTable()
    {
        var scenario = await GradingScenario.CreateAsync(factory, [new(DemoAccounts.Student, Correct: true)]);
        using var session = BrowserSession.Create(factory);
        await session.LogInAsync(DemoAccounts.Instructor);

        var html = await session.Client.GetStringAsync($"/Teach/Grading/Gradebook/{scenario.ClassroomId}?size=5&p=2");

        Assert.Contains("<caption>", html, StringComparison.Ordinal);
        Assert.Contains("scope=\"col\"", html, StringComparison.Ordinal);
        Assert.Contains("Page 2 of 2", html, StringComparison.Ordinal);
        Assert.Contains($"sort={scenario.AssignmentId}", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CsvExport_IsUtf8WithBom_QuotesFields_AndDefusesFormulas()
    {
        var scenario = await GradingScenario.CreateAsync(factory, [new("elena.petrova@students.irlearn.test", Correct: true)], "instructor2@irlearn.test", "IR 230");
        await GradingScenario.AddStudentAsync(factory, scenario.ClassroomId, "formula@students.irlearn.test", "=HYPERLINK(\"http://evil.example\",\"x\")");
        await GradingScenario.AddStudentAsync(factory, scenario.ClassroomId, "zoe@students.irlearn.test", "Zoë Ñúñez, Jr.");
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.OtherInstructor);

        var response = await api.GetAsync($"/api/v1/grading/classrooms/{scenario.ClassroomId}/gradebook.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Bom, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith("Student,CICA check (%),CICA check status", text, StringComparison.Ordinal);
        Assert.Contains("\r\n\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",", text, StringComparison.Ordinal);
        Assert.Contains("\r\n\"Zoë Ñúñez, Jr.\",", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r\n=", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CsvExport_FromThePage_DownloadsTheSameFile()
    {
        var scenario = await GradingScenario.CreateAsync(factory, [new(DemoAccounts.Student, Correct: true)]);
        using var session = BrowserSession.Create(factory);
        await session.LogInAsync(DemoAccounts.Instructor);

        var response = await session.Client.GetAsync($"/Teach/Grading/Gradebook/{scenario.ClassroomId}?handler=Csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accommodation_FromTheGradebook_IsSavedWithItsReason_AndRefusedWithoutOne()
    {
        var scenario = await GradingScenario.CreateAsync(factory, [new(DemoAccounts.Student, Correct: true)]);
        using var session = BrowserSession.Create(factory);
        await session.LogInAsync(DemoAccounts.Instructor);
        var studentId = scenario.UserIds[DemoAccounts.Student];
        var path = $"/Teach/Grading/Accommodation/{scenario.ClassroomId}/{scenario.AssignmentId}/{studentId}";

        var refused = await session.PostFormAsync(path, new Dictionary<string, string> { ["Input.ExtraMinutes"] = "30", ["Input.ExtraAttempts"] = "1", ["Input.Reason"] = "" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Give a reason", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await OverrideAsync(scenario, studentId));

        var saved = await session.PostFormAsync(path, new Dictionary<string, string> { ["Input.ExtraMinutes"] = "30", ["Input.ExtraAttempts"] = "1", ["Input.Reason"] = "Learning plan" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var accommodation = await OverrideAsync(scenario, studentId);
        Assert.NotNull(accommodation);
        Assert.Equal(TimeSpan.FromMinutes(30), accommodation.ExtraTime);
        Assert.Equal(1, accommodation.ExtraAttempts);
        Assert.Equal("Learning plan", accommodation.Reason);
    }

    private async Task<IRLearn.Domain.Classrooms.StudentOverride?> OverrideAsync(GradingScenario scenario, string studentId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IRLearn.Infrastructure.Persistence.ApplicationDbContext>();
        var classroom = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(db.Classrooms, c => c.Id == scenario.ClassroomId);
        return classroom.GetAssignment(scenario.AssignmentId).OverrideFor(studentId);
    }
}
