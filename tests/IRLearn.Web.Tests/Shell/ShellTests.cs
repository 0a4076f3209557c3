namespace IRLearn.Web.Tests.Shell;

public sealed class ShellTests(IRLearnWebFactory factory) : IClassFixture<IRLearnWebFactory>
{
    [Fact]
    public async Task Health_WithMigratedDatabase_IsHealthy()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task HomePage_Anonymous_HasLandmarksAndLoginLink()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/");

        Assert.Contains("<main id=\"main\"", html, StringComparison.Ordinal);
        Assert.Contains("<nav", html, StringComparison.Ordinal);
        Assert.Contains("Skip to main content", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Account/Login\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"viewport\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("X-Content-Type-Options", "nosniff")]
    [InlineData("X-Frame-Options", "DENY")]
    [InlineData("Referrer-Policy", "strict-origin-when-cross-origin")]
    public async Task EveryResponse_CarriesSecurityHeaders(string header, string expected)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/");

        Assert.Equal(expected, Assert.Single(response.Headers.GetValues(header)));
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DemoAccounts.Student, "Learn", true)]
    [InlineData(DemoAccounts.Student, "Teach", false)]
    [InlineData(DemoAccounts.Student, "Admin", false)]
    [InlineData(DemoAccounts.Instructor, "Teach", true)]
    [InlineData(DemoAccounts.Instructor, "Admin", false)]
    [InlineData(DemoAccounts.Admin, "Admin", true)]
    [InlineData(DemoAccounts.Admin, "Learn", false)]
    public async Task Navigation_ShowsOnlyTheAreasOfTheUsersRole(string email, string area, bool shown)
    {
        using var session = BrowserSession.Create(factory);
        await session.LogInAsync(email);

        var html = await session.Client.GetStringAsync("/");

        Assert.Equal(shown, html.Contains($">{area}</a>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StudentOpeningAdminPage_IsForbidden()
    {
        using var session = BrowserSession.Create(factory);
        await session.LogInAsync(DemoAccounts.Student);

        var response = await session.Client.GetAsync("/Admin/Users");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPage_ShowsFriendlyNotFound()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheV1Api()
    {
        using var client = factory.CreateClient();

        var json = await client.GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/v1/auth/token", json, StringComparison.Ordinal);
        Assert.Contains("/api/v1/me", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiReferencePage_IsServed()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/api/reference");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("IRLearn API", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
