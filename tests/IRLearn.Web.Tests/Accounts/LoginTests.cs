namespace IRLearn.Web.Tests.Accounts;

public sealed class LoginTests(IRLearnWebFactory factory) : IClassFixture<IRLearnWebFactory>
{
    [Fact]
    public async Task Login_DemoStudent_RedirectsToLearnDashboard()
    {
        using var session = BrowserSession.Create(factory);

        var response = await session.LogInAsync(DemoAccounts.Student);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Learn", response.Headers.Location?.OriginalString);
        var dashboard = await session.Client.GetAsync("/Learn");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
    }

    [Fact]
    public async Task Login_DemoInstructor_RedirectsToTeachDashboard()
    {
        using var session = BrowserSession.Create(factory);

        var response = await session.LogInAsync(DemoAccounts.Instructor);

        Assert.Equal("/Teach", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/Teach")).StatusCode);
    }

    [Fact]
    public async Task Login_WrongPassword_ShowsErrorAndSetsNoAuthCookie()
    {
        using var session = BrowserSession.Create(factory);

        var response = await session.LogInAsync(DemoAccounts.Student, "Not-The-Password-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Wrong e-mail or password.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal) && !c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase));
        var dashboard = await session.Client.GetAsync("/Learn");
        Assert.Equal(HttpStatusCode.Redirect, dashboard.StatusCode);
        Assert.StartsWith("/Account/Login", dashboard.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_FiveWrongPasswords_LocksTheAccountEvenForTheRightPassword()
    {
        using var session = BrowserSession.Create(factory);
        const string victim = "hana.sato@students.irlearn.test";

        for (var i = 0; i < 5; i++)
        {
            await session.LogInAsync(victim, $"Wrong-Password-{i}");
        }

        var response = await session.LogInAsync(victim);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("locked", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Login_PostWithoutAntiforgeryToken_IsRejected()
    {
        using var session = BrowserSession.Create(factory);

        var response = await session.Client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = DemoAccounts.Student,
            ["Input.Password"] = DemoAccounts.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Login_ExternalReturnUrl_IsIgnored()
    {
        using var session = BrowserSession.Create(factory);

        var response = await session.PostFormAsync(
            "/Account/Login?ReturnUrl=https%3A%2F%2Fevil.example%2F",
            new Dictionary<string, string> { ["Input.Email"] = DemoAccounts.Student, ["Input.Password"] = DemoAccounts.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Learn", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Logout_AfterLogin_EndsTheSession()
    {
        using var session = BrowserSession.Create(factory);
        await session.LogInAsync(DemoAccounts.Student);

        var response = await session.PostFormAsync("/Account/Logout", new Dictionary<string, string>(), tokenFrom: "/Learn");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await session.Client.GetAsync("/Learn")).StatusCode);
    }
}
