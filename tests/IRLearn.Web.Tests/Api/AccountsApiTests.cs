namespace IRLearn.Web.Tests.Api;

public sealed class AccountsApiTests(IRLearnWebFactory factory) : IClassFixture<IRLearnWebFactory>
{
    [Fact]
    public async Task Me_WithBearerToken_ReturnsTheUsersProfileAndRoles()
    {
        using var client = await ApiClient.SignedInAsync(factory, DemoAccounts.Student);

        using var profile = JsonDocument.Parse(await client.GetStringAsync("/api/v1/me"));

        Assert.Equal("Aigerim Nurlanova", profile.RootElement.GetProperty("displayName").GetString());
        Assert.Equal(["Student"], profile.RootElement.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!));
    }

    [Fact]
    public async Task Me_WithoutToken_Is401()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Me_WithBrowserCookieOnly_Is401BecauseTheApiNeedsABearerToken()
    {
        using var session = BrowserSession.Create(factory);
        await session.LogInAsync(DemoAccounts.Student);

        var response = await session.Client.GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Token_WrongPassword_Is401ProblemDetails()
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = DemoAccounts.Student, password = "nope" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Token_MalformedJson_Is400NotAServerError()
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsync("/api/v1/auth/token", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task CreateInstructor_AsAdmin_CreatesAnInstructorWhoCanSignIn()
    {
        using var admin = await ApiClient.SignedInAsync(factory, DemoAccounts.Admin);

        var response = await admin.PostAsJsonAsync("/api/v1/users/instructors", new { email = "new.instructor@irlearn.test", displayName = "New Instructor", password = "Teach-Well-2026" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var instructor = await ApiClient.SignedInAsync(factory, "new.instructor@irlearn.test", "Teach-Well-2026");
        using var profile = JsonDocument.Parse(await instructor.GetStringAsync("/api/v1/me"));
        Assert.Equal(["Instructor"], profile.RootElement.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!));
    }

    [Fact]
    public async Task CreateInstructor_AsStudent_Is403AndCreatesNothing()
    {
        using var student = await ApiClient.SignedInAsync(factory, DemoAccounts.Student);

        var response = await student.PostAsJsonAsync("/api/v1/users/instructors", new { email = "sneaky@irlearn.test", displayName = "Sneaky", password = "Teach-Well-2026" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        using var anonymous = factory.CreateClient();
        var login = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { email = "sneaky@irlearn.test", password = "Teach-Well-2026" });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
    }

    [Fact]
    public async Task CreateInstructor_InvalidEmail_Is400WithFieldErrors()
    {
        using var admin = await ApiClient.SignedInAsync(factory, DemoAccounts.Admin);

        var response = await admin.PostAsJsonAsync("/api/v1/users/instructors", new { email = "not-an-email", displayName = "", password = "Teach-Well-2026" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("Email", out _));
        Assert.True(errors.TryGetProperty("DisplayName", out _));
    }
}
