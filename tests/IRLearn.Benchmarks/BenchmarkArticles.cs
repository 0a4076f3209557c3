using System.Text;

namespace IRLearn.Benchmarks;

/// <summary>
/// Benchmark inputs built from the development set in seed/articles (found by walking up to IRLearn.sln):
/// whole articles, boilerplate included, concatenated until the body reaches the requested word count.
/// </summary>
public static class BenchmarkArticles
{
    public static string Build(int words)
    {
        var sources = Directory.GetFiles(SeedDirectory(), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        if (sources.Count == 0)
        {
            throw new InvalidOperationException("No seed articles to benchmark on.");
        }

        var builder = new StringBuilder();
        var count = 0;
        for (var i = 0; count < words; i++)
        {
            var paragraphs = sources[i % sources.Count].Split("\n\n");
            foreach (var paragraph in i == 0 ? paragraphs : paragraphs.Skip(1))
            {
                builder.Append(paragraph).Append("\n\n");
                count += paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                if (count >= words)
                {
                    break;
                }
            }
        }

        return builder.ToString();
    }

    private static string SeedDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "IRLearn.sln")))
        {
            directory = directory.Parent;
        }

        return directory is null
            ? throw new InvalidOperationException("IRLearn.sln was not found above " + AppContext.BaseDirectory)
            : Path.Combine(directory.FullName, "seed", "articles");
    }
}
