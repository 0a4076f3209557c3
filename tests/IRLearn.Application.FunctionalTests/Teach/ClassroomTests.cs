namespace IRLearn.Application.FunctionalTests.Teach;

/// <summary>Running a classroom: co-instructors, join codes, the roster and per-student accommodations, by those who teach it only.</summary>
public sealed class ClassroomTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task ACoInstructor_IsAddedByEmail_AndThenTeachesTheClassroom()
    {
        await app.RunAsAsync(DemoAccounts.Instructor);
        var id = await app.SendAsync(new CreateClassroomCommand("Shared seminar"));
        await app.RunAsAsync(DemoAccounts.OtherInstructor);
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new AddCoInstructorCommand(id, DemoAccounts.OtherInstructor)));
        Assert.DoesNotContain((await app.SendAsync(new GetInstructorDashboardQuery())).Classrooms, c => c.Id == id);

        await app.RunAsAsync(DemoAccounts.Instructor);
        var notAnInstructor = await Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new AddCoInstructorCommand(id, DemoAccounts.Student)));
        Assert.Contains(notAnInstructor.Errors, e => e.PropertyName == nameof(AddCoInstructorCommand.Email));
        Assert.Single((await app.SendAsync(new GetClassroomQuery(id))).Instructors);
        await app.SendAsync(new AddCoInstructorCommand(id, " INSTRUCTOR2@irlearn.test "));
        await app.SendAsync(new AddCoInstructorCommand(id, DemoAccounts.OtherInstructor));

        Assert.Equal(2, (await app.SendAsync(new GetClassroomQuery(id))).Instructors.Count);
        await app.RunAsAsync(DemoAccounts.OtherInstructor);
        var shared = await app.SendAsync(new GetClassroomQuery(id));
        Assert.False(shared.IsOwner);
        Assert.Contains((await app.SendAsync(new GetInstructorDashboardQuery())).Classrooms, c => c.Id == id && !c.IsOwner);
    }

    [Fact]
    public async Task ANewJoinCode_RetiresTheOldOne_AndARemovedStudentCannotRejoin()
    {
        await app.RunAsAsync(DemoAccounts.Instructor);
        var id = await app.SendAsync(new CreateClassroomCommand("Code check"));
        var oldCode = (await app.SendAsync(new GetClassroomQuery(id))).JoinCode;
        await app.RunAsAsync(DemoAccounts.OtherInstructor);
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new RegenerateJoinCodeCommand(id)));
        await app.RunAsAsync(DemoAccounts.Instructor);
        var newCode = await app.SendAsync(new RegenerateJoinCodeCommand(id));
        Assert.NotEqual(oldCode, newCode);
        Assert.Equal(newCode, (await app.SendAsync(new GetClassroomQuery(id))).JoinCode);

        var studentId = await app.RunAsAsync(DemoAccounts.Student);
        await Assert.ThrowsAsync<DomainException>(() => app.SendAsync(new JoinClassroomCommand(oldCode)));
        Assert.True((await app.SendAsync(new JoinClassroomCommand(newCode))).NewlyJoined);
        Assert.Contains((await app.SendAsync(new GetStudentDashboardQuery())).Classrooms, c => c.Id == id);

        await app.RunAsAsync(DemoAccounts.OtherInstructor);
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new RemoveStudentCommand(id, studentId)));
        await app.RunAsAsync(DemoAccounts.Instructor);
        await app.SendAsync(new RemoveStudentCommand(id, studentId));
        Assert.Empty((await app.SendAsync(new GetClassroomQuery(id))).Roster);

        await app.RunAsAsync(DemoAccounts.Student);
        await Assert.ThrowsAsync<DomainException>(() => app.SendAsync(new JoinClassroomCommand(newCode)));
        Assert.DoesNotContain((await app.SendAsync(new GetStudentDashboardQuery())).Classrooms, c => c.Id == id);
    }

    [Fact]
    public async Task AnAccommodation_GivesOneStudentMoreTimeAndAttempts_WithItsReason()
    {
        var quiz = await Scenario.AssignedQuizAsync(app, timeLimitMinutes: 20, attemptsAllowed: 1);
        await app.RunAsAsync(DemoAccounts.Instructor);
        var none = await app.SendAsync(new GetAccommodationQuery(quiz.ClassroomId, quiz.AssignmentId, quiz.StudentId));
        Assert.Equal((0, 0, null), (none.ExtraMinutes, none.ExtraAttempts, none.Reason));

        var refused = await Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(
            new SetStudentOverrideCommand(quiz.ClassroomId, quiz.AssignmentId, quiz.StudentId, 30, 1, null, string.Empty)));
        Assert.Contains(refused.Errors, e => e.PropertyName == nameof(SetStudentOverrideCommand.Reason));
        await app.SendAsync(new SetStudentOverrideCommand(quiz.ClassroomId, quiz.AssignmentId, quiz.StudentId, 30, 1, null, "Extra time arranged with the disability office."));

        var set = await app.SendAsync(new GetAccommodationQuery(quiz.ClassroomId, quiz.AssignmentId, quiz.StudentId));
        Assert.Equal((30, 1, "Extra time arranged with the disability office."), (set.ExtraMinutes, set.ExtraAttempts, set.Reason));
        Assert.Equal("Dr. Maria Jensen", set.SetBy);
        Assert.Single(Assert.Single((await app.SendAsync(new GetClassroomQuery(quiz.ClassroomId))).Assignments).Overrides);
        await app.RunAsAsync(DemoAccounts.Student);
        var mine = await app.SendAsync(new GetMyAssignmentQuery(quiz.AssignmentId));
        Assert.Equal((50, 2), (mine.TimeLimitMinutes, mine.AttemptsAllowed));

        await app.RunAsAsync(DemoAccounts.OtherInstructor);
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new GetAccommodationQuery(quiz.ClassroomId, quiz.AssignmentId, quiz.StudentId)));
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(
            new SetStudentOverrideCommand(quiz.ClassroomId, quiz.AssignmentId, quiz.StudentId, 600, 50, null, "Not mine to give")));
        await app.RunAsAsync(DemoAccounts.Instructor);
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new GetAccommodationQuery(quiz.ClassroomId, quiz.AssignmentId, "no-such-student")));
        Assert.Equal(30, (await app.SendAsync(new GetAccommodationQuery(quiz.ClassroomId, quiz.AssignmentId, quiz.StudentId))).ExtraMinutes);
    }
}
