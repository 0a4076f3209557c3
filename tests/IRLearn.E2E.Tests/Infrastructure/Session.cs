namespace IRLearn.E2E.Tests.Infrastructure;

/// <summary>Signing in through the real login form, and watching a page for what the console says about the CSP.</summary>
public static class Session
{
    public const string Password = "Demo-Pass-2026";

    public static async Task LogInAsync(IPage page, string email, string landing)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await page.WaitForURLAsync($"**{landing}");
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
