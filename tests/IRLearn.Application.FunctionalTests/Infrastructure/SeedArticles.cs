namespace IRLearn.Application.FunctionalTests.Infrastructure;

/// <summary>The repository's own sample articles (seed/articles), for tests that need a full-length import.</summary>
public static class SeedArticles
{
    public static string Read(string name)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "IRLearn.sln")))
        {
            directory = directory.Parent;
        }

        return File.ReadAllText(Path.Combine(directory?.FullName ?? throw new InvalidOperationException("IRLearn.sln not found."), "seed", "articles", name));
    }
}
