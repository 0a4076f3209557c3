using System.Text;

namespace IRLearn.Application.FunctionalTests.Grading;

/// <summary>
/// Grading after a submission: the manual queue, hand scores and total overrides with their audit trail, accepting an
/// answer for everyone and regrading, the gradebook file and item analysis; for the classroom's instructors only.
/// </summary>
public sealed class GradingTests(TestApp app) : IClassFixture<TestApp>
{
    /// <summary>Three right and a short answer no key accepts: 3 of 7 points, waiting for a human.</summary>
    private static readonly AnswerInput[] NeedsAHuman = [.. Scenario.ThreeRight, new AnswerInput(6, Text: "Helsinki")];

    [Fact]
    public async Task AHandScoreAndAnOverride_SetTheGrade_AndTheAuditTrailSaysWhy()
    {
        var quiz = await Scenario.AssignedQuizAsync(app);
        var attemptId = await Scenario.SubmittedAttemptAsync(app, quiz, NeedsAHuman);
        var shortAnswerId = quiz.Lesson.QuestionIds[5];

        await app.RunAsAsync(DemoAccounts.Instructor);
        Assert.Equal(1, Assert.Single((await app.SendAsync(new GetInstructorDashboardQuery())).Classrooms, c => c.Id == quiz.ClassroomId).NeedsGrading);
        var queue = await app.SendAsync(new GetGradingQueueQuery(quiz.ClassroomId));
        var entry = Assert.Single(queue.Entries);
        Assert.Equal((attemptId, shortAnswerId, "Helsinki"), (entry.AttemptId, entry.QuestionId, entry.Answer));
        Assert.Single((await app.SendAsync(new GetGradingQueueQuery(quiz.ClassroomId, StudentId: quiz.StudentId))).Entries);
        Assert.Empty((await app.SendAsync(new GetGradingQueueQuery(quiz.ClassroomId, QuestionId: quiz.Lesson.QuestionIds[0]))).Entries);

        await Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new GradeResponseCommand(attemptId, entry.QuestionVersionId, -1m, null)));
        await Assert.ThrowsAsync<DomainException>(() => app.SendAsync(new GradeResponseCommand(attemptId, entry.QuestionVersionId, 5m, null)));
        Assert.Equal(AttemptStatus.NeedsGrading, (await app.SendAsync(new GetAttemptReviewQuery(attemptId))).Status);

        var graded = await app.SendAsync(new GradeResponseCommand(attemptId, entry.QuestionVersionId, 1m, "Close: the capital is right, the city is not."));
        Assert.Equal((AttemptStatus.Graded, 4m, 7m), (graded.Status, graded.FinalScore, graded.MaxScore));
        Assert.Empty((await app.SendAsync(new GetGradingQueueQuery(quiz.ClassroomId))).Entries);

        await Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new OverrideAttemptScoreCommand(attemptId, 6m, " ")));
        Assert.Equal(6m, (await app.SendAsync(new OverrideAttemptScoreCommand(attemptId, 6m, "Credit for the oral presentation."))).FinalScore);
        var review = await app.SendAsync(new GetAttemptReviewQuery(attemptId));
        Assert.Equal((4m, 6m, "Credit for the oral presentation."), (review.Score, review.ScoreOverride, review.ScoreOverrideReason));
        Assert.Equal(2, review.AuditTrail.Count);
        Assert.Equal(4m, (await app.SendAsync(new OverrideAttemptScoreCommand(attemptId, null, "Presentation credit moved to its own assignment."))).FinalScore);
        Assert.Equal(3, (await app.SendAsync(new GetAttemptReviewQuery(attemptId))).AuditTrail.Count);

        await app.RunAsAsync(DemoAccounts.OtherInstructor);
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new GetGradingQueueQuery(quiz.ClassroomId)));
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new GetAttemptReviewQuery(attemptId)));
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new GradeResponseCommand(attemptId, entry.QuestionVersionId, 0m, null)));
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new OverrideAttemptScoreCommand(attemptId, 0m, "Not my class")));
        await app.RunAsAsync(DemoAccounts.Instructor);
        Assert.Equal(4m, (await app.SendAsync(new GetAttemptReviewQuery(attemptId))).FinalScore);
    }

    [Fact]
    public async Task AcceptingAnAnswerForEveryone_RegradesTheAttempt_AndARegradeJobIsTheStartersAlone()
    {
        var quiz = await Scenario.AssignedQuizAsync(app);
        var attemptId = await Scenario.SubmittedAttemptAsync(app, quiz, NeedsAHuman);
        var shortAnswerId = quiz.Lesson.QuestionIds[5];

        var instructorId = await app.RunAsAsync(DemoAccounts.Instructor);
        await Assert.ThrowsAsync<DomainException>(() => app.SendAsync(new AcceptAnswerForEveryoneCommand(quiz.Lesson.QuestionIds[0], "1989")));
        await app.RunAsAsync(DemoAccounts.OtherInstructor);
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new AcceptAnswerForEveryoneCommand(shortAnswerId, "Helsinki")));
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new GetRegradePreviewQuery(shortAnswerId)));
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new StartRegradeCommand(shortAnswerId)));
        await app.RunAsAsync(DemoAccounts.Instructor);
        Assert.Equal(AttemptStatus.NeedsGrading, (await app.SendAsync(new GetAttemptReviewQuery(attemptId))).Status);

        var report = await app.SendAsync(new AcceptAnswerForEveryoneCommand(shortAnswerId, " Helsinki "));

        Assert.Equal((2, 1), (report.KeyVersionNumber, report.AttemptsRegraded));
        var changed = Assert.Single(report.Changed);
        Assert.Equal((attemptId, 4m), (changed.AttemptId, changed.After));
        var review = await app.SendAsync(new GetAttemptReviewQuery(attemptId));
        Assert.Equal((AttemptStatus.Graded, 4m), (review.Status, review.FinalScore));

        var preview = await app.SendAsync(new GetRegradePreviewQuery(shortAnswerId));
        Assert.Equal((2, 1), (preview.CurrentVersion, preview.AffectedAttempts));
        Assert.Contains("Helsinki", preview.Key, StringComparison.Ordinal);
        var job = await app.SendAsync(new StartRegradeCommand(shortAnswerId));
        Assert.Equal((shortAnswerId, instructorId, 1), (job.QuestionId, job.RequestedBy, job.Total));
        Assert.Equal(job.Id, (await app.SendAsync(new GetRegradeJobQuery(job.Id))).Id);
        await app.RunAsAsync(DemoAccounts.OtherInstructor);
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new GetRegradeJobQuery(job.Id)));
    }

    [Fact]
    public async Task TheGradebookFile_AndItemAnalysis_ShowTheGradedAttempt_ToTheClassroomsInstructorsOnly()
    {
        var quiz = await Scenario.AssignedQuizAsync(app);
        await Scenario.SubmittedAttemptAsync(app, quiz, Scenario.ThreeRight);

        await app.RunAsAsync(DemoAccounts.Instructor);
        var file = await app.SendAsync(new ExportGradebookQuery(quiz.ClassroomId));
        var csv = Encoding.UTF8.GetString(file.Content).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("gradebook-Baltic-seminar-", file.FileName, StringComparison.Ordinal);
        Assert.Equal("Student,Week 1 (%),Week 1 status,Average (%)", csv[0]);
        Assert.StartsWith("Aigerim Nurlanova,42.86,", Assert.Single(csv.Skip(1)), StringComparison.Ordinal);

        var analysis = await app.SendAsync(new GetItemAnalysisQuery(quiz.AssignmentId));
        Assert.Equal((1, true, Scenario.EveryType.Count), (analysis.Examinees, analysis.SmallSample, analysis.Items.Count));
        Assert.Equal(1m, analysis.Items.Single(i => i.QuestionId == quiz.Lesson.QuestionIds[0]).Facility);
        Assert.Equal(0m, analysis.Items.Single(i => i.QuestionId == quiz.Lesson.QuestionIds[1]).Facility);

        await app.RunAsAsync(DemoAccounts.OtherInstructor);
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new ExportGradebookQuery(quiz.ClassroomId)));
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new GetItemAnalysisQuery(quiz.AssignmentId)));
    }
}
