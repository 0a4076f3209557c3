namespace IRLearn.Web.Tests.Grading;

/// <summary>Grading is found from where the instructor starts: the dashboard counts what waits, the classroom links every grading page.</summary>
public sealed class TeachNavigationTests(IRLearnWebFactory factory) : IClassFixture<IRLearnWebFactory>
{
    private const string Daniel = "daniel.okafor@students.irlearn.test";
    private const string Sofia = "sofia.martinez@students.irlearn.test";
    private const string Chen = "chen.wei@students.irlearn.test";

    [Fact]
    public async Task Dashboard_CountsAttemptsThatNeedGrading_AndLinksTheQueue_OnlyForTheirOwnClassrooms()
    {
        // Two answers nobody can grade automatically, one that needs nothing.
        var scenario = await GradingScenario.CreateAsync(factory, [
            new(Daniel, Correct: true, ShortAnswer: "Conference in Asia"),
            new(Sofia, Correct: true, ShortAnswer: "Asian security forum"),
            new(Chen, Correct: true),
        ]);
        using var owner = BrowserSession.Create(factory);
        await owner.LogInAsync(DemoAccounts.Instructor);
        using var other = BrowserSession.Create(factory);
        await other.LogInAsync(DemoAccounts.OtherInstructor);

        var mine = await owner.Client.GetStringAsync("/Teach", TestContext.Current.CancellationToken);
        var theirs = await other.Client.GetStringAsync("/Teach", TestContext.Current.CancellationToken);

        Assert.Contains("data-testid=\"needs-grading\"", mine, StringComparison.Ordinal);
        Assert.Contains("2 attempts need grading", mine, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Teach/Grading/Queue/{scenario.ClassroomId}\"", mine, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Teach/Grading/Gradebook/{scenario.ClassroomId}\"", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"needs-grading\"", theirs, StringComparison.Ordinal);
        Assert.DoesNotContain(scenario.ClassroomId.ToString(), theirs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Classroom_LinksGradebookQueueBoardsAndItemAnalysis_AndGradingPagesLeadBack()
    {
        var scenario = await GradingScenario.CreateAsync(factory, [new(Chen, Correct: true)]);
        using var session = BrowserSession.Create(factory);
        await session.LogInAsync(DemoAccounts.Instructor);

        var classroom = await session.Client.GetStringAsync($"/Teach/Classrooms/Details/{scenario.ClassroomId}", TestContext.Current.CancellationToken);
        var gradebook = await session.Client.GetStringAsync($"/Teach/Grading/Gradebook/{scenario.ClassroomId}", TestContext.Current.CancellationToken);
        var items = await session.Client.GetStringAsync($"/Teach/Grading/Items/{scenario.AssignmentId}", TestContext.Current.CancellationToken);

        foreach (var link in new[]
        {
            $"/Teach/Grading/Gradebook/{scenario.ClassroomId}",
            $"/Teach/Grading/Queue/{scenario.ClassroomId}",
            $"/Leaderboards/Classroom/{scenario.ClassroomId}",
            $"/Teach/Grading/Items/{scenario.AssignmentId}",
            $"/Leaderboards/Quiz/{scenario.AssignmentId}",
            $"/Teach/Quizzes/Edit/{scenario.QuizId}",
        })
        {
            Assert.Contains($"href=\"{link}\"", classroom, StringComparison.Ordinal);
        }

        // Breadcrumbs lead back up: gradebook → classroom → Teach; item analysis → gradebook.
        Assert.Contains($"href=\"/Teach/Classrooms/Details/{scenario.ClassroomId}\"", gradebook, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Teach/Classrooms/Details/{scenario.ClassroomId}\"", items, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Teach/Grading/Gradebook/{scenario.ClassroomId}\"", items, StringComparison.Ordinal);
    }
}
