using IRLearn.Infrastructure.Seeding;

namespace IRLearn.Web.Tests.Shell;

public sealed class DemoDataTests(IRLearnWebFactory factory) : IClassFixture<IRLearnWebFactory>
{
    [Fact]
    public async Task DemoData_OnFirstStart_HasAnAdminTwoInstructorsTwentyStudentsAndTwoClassrooms()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();

        var roles = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync(TestContext.Current.CancellationToken);
        var classrooms = await db.Classrooms.ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, roles.Count(r => r == "Admin"));
        Assert.Equal(2, roles.Count(r => r == "Instructor"));
        Assert.Equal(20, roles.Count(r => r == "Student"));
        Assert.Equal(["IR 101: Foundations of International Relations", "IR 230: Regional Organisations and Diplomacy"], classrooms.Select(c => c.Name).Order());
        Assert.All(classrooms, c => Assert.Equal(10, c.Enrollments.Count(e => e.IsActive)));
    }

    [Fact]
    public async Task Seeding_RunTwice_AddsNothingTheSecondTime()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var usersBefore = await db.Users.CountAsync(TestContext.Current.CancellationToken);
        var enrollmentsBefore = await db.Classrooms.SelectMany(c => c.Enrollments).CountAsync(TestContext.Current.CancellationToken);

        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(TestContext.Current.CancellationToken);
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(TestContext.Current.CancellationToken);

        Assert.Equal(usersBefore, await db.Users.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(2, await db.Classrooms.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(enrollmentsBefore, await db.Classrooms.SelectMany(c => c.Enrollments).CountAsync(TestContext.Current.CancellationToken));
    }
}
