namespace IRLearn.QuestionGeneration.Tests.Support;

/// <summary>Finds the repository by walking up from the test binaries to IRLearn.sln.</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "IRLearn.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("IRLearn.sln was not found above " + AppContext.BaseDirectory);
    }

    public static string SeedArticles => Path.Combine(Find(), "seed", "articles");
}
