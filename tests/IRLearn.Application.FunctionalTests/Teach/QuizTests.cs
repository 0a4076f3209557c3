namespace IRLearn.Application.FunctionalTests.Teach;

/// <summary>The quiz builder: fixed questions and draw rules, settings, publishing, and the preview of what a student would get.</summary>
public sealed class QuizTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task AQuizIsBuiltFromQuestionsAndADrawRule_PreviewedAndPublished()
    {
        var lesson = await Scenario.LessonAsync(app);
        var quizId = await app.SendAsync(new CreateQuizCommand("Builder check", null));
        await Assert.ThrowsAsync<DomainException>(() => app.SendAsync(new SetQuizPublishedCommand(quizId, Published: true)));

        Assert.Equal(2, await app.SendAsync(new AddQuizQuestionsCommand(quizId, lesson.QuestionIds.Take(2).ToList(), 2m)));
        Assert.Equal(1, await app.SendAsync(new AddQuizQuestionsCommand(quizId, lesson.QuestionIds.Take(3).ToList(), 2m)));
        var ruleId = await app.SendAsync(new AddDrawRuleCommand(quizId, lesson.LessonId, null, null, 2));
        await app.SendAsync(new RemoveQuizQuestionCommand(quizId, lesson.QuestionIds[0]));

        var quiz = await app.SendAsync(new GetQuizQuery(quizId));
        Assert.Equal(lesson.QuestionIds.Skip(1).Take(2), quiz.Items.Select(i => i.QuestionId));
        var rule = Assert.Single(quiz.DrawRules);
        Assert.Equal((ruleId, 2), (rule.Id, rule.Count));
        Assert.Contains(quiz.Lessons, l => l.Id == lesson.LessonId && l.InQuiz);

        var preview = await app.SendAsync(new PreviewQuizQuery(quizId));
        Assert.Equal(4, preview.Questions.Count);
        Assert.Equal(Enumerable.Range(1, 4), preview.Questions.Select(q => q.Number));

        await app.SendAsync(new RemoveDrawRuleCommand(quizId, ruleId));
        await Assert.ThrowsAsync<DomainException>(() => app.SendAsync(new RemoveDrawRuleCommand(quizId, ruleId)));
        await app.SendAsync(new SetQuizPublishedCommand(quizId, Published: true));
        var summary = Assert.Single(await app.SendAsync(new ListQuizzesQuery()), q => q.Id == quizId);
        Assert.Equal((QuizStatus.Published, 2, 0, 4m), (summary.Status, summary.QuestionCount, summary.DrawRuleCount, summary.TotalPoints));

        await app.SendAsync(new SetQuizPublishedCommand(quizId, Published: false));
        Assert.Equal(QuizStatus.Draft, (await app.SendAsync(new GetQuizQuery(quizId))).Status);
    }

    [Fact]
    public async Task SettingsAreSaved_AndInvalidSettingsChangeNothing()
    {
        await app.RunAsAsync(DemoAccounts.Instructor);
        var quizId = await app.SendAsync(new CreateQuizCommand("Settings check", "Before"));

        await app.SendAsync(new UpdateQuizSettingsCommand(quizId, "Settings checked", "After", 20, 2, false, true, null, null, FeedbackPolicy.Immediately, 70m, GradingMethod.Latest));

        var saved = await app.SendAsync(new GetQuizQuery(quizId));
        Assert.Equal(("Settings checked", "After"), (saved.Title, saved.Description));
        Assert.Equal(TimeSpan.FromMinutes(20), saved.Settings.TimeLimit);
        Assert.Equal((2, FeedbackPolicy.Immediately, 70m, GradingMethod.Latest), (saved.Settings.AttemptsAllowed, saved.Settings.FeedbackPolicy, saved.Settings.PassingScorePercent, saved.Settings.GradingMethod));

        var refused = await Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(
            new UpdateQuizSettingsCommand(quizId, "Broken", null, 0, 0, false, false, null, null, FeedbackPolicy.Immediately, 150m, GradingMethod.Latest)));
        Assert.Contains(refused.Errors, e => e.PropertyName == nameof(UpdateQuizSettingsCommand.PassingScorePercent));
        Assert.Equal("Settings checked", (await app.SendAsync(new GetQuizQuery(quizId))).Title);
    }

    [Fact]
    public async Task AnotherInstructorsQuiz_IsNotFound_ForEveryBuilderUseCase_AndTheirQuestionsCannotBeAdded()
    {
        var lesson = await Scenario.LessonAsync(app);
        var quizId = await app.SendAsync(new CreateQuizCommand("Private quiz", null));

        await app.RunAsAsync(DemoAccounts.OtherInstructor);
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new GetQuizQuery(quizId)));
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new PreviewQuizQuery(quizId)));
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new AddQuizQuestionsCommand(quizId, [lesson.QuestionIds[0]])));
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new AddDrawRuleCommand(quizId, null, null, Difficulty.Easy, 1)));
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new SetQuizPublishedCommand(quizId, Published: true)));
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new SetQuizPublishedCommand(quizId, Published: false)));
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new RemoveQuizQuestionCommand(quizId, lesson.QuestionIds[0])));
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new RemoveDrawRuleCommand(quizId, Guid.NewGuid())));
        Assert.DoesNotContain(await app.SendAsync(new ListQuizzesQuery()), q => q.Id == quizId);
        var own = await app.SendAsync(new CreateQuizCommand("Borrowing quiz", null));
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new AddQuizQuestionsCommand(own, [lesson.QuestionIds[0]])));
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new AddDrawRuleCommand(own, lesson.LessonId, null, null, 1)));

        await app.RunAsAsync(DemoAccounts.Instructor);
        var untouched = await app.SendAsync(new GetQuizQuery(quizId));
        Assert.Equal((QuizStatus.Draft, 0, 0), (untouched.Status, untouched.Items.Count, untouched.DrawRules.Count));
        Assert.Empty((await app.SendAsync(new GetQuizQuery(quizId))).Items);
    }
}
