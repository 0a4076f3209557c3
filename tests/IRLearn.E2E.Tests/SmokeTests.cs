namespace IRLearn.E2E.Tests;

public sealed class SmokeTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task DemoStudent_LogsIn_AndSeesTheirDashboard()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Log in", Exact = true }).First.ClickAsync();
        await page.GetByLabel("E-mail").FillAsync("student@irlearn.test");
        await page.GetByLabel("Password").FillAsync("Demo-Pass-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();

        await page.WaitForURLAsync("**/Learn");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Aigerim");
        await Assertions.Expect(page.GetByTestId("dashboard-classrooms")).ToContainTextAsync("IR 101");
    }

    [Fact]
    public async Task WrongPassword_ShowsAnError_AndNoDashboard()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("E-mail").FillAsync("student@irlearn.test");
        await page.GetByLabel("Password").FillAsync("Definitely-Wrong-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Wrong e-mail or password");
        Assert.Contains("/Account/Login", page.Url, StringComparison.Ordinal);
        await page.GotoAsync("/Learn");
        Assert.Contains("/Account/Login", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByTestId("dashboard-classrooms")).ToHaveCountAsync(0);
    }
}
