using IRLearn.Application.Common.Security;

namespace IRLearn.Application.FunctionalTests.Accounts;

/// <summary>Accounts: self-registration makes students, only an admin makes instructors, and refused accounts are not created.</summary>
public sealed class AccountTests(TestApp app) : IClassFixture<TestApp>
{
    private const string Password = "Functional-Pass-2026";

    [Fact]
    public async Task RegisteringAStudent_CreatesAStudentAccount_AndTheSameEmailTwiceIsRefused()
    {
        app.RunAsAnonymous();
        var email = $"new.student.{Guid.NewGuid():N}@students.irlearn.test";

        var id = await app.SendAsync(new RegisterStudentCommand($"  {email} ", "New Student", Password));

        var refused = await Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new RegisterStudentCommand(email, "Someone Else", Password)));
        Assert.Contains(refused.Errors, e => e.PropertyName == "Email");
        await app.RunAsAsync(DemoAccounts.Admin);
        var user = Assert.Single(await app.SendAsync(new ListUsersQuery()), u => u.Email == email);
        Assert.Equal(id, user.Id);
        Assert.Equal("New Student", user.DisplayName);
        Assert.Equal([Roles.Student], user.Roles);
    }

    [Fact]
    public async Task AWeakPasswordOrAMarkupName_IsRefused_AndNoAccountIsCreated()
    {
        app.RunAsAnonymous();
        var weak = $"weak.{Guid.NewGuid():N}@students.irlearn.test";
        var markup = $"markup.{Guid.NewGuid():N}@students.irlearn.test";

        var weakRefused = await Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new RegisterStudentCommand(weak, "Weak Password", "abc")));
        var markupRefused = await Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new RegisterStudentCommand(markup, "<script>x</script>", Password)));

        Assert.Contains(weakRefused.Errors, e => e.PropertyName == "Password");
        Assert.Contains(markupRefused.Errors, e => e.PropertyName == nameof(RegisterStudentCommand.DisplayName));
        await app.RunAsAsync(DemoAccounts.Admin);
        var users = await app.SendAsync(new ListUsersQuery());
        Assert.DoesNotContain(users, u => u.Email == weak || u.Email == markup);
    }

    [Fact]
    public async Task AnAdminCreatesAnInstructor_WhileAnInstructorMayNot()
    {
        var email = $"new.instructor.{Guid.NewGuid():N}@irlearn.test";
        await app.RunAsAsync(DemoAccounts.Instructor);
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => app.SendAsync(new CreateInstructorCommand(email, "Not Allowed", Password)));

        await app.RunAsAsync(DemoAccounts.Admin);
        var id = await app.SendAsync(new CreateInstructorCommand(email, "Dr. New Colleague", Password));

        var users = await app.SendAsync(new ListUsersQuery());
        var created = Assert.Single(users, u => u.Email == email);
        Assert.Equal(id, created.Id);
        Assert.Equal([Roles.Instructor], created.Roles);
    }
}
