namespace IRLearn.Application.FunctionalTests.Learn;

/// <summary>Spaced review: a missed question becomes a card; practising it schedules it ahead; another student's card is not theirs to practise.</summary>
public sealed class ReviewPracticeTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task PractisingADueCard_SchedulesItAhead_AndOnlyItsOwnerMayPractiseIt()
    {
        var quiz = await Scenario.AssignedQuizAsync(app);
        await Scenario.SubmittedAttemptAsync(app, quiz, Scenario.ThreeRight);
        var queue = await app.SendAsync(new GetReviewQueueQuery());
        Assert.Equal(4, queue.DueCount);
        var progress = await app.SendAsync(new GetMyProgressQuery());
        Assert.Equal((1, 4), (progress.AttemptsSubmitted, progress.ReviewsDue));
        var card = queue.Due[0];

        await app.RunAsAsync("daniel.okafor@students.irlearn.test");
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new PracticeReviewCardCommand(card.CardId, new AnswerInput(1, Options: [0]))));

        await app.RunAsAsync(DemoAccounts.Student);
        var practised = await app.SendAsync(new PracticeReviewCardCommand(card.CardId, new AnswerInput(1, Text: "not the answer", Options: [1])));

        Assert.True(practised.NextDue > app.Now);
        Assert.NotNull(practised.Feedback);
        var after = await app.SendAsync(new GetReviewQueueQuery());
        Assert.Equal(3, after.DueCount);
        Assert.DoesNotContain(after.Due, d => d.CardId == card.CardId);
    }
}
