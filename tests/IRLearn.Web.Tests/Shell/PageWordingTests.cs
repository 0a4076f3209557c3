using IRLearn.Web.Pages;

namespace IRLearn.Web.Tests.Shell;

/// <summary>Pages write enum values (<see cref="IRLearn.Web.Infrastructure.DisplayNames"/>), percentages and time left the same way everywhere, and render no inline style the CSP would refuse.</summary>
public sealed class PageWordingTests(LearnWebFactory factory) : IClassFixture<LearnWebFactory>
{
    [Theory]
    [InlineData(70, "70%")]
    [InlineData(72.5, "72.5%")]
    [InlineData(0, "0%")]
    [InlineData(100, "100%")]
    public void Percent_HasNoSpaceBeforeTheSign(decimal value, string expected) => Assert.Equal(expected, Formats.Percent(value));

    [Fact]
    public void Percent_OfNothing_IsADash() => Assert.Equal("–", Formats.Percent(null));

    [Theory]
    [InlineData(0, 20, "20 min left")]
    [InlineData(0, 0.5, "less than a minute left")]
    [InlineData(3, 5, "3 h 5 min left")]
    [InlineData(2, 0, "2 h left")]
    [InlineData(72, 0, "3 days left")]
    public void TimeLeft_UsesTheLargestUnitThatMatters(int hours, double minutes, string expected) =>
        Assert.Equal(expected, Formats.TimeLeft(TimeSpan.FromHours(hours) + TimeSpan.FromMinutes(minutes)));

    [Fact]
    public async Task QuizBuilder_ShowsSettingsAndTypesInWords()
    {
        var seeded = await LearnSeed.QuizAsync(factory, LearnSeed.Settings());
        using var session = BrowserSession.Create(factory);
        await session.LogInAsync(DemoAccounts.Instructor);

        var html = await session.Client.GetStringAsync($"/Teach/Quizzes/Edit/{seeded.QuizId}", TestContext.Current.CancellationToken);

        Assert.Contains(">After the attempt is submitted</option>", html, StringComparison.Ordinal);
        Assert.Contains(">Highest attempt</option>", html, StringComparison.Ordinal);
        Assert.Contains("Fill in the blank", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">AfterSubmission<", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">MultipleChoice<", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">FillInBlank<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuizBuilder_WarnsAboutADraftLessonInTheQuiz_UntilItIsPublished()
    {
        var seeded = await LearnSeed.QuizAsync(factory, LearnSeed.Settings());
        using var session = BrowserSession.Create(factory);
        await session.LogInAsync(DemoAccounts.Instructor);
        var path = $"/Teach/Quizzes/Edit/{seeded.QuizId}";
        var published = await session.Client.GetStringAsync(path, TestContext.Current.CancellationToken);

        await LearnSeed.ChangeAsync(factory, async (db, now) => (await db.Lessons.FindAsync([seeded.LessonId], TestContext.Current.CancellationToken))!.Unpublish(now));
        var draft = await session.Client.GetStringAsync(path, TestContext.Current.CancellationToken);

        Assert.DoesNotContain("data-testid=\"draft-lessons\"", published, StringComparison.Ordinal);
        var warning = draft.Split("data-testid=\"draft-lessons\"")[1].Split("</div>")[0];
        Assert.Contains($"href=\"/Teach/Lessons/Edit/{seeded.LessonId}\"", warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DemoAccounts.Instructor, "/Teach")]
    [InlineData(DemoAccounts.Instructor, "/Teach/Import")]
    [InlineData(DemoAccounts.Instructor, "/Teach/Classrooms")]
    [InlineData(DemoAccounts.Admin, "/Admin/Users")]
    [InlineData(null, "/Account/Register")]
    public async Task Pages_WithoutErrors_RenderNoInlineStyle(string? email, string path)
    {
        using var session = BrowserSession.Create(factory);
        if (email is not null)
        {
            await session.LogInAsync(email);
        }

        var html = await session.Client.GetStringAsync(path, TestContext.Current.CancellationToken);

        Assert.DoesNotContain("style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("validation-summary-valid", html, StringComparison.Ordinal);
    }

}
