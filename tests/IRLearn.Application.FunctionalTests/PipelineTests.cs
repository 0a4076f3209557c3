using IRLearn.Application.Common.Security;

namespace IRLearn.Application.FunctionalTests;

/// <summary>The pipeline's behaviours, seen from a caller: who may send what, and what is refused before a handler runs.</summary>
public sealed class PipelineTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task AnonymousCaller_IsRefused_BeforeTheHandler()
    {
        app.RunAsAnonymous();

        await Assert.ThrowsAsync<UnauthenticatedException>(() => app.SendAsync(new GetMyProfileQuery()));
    }

    [Fact]
    public async Task StudentSendingAnAdminQuery_IsForbidden()
    {
        await app.RunAsAsync(DemoAccounts.Student);

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => app.SendAsync(new ListUsersQuery()));
    }

    [Fact]
    public async Task InvalidCommand_IsRefusedWithFieldErrors_AndNothingIsCreated()
    {
        var instructorId = await app.RunAsAsync(DemoAccounts.Instructor);
        var before = (await app.SendAsync(new Classrooms.Queries.GetInstructorDashboard.GetInstructorDashboardQuery())).Classrooms.Count;

        var refused = await Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new CreateClassroomCommand(string.Empty)));

        Assert.Contains(refused.Errors, e => e.PropertyName == nameof(CreateClassroomCommand.Name));
        Assert.Equal(before, (await app.SendAsync(new Classrooms.Queries.GetInstructorDashboard.GetInstructorDashboardQuery())).Classrooms.Count);
        Assert.False(string.IsNullOrEmpty(instructorId));
    }

    [Fact]
    public async Task Profile_HasTheSignedInUsersNameAndRoles()
    {
        var adminId = await app.RunAsAsync(DemoAccounts.Admin);

        var profile = await app.SendAsync(new GetMyProfileQuery());

        Assert.Equal(adminId, profile.Id);
        Assert.Equal([Roles.Admin], profile.Roles);
        Assert.Contains(await app.SendAsync(new ListUsersQuery()), u => u.Email == DemoAccounts.Student);
    }

    [Fact]
    public async Task AnotherInstructorsClassroom_AnswersNotFound()
    {
        await app.RunAsAsync(DemoAccounts.Instructor);
        var id = await app.SendAsync(new CreateClassroomCommand("Functional tests: private room"));

        await app.RunAsAsync(DemoAccounts.OtherInstructor);

        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new GetClassroomQuery(id)));
    }
}
