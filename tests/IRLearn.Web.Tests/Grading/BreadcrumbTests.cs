namespace IRLearn.Web.Tests.Grading;

/// <summary>Every page below a section's start says where it is and leads back up, for students as for instructors.</summary>
public sealed partial class BreadcrumbTests(IRLearnWebFactory factory) : IClassFixture<IRLearnWebFactory>
{
    [Fact]
    public async Task StudentAndLeaderboardPages_HaveBreadcrumbsLeadingBackToTheirSection()
    {
        var scenario = await GradingScenario.CreateAsync(factory, [new(DemoAccounts.Student, Correct: true)]);
        using var student = BrowserSession.Create(factory);
        await student.LogInAsync(DemoAccounts.Student);

        var pages = new Dictionary<string, string[]>
        {
            ["/Learn/Progress"] = ["/Learn"],
            ["/Learn/Review"] = ["/Learn"],
            [$"/Leaderboards/Classroom/{scenario.ClassroomId}"] = ["/Leaderboards"],
            [$"/Leaderboards/Quiz/{scenario.AssignmentId}"] = ["/Leaderboards", $"/Leaderboards/Classroom/{scenario.ClassroomId}"],
            ["/Leaderboards/Leagues"] = ["/Leaderboards"],
        };
        foreach (var (page, trail) in pages)
        {
            var html = await student.Client.GetStringAsync(page, TestContext.Current.CancellationToken);

            Assert.Equal(trail, LinksIn(Breadcrumb(html, page)));
        }
    }

    [Fact]
    public async Task RegradePage_LeadsBackToTheQuestionItRegrades()
    {
        var scenario = await GradingScenario.CreateAsync(factory, [new(DemoAccounts.Student, Correct: true)]);
        using var instructor = BrowserSession.Create(factory);
        await instructor.LogInAsync(DemoAccounts.Instructor);
        var questionId = scenario.Questions[QuestionType.MultipleChoice].Id;

        var html = await instructor.Client.GetStringAsync($"/Teach/Grading/Regrade/{questionId}", TestContext.Current.CancellationToken);

        Assert.Equal(["/Teach", $"/Teach/Questions/Edit/{questionId}"], LinksIn(Breadcrumb(html, "regrade")));
    }

    private static string Breadcrumb(string html, string page)
    {
        var match = BreadcrumbNav().Match(html);
        Assert.True(match.Success, $"{page} has no breadcrumb");
        Assert.Contains("aria-current=\"page\"", match.Value, StringComparison.Ordinal);
        return match.Value;
    }

    private static string[] LinksIn(string nav) => [.. Href().Matches(nav).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("<nav aria-label=\"breadcrumb\">.*?</nav>", RegexOptions.Singleline)]
    private static partial Regex BreadcrumbNav();

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();
}
