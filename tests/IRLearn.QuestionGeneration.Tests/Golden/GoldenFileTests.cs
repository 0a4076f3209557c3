using System.Text.Encodings.Web;
using System.Text.Json;
using IRLearn.QuestionGeneration.Questions;
using IRLearn.QuestionGeneration.Tests.Support;

namespace IRLearn.QuestionGeneration.Tests.Golden;

/// <summary>
/// Whole-article snapshots: each input under Golden/Inputs has a Golden/*.json listing its title, removed
/// blocks and every question as "type | stem => answers". Any change in the bank fails the test with a diff.
/// Review the change, then run with IRLEARN_UPDATE_GOLDEN=1 to accept it.
/// </summary>
public sealed class GoldenFileTests
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string GoldenDirectory => Path.Combine(RepositoryRoot.Find(), "tests", "IRLearn.QuestionGeneration.Tests", "Golden");

    public static TheoryData<string> Inputs() => new(Directory.GetFiles(Path.Combine(GoldenDirectory, "Inputs"), "*.txt").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Generate_GoldenArticle_MatchesSnapshot(string name)
    {
        var result = new ArticleGenerator().Generate(File.ReadAllText(Path.Combine(GoldenDirectory, "Inputs", name + ".txt")));
        var actual = new Snapshot(
            result.Title,
            result.Removed,
            result.Lesson.KeyTerms.Select(k => $"{k.Term} = {k.Expansion}").ToList(),
            result.Questions.Select(q => $"{q.Type} | {q.Stem} => {string.Join(" / ", QualityGates.CorrectAnswers(q))}").ToList());
        var path = Path.Combine(GoldenDirectory, name + ".json");

        if (Environment.GetEnvironmentVariable("IRLEARN_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, JsonSerializer.Serialize(actual, Options) + "\n");
        }

        Assert.True(File.Exists(path), $"No snapshot at {path}; run the tests with IRLEARN_UPDATE_GOLDEN=1 to create it.");
        var expected = JsonSerializer.Deserialize<Snapshot>(File.ReadAllText(path))!;
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Removed, actual.Removed);
        Assert.Equal(expected.KeyTerms, actual.KeyTerms);
        Assert.Equal(expected.Questions, actual.Questions);
    }

    public sealed record Snapshot(string Title, IReadOnlyList<string> Removed, IReadOnlyList<string> KeyTerms, IReadOnlyList<string> Questions);
}
