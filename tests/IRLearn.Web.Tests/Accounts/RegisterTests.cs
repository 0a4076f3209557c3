namespace IRLearn.Web.Tests.Accounts;

public sealed class RegisterTests(IRLearnWebFactory factory) : IClassFixture<IRLearnWebFactory>
{
    [Fact]
    public async Task Register_ValidInput_CreatesAStudentAndSignsIn()
    {
        using var session = BrowserSession.Create(factory);

        var response = await session.PostFormAsync("/Account/Register", Form("new.student@example.org", "New Student", "Strong-Pass-123"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Learn", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/Learn")).StatusCode);
        var teach = await session.Client.GetAsync("/Teach");
        Assert.StartsWith("/Account/AccessDenied", teach.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_WeakPassword_ShowsThePolicyAndCreatesNothing()
    {
        using var session = BrowserSession.Create(factory);

        var response = await session.PostFormAsync("/Account/Register", Form("weak@example.org", "Weak Password", "short"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Passwords must be at least 10 characters", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var login = await session.LogInAsync("weak@example.org", "short");
        Assert.Contains("Wrong e-mail or password.", await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_TakenEmail_IsRefused()
    {
        using var session = BrowserSession.Create(factory);

        var response = await session.PostFormAsync("/Account/Register", Form(DemoAccounts.Instructor, "Impostor", "Strong-Pass-123"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("is already taken", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_MarkupInName_IsRefused()
    {
        using var session = BrowserSession.Create(factory);

        var response = await session.PostFormAsync("/Account/Register", Form("xss@example.org", "<script>alert(1)</script>", "Strong-Pass-123"));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("may not contain", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Form(string email, string name, string password) => new()
    {
        ["Input.Email"] = email,
        ["Input.DisplayName"] = name,
        ["Input.Password"] = password,
    };
}
