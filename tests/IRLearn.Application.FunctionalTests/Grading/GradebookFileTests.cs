using System.Text;

namespace IRLearn.Application.FunctionalTests.Grading;

/// <summary>
/// The gradebook file is served again while nothing it shows has changed (ADR 23): each change an instructor or a
/// student can make to what it shows gives a new file on the next export, and a file made for one instructor is never
/// served to an instructor of another class.
/// </summary>
public sealed class GradebookFileTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task TheNextExport_ShowsEachChange_ToAttemptsGradesAccommodationsAndTheRoster()
    {
        var quiz = await Scenario.AssignedQuizAsync(app);
        var started = await app.SendAsync(new StartAttemptCommand(quiz.AssignmentId));

        Assert.Equal("Aigerim Nurlanova,,In progress,", await StudentRowAsync(quiz));
        Assert.Equal("Aigerim Nurlanova,,In progress,", await StudentRowAsync(quiz));

        await app.RunAsAsync(DemoAccounts.Student);
        await app.SendAsync(new SubmitAttemptCommand(started.AttemptId, Scenario.ThreeRight));
        Assert.Equal("Aigerim Nurlanova,42.86,Graded,42.86", await StudentRowAsync(quiz));

        await app.SendAsync(new OverrideAttemptScoreCommand(started.AttemptId, 7m, "Full marks after the oral retake."));
        Assert.Equal("Aigerim Nurlanova,100,Graded,100", await StudentRowAsync(quiz));

        // Due before the submission: the same attempt now reads as late.
        await app.SendAsync(new SetStudentOverrideCommand(quiz.ClassroomId, quiz.AssignmentId, quiz.StudentId, 0, 0, app.Now.AddMinutes(-1), "Agreed an earlier hand-in."));
        Assert.Equal("Aigerim Nurlanova,100,Late,100", await StudentRowAsync(quiz));

        await app.SendAsync(new RemoveStudentCommand(quiz.ClassroomId, quiz.StudentId));
        Assert.Null(await StudentRowAsync(quiz));
    }

    [Fact]
    public async Task AnUnchangedGradebook_IsServedAgain_AStartedAttemptChangesIt_AndAnotherClassesInstructorIsRefused()
    {
        var quiz = await Scenario.AssignedQuizAsync(app);
        Assert.Equal("Aigerim Nurlanova,,Not started,", await StudentRowAsync(quiz));
        var kept = await app.SendAsync(new ExportGradebookQuery(quiz.ClassroomId));
        Assert.Same(kept.Content, (await app.SendAsync(new ExportGradebookQuery(quiz.ClassroomId))).Content);

        await app.RunAsAsync(DemoAccounts.Student);
        await app.SendAsync(new StartAttemptCommand(quiz.AssignmentId));
        Assert.Equal("Aigerim Nurlanova,,In progress,", await StudentRowAsync(quiz));

        await app.RunAsAsync(DemoAccounts.OtherInstructor);
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new ExportGradebookQuery(quiz.ClassroomId)));
    }

    /// <summary>As the instructor: exports the gradebook and returns the demo student's row, or null when there is none.</summary>
    private async Task<string?> StudentRowAsync(ScenarioQuiz quiz)
    {
        await app.RunAsAsync(DemoAccounts.Instructor);
        var file = await app.SendAsync(new ExportGradebookQuery(quiz.ClassroomId));
        var lines = Encoding.UTF8.GetString(file.Content).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Student,Week 1 (%),Week 1 status,Average (%)", lines[0]);
        return lines.Skip(1).SingleOrDefault(l => l.StartsWith("Aigerim Nurlanova,", StringComparison.Ordinal));
    }
}
