namespace IRLearn.Web.Tests.Grading;

public sealed class ItemAnalysisTests(IRLearnWebFactory factory) : IClassFixture<IRLearnWebFactory>
{
    [Fact]
    public async Task ItemAnalysis_ComputesFacilityDiscriminationAndDistractorCounts()
    {
        // Two strong and two weak students: every objective item splits them cleanly, and the short
        // answer everyone got right is too easy to tell them apart.
        var scenario = await GradingScenario.CreateAsync(factory, [
            new(DemoAccounts.Student, Correct: true),
            new("daniel.okafor@students.irlearn.test", Correct: true),
            new("sofia.martinez@students.irlearn.test", Correct: false),
            new("chen.wei@students.irlearn.test", Correct: false),
        ]);
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);

        var analysis = await GradingJson.ReadAsync(await api.GetAsync($"/api/v1/grading/assignments/{scenario.AssignmentId}/item-analysis"));

        Assert.Equal(4, analysis.GetProperty("examinees").GetInt32());
        var items = analysis.GetProperty("items").EnumerateArray().ToList();
        var mc = items.Single(i => i.GetProperty("questionId").GetGuid() == scenario.Questions[QuestionType.MultipleChoice].Id);
        Assert.Equal(0.5m, mc.GetProperty("facility").GetDecimal());
        Assert.Equal(1m, mc.GetProperty("discrimination").GetDecimal());
        var choices = mc.GetProperty("choices").EnumerateArray().ToDictionary(c => c.GetProperty("text").GetString()!, c => c.GetProperty("count").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["1992"] = 2, ["1997"] = 2, ["2001"] = 0 }, choices);

        var shortAnswer = items.Single(i => i.GetProperty("questionId").GetGuid() == scenario.Questions[QuestionType.ShortAnswer].Id);
        Assert.Equal(1m, shortAnswer.GetProperty("facility").GetDecimal());
        Assert.Equal(0m, shortAnswer.GetProperty("discrimination").GetDecimal());

        // A typed number is marked as the key when the grader takes it, and the key itself is given.
        var numeric = items.Single(i => i.GetProperty("questionId").GetGuid() == scenario.Questions[QuestionType.Numeric].Id);
        Assert.Equal("1992", numeric.GetProperty("key").GetString());
        var typed = numeric.GetProperty("choices").EnumerateArray().ToDictionary(c => c.GetProperty("text").GetString()!, c => c.GetProperty("isCorrect").GetBoolean());
        Assert.Equal(new Dictionary<string, bool> { ["1992"] = true, ["1997"] = false }, typed);
        Assert.True(analysis.GetProperty("smallSample").GetBoolean());
    }

    [Fact]
    public async Task ItemAnalysis_CountsEachStudentOnce_WithTheirFirstGradedAttempt()
    {
        // Aigerim is wrong at first and right the second time; only the first attempt counts.
        var scenario = await GradingScenario.CreateAsync(factory, [
            new(DemoAccounts.Student, Correct: false),
            new(DemoAccounts.Student, Correct: true),
            new("daniel.okafor@students.irlearn.test", Correct: true),
        ]);
        using var api = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);

        var analysis = await GradingJson.ReadAsync(await api.GetAsync($"/api/v1/grading/assignments/{scenario.AssignmentId}/item-analysis"));

        Assert.Equal(2, analysis.GetProperty("examinees").GetInt32());
        var mc = analysis.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("questionId").GetGuid() == scenario.Questions[QuestionType.MultipleChoice].Id);
        Assert.Equal(2, mc.GetProperty("responses").GetInt32());
        Assert.Equal(0.5m, mc.GetProperty("facility").GetDecimal());
        var choices = mc.GetProperty("choices").EnumerateArray().ToDictionary(c => c.GetProperty("text").GetString()!, c => c.GetProperty("count").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["1992"] = 1, ["1997"] = 1, ["2001"] = 0 }, choices);
    }

    [Fact]
    public async Task ItemsPage_GivesAQuestionNobodyGotABarAndItsValue_AndCautionsAboutFewStudents()
    {
        var (_, html) = await ItemsPageAsync(studentCorrect: false, danielCorrect: false);

        Assert.Contains("data-testid=\"small-sample\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"facility-value\">0.00<", html, StringComparison.Ordinal);
        // Facility bars start at x=40; none may be zero wide (a distractor nobody chose may).
        Assert.DoesNotMatch("<rect x=\"40\"[^>]*width=\"0\"", html);
    }

    [Fact]
    public async Task ItemsPage_DrawsSvgCharts_AndLinksFlaggedQuestionsToTheirEditor()
    {
        var (scenario, html) = await ItemsPageAsync(studentCorrect: true, danielCorrect: false);

        Assert.Contains("<svg role=\"img\"", html, StringComparison.Ordinal);
        Assert.Contains("Too easy", html, StringComparison.Ordinal);
        Assert.Contains($"/Teach/Questions/Edit/{scenario.Questions[QuestionType.ShortAnswer].Id}", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    /// <summary>The item-analysis page, as the instructor sees it, of an assignment the demo student and Daniel took.</summary>
    private async Task<(GradingScenario Scenario, string Html)> ItemsPageAsync(bool studentCorrect, bool danielCorrect)
    {
        var scenario = await GradingScenario.CreateAsync(factory, [
            new(DemoAccounts.Student, Correct: studentCorrect),
            new("daniel.okafor@students.irlearn.test", Correct: danielCorrect),
        ]);
        using var session = BrowserSession.Create(factory);
        await session.LogInAsync(DemoAccounts.Instructor);
        return (scenario, await session.Client.GetStringAsync($"/Teach/Grading/Items/{scenario.AssignmentId}"));
    }
}
