namespace IRLearn.Application.FunctionalTests.Learn;

/// <summary>Taking an attempt: answers saved as given, submitted and graded once, closed by the clock when time runs out; a student's own only.</summary>
public sealed class AttemptTests(TestApp app) : IClassFixture<TestApp>
{
    private const string OtherStudent = "sofia.martinez@students.irlearn.test";

    [Fact]
    public async Task SavedAnswers_AreKept_AndGradedOnSubmit_WhileBadSavesChangeNothing()
    {
        var quiz = await Scenario.AssignedQuizAsync(app);
        var started = await app.SendAsync(new StartAttemptCommand(quiz.AssignmentId));
        var again = await app.SendAsync(new StartAttemptCommand(quiz.AssignmentId));
        Assert.Equal((started.AttemptId, true), (again.AttemptId, again.Resumed));

        var saved = await app.SendAsync(new SaveAnswersCommand(started.AttemptId, [new AnswerInput(1, Options: [0]), new AnswerInput(6, Text: "Helsinki")]));
        Assert.Equal([1, 6], saved.Saved);
        await Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new SaveAnswersCommand(started.AttemptId, [])));
        await Assert.ThrowsAsync<DomainException>(() => app.SendAsync(new SaveAnswersCommand(started.AttemptId, [new AnswerInput(99, Text: "nowhere")])));
        await app.RunAsAsync(OtherStudent);
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new SaveAnswersCommand(started.AttemptId, [new AnswerInput(1, Options: [1])])));
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new GetAttemptQuery(started.AttemptId)));
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new SubmitAttemptCommand(started.AttemptId)));

        await app.RunAsAsync(DemoAccounts.Student);
        var open = await app.SendAsync(new GetAttemptQuery(started.AttemptId));
        Assert.Equal([0], open.Questions[0].Answer!.Options);
        Assert.Equal("Helsinki", open.Questions[5].Answer!.Text);
        Assert.All(open.Questions.Where(q => q.Number is not (1 or 6)), q => Assert.Null(q.Answer));

        var submitted = await app.SendAsync(new SubmitAttemptCommand(started.AttemptId, [new AnswerInput(5, Text: "1992")]));
        Assert.Equal(AttemptStatus.NeedsGrading, submitted.Status);
        Assert.True((await app.SendAsync(new SubmitAttemptCommand(started.AttemptId))).AlreadySubmitted);
        var closed = await app.SendAsync(new GetAttemptQuery(started.AttemptId));
        Assert.True(closed.Score!.AwaitingManualGrading);
        Assert.True(closed.Questions[0].Feedback!.IsCorrect);
        Assert.True(closed.Questions[4].Feedback!.IsCorrect);
        Assert.True(closed.Questions[5].Feedback!.AwaitingManualGrading);
    }

    [Fact]
    public async Task ChangedAnswers_ReplaceTheSavedOnes_UntilSubmission_WhileBadOrLateChangesChangeNothing()
    {
        var quiz = await Scenario.AssignedQuizAsync(app);
        var started = await app.SendAsync(new StartAttemptCommand(quiz.AssignmentId));
        await app.SendAsync(new SaveAnswersCommand(started.AttemptId, [new AnswerInput(1, Options: [1]), new AnswerInput(6, Text: "Oslo")]));

        // One unchanged, one changed twice in the same request: the last answer sent to a question is kept.
        var changed = await app.SendAsync(new SaveAnswersCommand(started.AttemptId, [new AnswerInput(6, Text: "Tallinn"), new AnswerInput(1, Options: [1]), new AnswerInput(6, Text: "Helsinki")]));
        Assert.Equal([1, 6], changed.Saved);
        var invalid = await Assert.ThrowsAsync<DomainException>(() => app.SendAsync(new SaveAnswersCommand(started.AttemptId, [new AnswerInput(6, Text: "Riga"), new AnswerInput(1, Options: [9])])));
        Assert.Equal("attempt.answer_invalid", invalid.Code);
        var open = await app.SendAsync(new GetAttemptQuery(started.AttemptId));
        Assert.Equal([1], open.Questions[0].Answer!.Options);
        Assert.Equal("Helsinki", open.Questions[5].Answer!.Text);

        await app.SendAsync(new SubmitAttemptCommand(started.AttemptId));
        // Resending what was saved is still acknowledged (there is nothing to write); a change is refused.
        Assert.Equal([6], (await app.SendAsync(new SaveAnswersCommand(started.AttemptId, [new AnswerInput(6, Text: "Helsinki")]))).Saved);
        var late = await Assert.ThrowsAsync<DomainException>(() => app.SendAsync(new SaveAnswersCommand(started.AttemptId, [new AnswerInput(6, Text: "Riga")])));
        Assert.Equal("attempt.already_submitted", late.Code);
        var closed = await app.SendAsync(new GetAttemptQuery(started.AttemptId));
        Assert.Equal([1], closed.Questions[0].Answer!.Options);
        Assert.Equal("Helsinki", closed.Questions[5].Answer!.Text);
    }

    [Fact]
    public async Task AnAttemptPastItsTimeLimit_IsClosedWithWhatWasSaved_ByTheStudentsNextLookOrByTheSweep()
    {
        var quiz = await Scenario.AssignedQuizAsync(app, timeLimitMinutes: 10, attemptsAllowed: 3);
        var first = await app.SendAsync(new StartAttemptCommand(quiz.AssignmentId));
        await app.SendAsync(new SaveAnswersCommand(first.AttemptId, [new AnswerInput(3, Options: [0])]));
        Assert.False(await app.SendAsync(new CloseExpiredAttemptCommand(first.AttemptId)));

        app.Clock.Advance(TimeSpan.FromMinutes(11));
        await app.RunAsAsync(OtherStudent);
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new CloseExpiredAttemptCommand(first.AttemptId)));
        await app.RunAsAsync(DemoAccounts.Student);
        Assert.True(await app.SendAsync(new CloseExpiredAttemptCommand(first.AttemptId)));
        Assert.False(await app.SendAsync(new CloseExpiredAttemptCommand(first.AttemptId)));

        var closed = await app.SendAsync(new GetAttemptQuery(first.AttemptId));
        Assert.Equal(AttemptStatus.Graded, closed.Status);
        Assert.True(closed.AutoSubmitted);
        Assert.Equal(1m, closed.Score!.Score);

        var second = await app.SendAsync(new StartAttemptCommand(quiz.AssignmentId));
        Assert.False(second.Resumed);
        app.Clock.Advance(TimeSpan.FromMinutes(11));
        Assert.True(await app.SendAsync(new ExpireOverdueAttemptsCommand()) >= 1);

        var swept = await app.SendAsync(new GetMyAssignmentQuery(quiz.AssignmentId));
        Assert.Null(swept.OpenAttemptId);
        Assert.All(swept.Attempts, a => Assert.True(a.AutoSubmitted));
        Assert.Equal(AttemptStatus.Graded, Assert.Single(swept.Attempts, a => a.Id == second.AttemptId).Status);
    }
}
