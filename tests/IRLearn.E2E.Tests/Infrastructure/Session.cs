namespace IRLearn.E2E.Tests.Infrastructure;

/// <summary>Signing in through the real login form, and watching a page for what the console says about the CSP.</summary>
public static class Session
{
    public const string Password = "Demo-Pass-2026";

    /// <summary>
    /// Signs in through the login form and waits for the role's landing page. The wait is long, not a timing assertion:
    /// the first sign-in on a fresh server, on two cores shared with the other test suites, has taken more than the
    /// 45-second navigation default. A sign-in that lands elsewhere (an error page, the form again) fails naming the page
    /// it reached and what it shows, so an intermittent failure says its cause instead of only timing out.
    /// </summary>
    public static async Task LogInAsync(IPage page, string email, string landing)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        try
        {
            await page.WaitForURLAsync($"**{landing}", new() { Timeout = 90_000 });
        }
        catch (TimeoutException e)
        {
            var shown = await page.InnerTextAsync("body", new() { Timeout = 5_000 });
            throw new TimeoutException($"Signing in as {email} did not reach {landing}; the page is {page.Url}: {shown[..Math.Min(500, shown.Length)]}", e);
        }
    }

    /// <summary>Collects every Content-Security-Policy refusal Chromium reports in the console from now on.</summary>
    public static List<string> RecordCspViolations(IPage page)
    {
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                lock (violations)
                {
                    violations.Add($"{page.Url}: {message.Text}");
                }
            }
        };
        return violations;
    }
}
