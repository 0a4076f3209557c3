namespace IRLearn.Web.Tests.Teach;

/// <summary>
/// The quiz builder without JavaScript: the approved questions are filtered by a GET form (lesson, type, words),
/// "add all shown" adds exactly what the filter showed and returns to the same filter, and a draft lesson in the
/// quiz is published from the builder in one click by its owner only.
/// </summary>
public sealed partial class QuizBuilderTests(LearnWebFactory factory) : IClassFixture<LearnWebFactory>
{
    [Fact]
    public async Task Filters_NarrowTheList_AndAddAllShown_AddsExactlyThose_AndKeepsTheFilter()
    {
        // The seeded lesson has seven approved questions, one of each type; a new quiz holds none of them.
        var seeded = await LearnSeed.QuizAsync(factory, LearnSeed.Settings());
        using var session = await TeachData.SignedInAsync(factory, DemoAccounts.Instructor);
        var created = await session.PostFormAsync("/Teach/Quizzes/Index", new Dictionary<string, string> { ["Input.Title"] = "Filtered quiz" });
        var builder = created.Headers.Location!.OriginalString;
        var quizId = Guid.Parse(builder.Split('/')[^1]);
        var lesson = $"lesson={seeded.LessonId}";

        var wholeLesson = Offered(await session.Client.GetStringAsync($"{builder}?{lesson}"));
        var numericPage = await session.Client.GetStringAsync($"{builder}?{lesson}&type=Numeric");
        var numeric = Offered(numericPage);
        var byWords = Offered(await session.Client.GetStringAsync($"{builder}?{lesson}&q=CAPITAL"));
        var none = await session.Client.GetStringAsync($"{builder}?{lesson}&q=no+such+words+anywhere");
        var badType = await session.Client.GetAsync($"{builder}?{lesson}&type=%3Cscript%3E");

        Assert.Equal(seeded.QuestionIds.Order(), wholeLesson.Order());
        Assert.Single(numeric);
        Assert.Matches("<option (?=[^>]*value=\"Numeric\")(?=[^>]*selected)", numericPage);
        Assert.NotEmpty(byWords);
        Assert.True(byWords.Count < wholeLesson.Count, "The words filter let every question through.");
        Assert.Contains("data-testid=\"no-match\"", none, StringComparison.Ordinal);
        Assert.Empty(Offered(none));
        Assert.Equal(HttpStatusCode.OK, badType.StatusCode);
        Assert.DoesNotContain("<script>", await badType.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        // "Add all shown" posts every shown id (nothing ticked) and comes back to the same filter.
        var added = await TeachData.PostFormAsync(session, $"{builder}?handler=AddQuestions&{lesson}&type=Numeric", [new("shown", numeric[0].ToString()), new("all", "true"), new("points", "3")], builder);

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var back = added.Headers.Location!.OriginalString;
        Assert.Contains($"lesson={seeded.LessonId}", back, StringComparison.Ordinal);
        Assert.Contains("type=Numeric", back, StringComparison.Ordinal);
        var items = await LearnSeed.ReadAsync(factory, async db => (await db.Quizzes.AsNoTracking().SingleAsync(q => q.Id == quizId)).Items.Select(i => (i.QuestionId, i.Points)).ToList());
        Assert.Equal([(numeric[0], 3m)], items);
        var after = await session.Client.GetStringAsync(back);
        Assert.Empty(Offered(after));
        Assert.Contains("3 points", after.Split("data-testid=\"total-points\"")[1].Split("</span>")[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task DraftLessonInTheQuiz_IsPublishedFromTheBuilder_ByItsOwnerOnly()
    {
        var seeded = await LearnSeed.QuizAsync(factory, LearnSeed.Settings());
        await LearnSeed.ChangeAsync(factory, async (db, now) => (await db.Lessons.FindAsync([seeded.LessonId], TestContext.Current.CancellationToken))!.Unpublish(now));
        var builder = $"/Teach/Quizzes/Edit/{seeded.QuizId}";
        using var other = await TeachData.SignedInAsync(factory, DemoAccounts.OtherInstructor);
        using var owner = await TeachData.SignedInAsync(factory, DemoAccounts.Instructor);

        var stranger = await TeachData.PostFormAsync(other, $"{builder}?handler=PublishLesson", [new("lessonId", seeded.LessonId.ToString())], "/Teach/Quizzes");
        var stillDraft = await StatusAsync(seeded.LessonId);
        var warned = await owner.Client.GetStringAsync(builder, TestContext.Current.CancellationToken);
        var published = await TeachData.PostFormAsync(owner, $"{builder}?handler=PublishLesson", [new("lessonId", seeded.LessonId.ToString())], builder);

        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        Assert.Equal(LessonStatus.Draft, stillDraft);
        Assert.Contains("data-testid=\"publish-lesson\"", warned, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(LessonStatus.Published, await StatusAsync(seeded.LessonId));
        var after = await owner.Client.GetStringAsync(builder, TestContext.Current.CancellationToken);
        Assert.DoesNotContain("data-testid=\"draft-lessons\"", after, StringComparison.Ordinal);
        Assert.Contains("The lesson is published", after, StringComparison.Ordinal);
    }

    private Task<LessonStatus> StatusAsync(Guid lessonId) =>
        LearnSeed.ReadAsync(factory, async db => (await db.Lessons.AsNoTracking().SingleAsync(l => l.Id == lessonId)).Status);

    private static List<Guid> Offered(string html) =>
        [.. OfferedPattern().Matches(html).Select(m => Guid.Parse(m.Groups[1].Value))];

    [GeneratedRegex("name=\"questionIds\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex OfferedPattern();
}
