namespace IRLearn.E2E.Tests.Teach;

/// <summary>Steps the instructor journeys share.</summary>
internal static class TeachSteps
{
    public static Task LogInAsync(IPage page) => Session.LogInAsync(page, "instructor@irlearn.test", "/Teach");

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
