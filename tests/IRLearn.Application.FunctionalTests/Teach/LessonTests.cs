namespace IRLearn.Application.FunctionalTests.Teach;

/// <summary>Lessons: the owner edits and publishes them; a student reads a published lesson of a quiz they were assigned, nothing else.</summary>
public sealed class LessonTests(TestApp app) : IClassFixture<TestApp>
{
    private const string OtherStudent = "daniel.okafor@students.irlearn.test";

    [Fact]
    public async Task TheOwnerEditsTheLesson_AnInvalidEditOrAnotherInstructorsEditChangesNothing()
    {
        var lesson = await Scenario.LessonAsync(app);
        var listed = Assert.Single(await app.SendAsync(new ListLessonsQuery()), l => l.Id == lesson.LessonId);
        Assert.Equal(lesson.ArticleId, listed.ArticleId);
        Assert.Equal(Scenario.EveryType.Count, listed.ApprovedCount);

        await app.SendAsync(new UpdateLessonCommand(
            lesson.LessonId,
            "The Baltic council",
            "Cooperation around one sea.",
            [new LessonSection("Founding", "Formed in 1992."), new LessonSection(" ", " ")],
            [new KeyTerm("Secretariat", "The council's permanent office")],
            ["Explain why the council was formed"],
            ["Baltic"]));

        var edited = await app.SendAsync(new GetLessonQuery(lesson.LessonId));
        Assert.Equal("The Baltic council", edited.Title);
        Assert.Equal("Cooperation around one sea.", edited.Summary);
        Assert.Equal("Founding", Assert.Single(edited.Sections).Heading);
        Assert.Equal("Secretariat", Assert.Single(edited.KeyTerms).Term);
        Assert.Equal(["Baltic"], edited.Tags);

        await Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(
            new UpdateLessonCommand(lesson.LessonId, string.Empty, null, [], [], [], [])));
        await app.RunAsAsync(DemoAccounts.OtherInstructor);
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(
            new UpdateLessonCommand(lesson.LessonId, "Taken over", null, [], [], [], [])));
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new GetLessonQuery(lesson.LessonId)));
        Assert.DoesNotContain(await app.SendAsync(new ListLessonsQuery()), l => l.Id == lesson.LessonId);

        await app.RunAsAsync(DemoAccounts.Instructor);
        var after = await app.SendAsync(new GetLessonQuery(lesson.LessonId));
        Assert.Equal((edited.Title, edited.UpdatedAt), (after.Title, after.UpdatedAt));
    }

    [Fact]
    public async Task AStudentReadsAPublishedLessonOfTheirQuiz_OnlyWhilePublished_AndOnlyIfAssigned()
    {
        var quiz = await Scenario.AssignedQuizAsync(app);
        var lessonId = quiz.Lesson.LessonId;
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new ReadLessonQuery(lessonId)));

        await app.RunAsAsync(DemoAccounts.OtherInstructor);
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new SetLessonPublishedCommand(lessonId, Published: true)));
        await app.RunAsAsync(DemoAccounts.Instructor);
        await app.SendAsync(new SetLessonPublishedCommand(lessonId, Published: true));
        Assert.Equal(LessonStatus.Published, (await app.SendAsync(new GetLessonQuery(lessonId))).Status);

        await app.RunAsAsync(DemoAccounts.Student);
        var read = await app.SendAsync(new ReadLessonQuery(lessonId));
        Assert.Equal(lessonId, read.Id);
        Assert.NotEmpty(read.Sections);
        await app.RunAsAsync(OtherStudent);
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new ReadLessonQuery(lessonId)));

        await app.RunAsAsync(DemoAccounts.Instructor);
        await app.SendAsync(new SetLessonPublishedCommand(lessonId, Published: false));
        Assert.Equal(LessonStatus.Draft, (await app.SendAsync(new GetLessonQuery(lessonId))).Status);
        await app.RunAsAsync(DemoAccounts.Student);
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new ReadLessonQuery(lessonId)));
    }
}
