using IRLearn.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace IRLearn.Web.Tests.Api;

/// <summary>
/// Sessions end when they should (issue 17): a bearer token issued before a password change or a lockout
/// stops working at once, and cookies are Secure and HSTS is sent whenever the request is HTTPS, also
/// behind a TLS-terminating proxy that says so in X-Forwarded-Proto.
/// </summary>
public sealed class SessionRevocationTests(IRLearnWebFactory factory) : IClassFixture<IRLearnWebFactory>
{
    private const string NewPassword = "Another-Pass-2027";

    [Fact]
    public async Task ATokenIssuedBeforeAPasswordChange_IsRefused_AndANewOneWorks()
    {
        using var api = await ApiClient.SignedInAsync(factory, "chen.wei@students.irlearn.test");
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/me", TestContext.Current.CancellationToken)).StatusCode);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = await users.FindByEmailAsync("chen.wei@students.irlearn.test");
            var changed = await users.ChangePasswordAsync(user!, DemoAccounts.Password, NewPassword);
            Assert.True(changed.Succeeded, string.Join("; ", changed.Errors.Select(e => e.Description)));
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/me", TestContext.Current.CancellationToken)).StatusCode);
        using var fresh = await ApiClient.SignedInAsync(factory, "chen.wei@students.irlearn.test", NewPassword);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/api/v1/me", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task ATokenIssuedBeforeALockout_IsRefused()
    {
        using var api = await ApiClient.SignedInAsync(factory, "amara.diallo@students.irlearn.test");
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/me", TestContext.Current.CancellationToken)).StatusCode);

        // Five wrong passwords lock the account, as an attacker guessing it would.
        using var anonymous = factory.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { email = "amara.diallo@students.irlearn.test", password = "wrong-guess-1A" }, TestContext.Current.CancellationToken);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/me", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task AToken_IsRefusedWhileALockoutLasts_AndWorksAgainOnceItHasEnded()
    {
        using var api = await ApiClient.SignedInAsync(factory, "lukas.becker@students.irlearn.test");
        var now = factory.Services.GetRequiredService<TimeProvider>().GetUtcNow();

        await LockOutUntilAsync("lukas.becker@students.irlearn.test", now.AddMinutes(10));
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/me", TestContext.Current.CancellationToken)).StatusCode);

        // A lockout whose end has passed no longer counts, and a lockout does not change the security stamp.
        await LockOutUntilAsync("lukas.becker@students.irlearn.test", now.AddMinutes(-1));
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/me", TestContext.Current.CancellationToken)).StatusCode);
    }

    private async Task LockOutUntilAsync(string email, DateTimeOffset end)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(email);
        var locked = await users.SetLockoutEndDateAsync(user!, end);
        Assert.True(locked.Succeeded, string.Join("; ", locked.Errors.Select(e => e.Description)));
    }

    [Fact]
    public async Task BehindATlsProxy_CookiesAreSecure_AndHstsIsSent()
    {
        // The proxy speaks HTTPS to the browser and plain HTTP to the app, and says so in X-Forwarded-Proto.
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("http://irlearn.example/") });
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var page = await client.GetAsync("/Account/Login", TestContext.Current.CancellationToken);
        var antiforgery = Assert.Single(page.Headers.GetValues("Set-Cookie"));
        using var login = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = DemoAccounts.Student,
                ["Input.Password"] = DemoAccounts.Password,
                ["__RequestVerificationToken"] = BrowserSession.ExtractToken(await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!,
            }),
        };
        login.Headers.Add("Cookie", antiforgery.Split(';')[0]);
        var signedIn = await client.SendAsync(login, TestContext.Current.CancellationToken);

        Assert.True(page.Headers.Contains("Strict-Transport-Security"), "HSTS outside Development, on a request that arrived as HTTPS");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookies = page.Headers.GetValues("Set-Cookie").Concat(signedIn.Headers.GetValues("Set-Cookie")).ToList();
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task OverPlainHttpWithoutAProxy_CookiesAreNotSecure_AndNoHsts()
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("http://irlearn.example/") });

        var response = await client.GetAsync("/Account/Login", TestContext.Current.CancellationToken);

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        Assert.DoesNotContain("; secure", Assert.Single(response.Headers.GetValues("Set-Cookie")), StringComparison.OrdinalIgnoreCase);
    }
}
