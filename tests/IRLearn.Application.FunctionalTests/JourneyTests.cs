namespace IRLearn.Application.FunctionalTests;

/// <summary>
/// One class's life through the real pipeline: an instructor imports an article and builds, publishes
/// and assigns a quiz; a student joins, takes and submits it; grading's event fills the review queue,
/// the gradebook and the leaderboard. Each step is a command or query sent as the user who would send it.
/// </summary>
public sealed class JourneyTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task AnImportedArticle_BecomesAnAssignedQuiz_ThatAStudentTakes_AndGradingFeedsEveryView()
    {
        // The instructor's side.
        await app.RunAsAsync(DemoAccounts.Instructor);
        var imported = await app.SendAsync(ImportArticleCommand.FromText(SeedArticles.Read("01-kazakhstan-foreign-policy.txt"), "Functional journey"));
        var bank = await app.SendAsync(new GetQuestionBankQuery(imported.LessonId));
        // One per source sentence: twins never meet in one attempt (ADR 14).
        var chosen = bank.Questions.DistinctBy(q => q.Source?.Sentence).Take(3).Select(q => q.Id).ToList();
        Assert.Equal(3, await app.SendAsync(new ReviewQuestionsCommand(chosen, ReviewDecision.Approve)));
        var quizId = await app.SendAsync(new CreateQuizCommand("Journey quiz", null));
        Assert.Equal(3, await app.SendAsync(new AddQuizQuestionsCommand(quizId, chosen)));
        await app.SendAsync(new SetQuizPublishedCommand(quizId, Published: true));
        var classroomId = await app.SendAsync(new CreateClassroomCommand("Journey class"));
        var code = (await app.SendAsync(new GetClassroomQuery(classroomId))).JoinCode;
        var now = app.Now;
        var assignmentId = await app.SendAsync(new AssignQuizCommand(classroomId, quizId, null, now.AddHours(-1), now.AddDays(1)));

        // The student's side.
        var studentId = await app.RunAsAsync(DemoAccounts.Student);
        Assert.True((await app.SendAsync(new JoinClassroomCommand(code))).NewlyJoined);
        Assert.Contains((await app.SendAsync(new GetStudentDashboardQuery())).Assignments, a => a.Id == assignmentId);
        Assert.True((await app.SendAsync(new GetMyAssignmentQuery(assignmentId))).CanStart);
        var started = await app.SendAsync(new StartAttemptCommand(assignmentId));
        Assert.False(await app.SendAsync(new CloseExpiredAttemptCommand(started.AttemptId)));
        var open = await app.SendAsync(new GetAttemptQuery(started.AttemptId));
        Assert.True(open.IsOpen);
        Assert.Equal(3, open.Questions.Count);
        Assert.All(open.Questions, q => Assert.Null(q.Feedback));

        // Submitting with nothing answered: graded at once, every question missed.
        var submitted = await app.SendAsync(new SubmitAttemptCommand(started.AttemptId));
        Assert.Equal(AttemptStatus.Graded, submitted.Status);
        var closed = await app.SendAsync(new GetAttemptQuery(started.AttemptId));
        Assert.Equal(0m, closed.Score!.Score);
        Assert.All(closed.Questions, q => Assert.False(q.Feedback!.IsCorrect));

        // AttemptGraded, published after the commit, put every missed question in the review queue.
        var queue = await app.SendAsync(new GetReviewQueueQuery());
        Assert.Equal(3, queue.TotalCards);
        Assert.Equal(1, (await app.SendAsync(new GetMyProgressQuery())).AttemptsSubmitted);

        // Back to the instructor: the same attempt in the gradebook, the review and the leaderboard.
        await app.RunAsAsync(DemoAccounts.Instructor);
        var row = Assert.Single((await app.SendAsync(new GetGradebookQuery(classroomId))).Rows);
        Assert.Equal(studentId, row.StudentId);
        Assert.Equal(0m, Assert.Single(row.Cells).FinalPercent);
        var review = await app.SendAsync(new GetAttemptReviewQuery(started.AttemptId));
        Assert.Equal(3, review.Items.Count);
        Assert.All(review.Items, i => Assert.False(i.Answered));
        var board = await app.SendAsync(new GetClassroomLeaderboardQuery(classroomId));
        Assert.True(board.ViewerIsInstructor);
        Assert.Single(board.Rows);
    }
}
