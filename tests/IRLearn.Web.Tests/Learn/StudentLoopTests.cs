namespace IRLearn.Web.Tests.Learn;

/// <summary>The student's loop without JavaScript: continue where they left off, read the lesson, and learn from what they missed.</summary>
public sealed class StudentLoopTests(LearnWebFactory factory) : IClassFixture<LearnWebFactory>
{
    [Fact]
    public async Task Dashboard_OffersToContinueAnAttemptInProgress_WithTheTimeLeft()
    {
        var quiz = await LearnSeed.QuizAsync(factory, LearnSeed.Settings(timeLimit: TimeSpan.FromMinutes(20)));
        using var session = await LearnSession.StudentAsync(factory, "lukas.becker@students.irlearn.test");
        var before = await session.Client.GetStringAsync("/Learn", TestContext.Current.CancellationToken);
        var path = await session.StartAsync(quiz.AssignmentId);

        var started = await session.Client.GetStringAsync("/Learn", TestContext.Current.CancellationToken);
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var later = await session.Client.GetStringAsync("/Learn", TestContext.Current.CancellationToken);

        Assert.DoesNotContain("data-testid=\"continue-attempt\"", before, StringComparison.Ordinal);
        var link = ContinueLink(started);
        Assert.Contains($"href=\"{path}\"", link, StringComparison.Ordinal);
        // The time left is whole minutes of a 20-minute limit (19 once the first fraction of a minute has gone), five fewer five minutes later.
        var minutes = MinutesLeft(link);
        Assert.InRange(minutes, 19, 20);
        Assert.Equal(minutes - 5, MinutesLeft(ContinueLink(later)));
    }

    private static int MinutesLeft(string link) =>
        int.Parse(System.Text.RegularExpressions.Regex.Match(link, "(\\d+) min left").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static string ContinueLink(string html)
    {
        var link = System.Text.RegularExpressions.Regex.Match(html, "<a [^>]*data-testid=\"continue-attempt\"[^>]*>[^<]*");
        Assert.True(link.Success, "No continue link on the dashboard: " + html.Split("data-testid=\"dashboard-assignments\"")[^1].Split("</li>")[0]);
        return link.Value;
    }

    [Fact]
    public async Task AssignmentPage_LinksTheQuizLesson()
    {
        var quiz = await LearnSeed.QuizAsync(factory, LearnSeed.Settings());
        using var session = await LearnSession.StudentAsync(factory, "priya.raman@students.irlearn.test");

        var html = await session.Client.GetStringAsync($"/Learn/Assignments/{quiz.AssignmentId}", TestContext.Current.CancellationToken);

        Assert.Contains($"href=\"/Learn/Lessons/{quiz.LessonId}\"", html.Split("data-testid=\"assignment-lessons\"")[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feedback_PutsMissedQuestionsFirst_MarksTheStudentsAnswerBesideTheKey_AndLinksTheLesson_OnlyAfterSubmission()
    {
        var quiz = await LearnSeed.QuizAsync(factory, LearnSeed.Settings(FeedbackPolicy.AfterSubmission, shuffle: false));
        using var session = await LearnSession.StudentAsync(factory, "amara.diallo@students.irlearn.test");
        var path = await session.StartAsync(quiz.AssignmentId);
        var answers = SeedAnswers.AllRight();
        answers[SeedAnswers.Mc] = new(Options: ["1989"]);
        var open = await session.OpenAsync(path);
        var save = await session.PostFormAsync($"{path}?handler=Save", open.FormFor(answers), tokenFrom: path);
        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        var beforeSubmit = await session.Client.GetStringAsync(path, TestContext.Current.CancellationToken);

        var submit = await session.PostFormAsync($"{path}?handler=Submit", open.FormFor(answers), tokenFrom: path);
        Assert.Equal(HttpStatusCode.Redirect, submit.StatusCode);
        var html = await session.Client.GetStringAsync(path, TestContext.Current.CancellationToken);

        // Before submission nothing says which option is right.
        Assert.DoesNotContain("data-testid=\"key-answer\"", beforeSubmit, StringComparison.Ordinal);
        Assert.DoesNotContain("Correct answer", beforeSubmit, StringComparison.Ordinal);

        var missed = html.Split("data-testid=\"missed-heading\"")[1].Split("The rest of your answers")[0];
        Assert.Contains("What you missed (1)", html, StringComparison.Ordinal);
        var question = Assert.Single(AttemptPage.Parse(missed).Questions);
        Assert.StartsWith(SeedAnswers.Mc, question.Stem, StringComparison.Ordinal);
        Assert.Matches(">1989</label>\\s*<span[^>]*data-testid=\"your-answer\">Your answer</span>", missed);
        Assert.Matches(">1992</label>\\s*<span[^>]*data-testid=\"key-answer\">Correct answer</span>", missed);
        Assert.Contains($"href=\"/Learn/Lessons/{quiz.LessonId}\" data-testid=\"lesson-link\"", missed, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"lesson-link\"", html.Split("The rest of your answers")[1], StringComparison.Ordinal);
    }
}
