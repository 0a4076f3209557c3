namespace IRLearn.Application.FunctionalTests.Teach;

/// <summary>Imported articles: what the cleaner removed is listed and can be put back, by the article's owner only.</summary>
public sealed class ArticleTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task ARemovedBlock_IsPutBackAtTheEnd_ByTheOwner_AndNobodyElse()
    {
        await app.RunAsAsync(DemoAccounts.Instructor);
        var imported = await app.SendAsync(ImportArticleCommand.FromText(SeedArticles.Read("01-kazakhstan-foreign-policy.txt"), "Restore check"));
        var before = await app.SendAsync(new GetArticleQuery(imported.ArticleId));
        Assert.Equal(imported.LessonId, before.LessonId);
        Assert.Equal(imported.RemovedBlockCount, before.RemovedBlocks.Count);
        Assert.NotEmpty(before.RemovedBlocks);

        await app.RunAsAsync(DemoAccounts.OtherInstructor);
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new GetArticleQuery(imported.ArticleId)));
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new RestoreRemovedBlockCommand(imported.ArticleId, 0)));

        await app.RunAsAsync(DemoAccounts.Instructor);
        await Assert.ThrowsAsync<DomainException>(() => app.SendAsync(new RestoreRemovedBlockCommand(imported.ArticleId, before.RemovedBlocks.Count)));
        Assert.Equal(before.RemovedBlocks, (await app.SendAsync(new GetArticleQuery(imported.ArticleId))).RemovedBlocks);

        await app.SendAsync(new RestoreRemovedBlockCommand(imported.ArticleId, 0));

        var after = await app.SendAsync(new GetArticleQuery(imported.ArticleId));
        Assert.Equal(before.RemovedBlocks.Skip(1), after.RemovedBlocks);
        Assert.EndsWith(before.RemovedBlocks[0], after.CleanedText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATextTooShortForALesson_IsRefused_AndNothingIsImported()
    {
        await app.RunAsAsync(DemoAccounts.Instructor);
        var lessons = (await app.SendAsync(new ListLessonsQuery())).Count;

        var refused = await Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(ImportArticleCommand.FromText("Too short to teach anything.", null)));

        Assert.Contains(refused.Errors, e => e.PropertyName == nameof(ImportArticleCommand.Content));
        Assert.Equal(lessons, (await app.SendAsync(new ListLessonsQuery())).Count);
    }
}
