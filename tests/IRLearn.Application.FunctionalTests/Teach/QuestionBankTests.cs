using IRLearn.Interop;

namespace IRLearn.Application.FunctionalTests.Teach;

/// <summary>The question bank: review, edits that make new versions, and files out and back in, each on the owner's own lesson only.</summary>
public sealed class QuestionBankTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task AnEdit_MakesANewVersion_AndAnInvalidEditChangesNothing()
    {
        var lesson = await Scenario.LessonAsync(app);
        var id = lesson.QuestionIds[5];
        var original = await app.SendAsync(new GetQuestionQuery(id));
        Assert.Equal((1, QuestionType.ShortAnswer, ReviewStatus.Approved), (original.Version, original.Type, original.Status));

        var version = await app.SendAsync(new EditQuestionCommand(id, Scenario.EveryType[5] with { Stem = "In which city is the secretariat?" }));

        Assert.Equal(2, version);
        var edited = await app.SendAsync(new GetQuestionQuery(id));
        Assert.Equal((2, "In which city is the secretariat?"), (edited.Version, edited.Stem));
        Assert.Equal([Scenario.ShortAnswerKey], edited.AcceptedAnswers);

        await Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new EditQuestionCommand(id, Scenario.EveryType[5] with { Stem = " " })));
        await Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new AddQuestionCommand(lesson.LessonId, Scenario.EveryType[0] with { Stem = string.Empty })));
        Assert.Equal((2, "In which city is the secretariat?"), ((await app.SendAsync(new GetQuestionQuery(id))).Version, (await app.SendAsync(new GetQuestionQuery(id))).Stem));
    }

    [Fact]
    public async Task ReviewDecisions_MoveQuestionsBetweenStatuses_AllOrNothing()
    {
        var lesson = await Scenario.LessonAsync(app);
        var proposed = (await app.SendAsync(new GetQuestionBankQuery(lesson.LessonId, Status: ReviewStatus.Proposed))).Questions.Select(q => q.Id).Take(2).ToList();
        Assert.NotEmpty(proposed);

        Assert.Equal(proposed.Count, await app.SendAsync(new ReviewQuestionsCommand(proposed, ReviewDecision.Reject)));
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new ReviewQuestionsCommand([lesson.QuestionIds[0], Guid.NewGuid()], ReviewDecision.Retire)));

        var bank = await app.SendAsync(new GetQuestionBankQuery(lesson.LessonId));
        Assert.All(bank.Questions.Where(q => proposed.Contains(q.Id)), q => Assert.Equal(ReviewStatus.Rejected, q.Status));
        Assert.Equal(ReviewStatus.Approved, bank.Questions.Single(q => q.Id == lesson.QuestionIds[0]).Status);
    }

    [Fact]
    public async Task AnExportedGiftFile_ImportsBackIntoTheLesson()
    {
        var lesson = await Scenario.LessonAsync(app);
        var before = (await app.SendAsync(new GetQuestionBankQuery(lesson.LessonId))).TotalCount;

        var exported = await app.SendAsync(new ExportQuestionsQuery(InteropFormat.Gift, LessonId: lesson.LessonId));
        Assert.Equal(Scenario.EveryType.Count, exported.QuestionCount);
        Assert.EndsWith(".gift.txt", exported.FileName, StringComparison.Ordinal);

        var report = await app.SendAsync(new ImportQuestionsCommand(lesson.LessonId, [new ImportFile("bank.gift", exported.Content)]));

        Assert.Equal(Scenario.EveryType.Count, report.Imported);
        var bank = await app.SendAsync(new GetQuestionBankQuery(lesson.LessonId));
        Assert.Equal(before + report.Imported, bank.TotalCount);
        Assert.Equal(2, bank.Questions.Count(q => q.Stem == Scenario.EveryType[5].Stem));
        await Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new ImportQuestionsCommand(lesson.LessonId, [new ImportFile("empty.gift", [])])));
        Assert.Equal(bank.TotalCount, (await app.SendAsync(new GetQuestionBankQuery(lesson.LessonId))).TotalCount);
    }

    [Fact]
    public async Task AnotherInstructorsBank_IsNotFound_AndNothingOfItChanges()
    {
        var lesson = await Scenario.LessonAsync(app);
        var exported = await app.SendAsync(new ExportQuestionsQuery(InteropFormat.Gift, LessonId: lesson.LessonId));
        var id = lesson.QuestionIds[0];

        await app.RunAsAsync(DemoAccounts.OtherInstructor);
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new GetQuestionBankQuery(lesson.LessonId)));
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new GetQuestionQuery(id)));
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new EditQuestionCommand(id, Scenario.EveryType[0] with { Stem = "Hijacked" })));
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new ReviewQuestionsCommand([id], ReviewDecision.Retire)));
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new AddQuestionCommand(lesson.LessonId, Scenario.EveryType[0])));
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new ImportQuestionsCommand(lesson.LessonId, [new ImportFile("bank.gift", exported.Content)])));
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new ExportQuestionsQuery(InteropFormat.Gift, LessonId: lesson.LessonId)));

        await app.RunAsAsync(DemoAccounts.Instructor);
        var bank = await app.SendAsync(new GetQuestionBankQuery(lesson.LessonId));
        var question = bank.Questions.Single(q => q.Id == id);
        Assert.Equal((1, ReviewStatus.Approved, Scenario.EveryType[0].Stem), (question.Version, question.Status, question.Stem));
        Assert.Equal(Scenario.EveryType.Count, bank.Questions.Count(q => q.Status == ReviewStatus.Approved));
    }
}
