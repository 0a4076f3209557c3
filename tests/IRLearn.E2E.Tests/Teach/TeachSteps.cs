namespace IRLearn.E2E.Tests.Teach;

/// <summary>Steps the instructor journeys share.</summary>
internal static class TeachSteps
{
    public static async Task LogInAsync(IPage page)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("E-mail").FillAsync("instructor@irlearn.test");
        await page.GetByLabel("Password").FillAsync("Demo-Pass-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await page.WaitForURLAsync("**/Teach");
    }

    public static string SeedArticlePath()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "IRLearn.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("IRLearn.sln not found."), "seed", "articles", "01-kazakhstan-foreign-policy.txt");
    }
}
