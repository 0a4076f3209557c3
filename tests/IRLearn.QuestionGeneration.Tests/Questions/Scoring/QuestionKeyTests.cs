using System.Text.Json;
using IRLearn.QuestionGeneration.Questions.Scoring;
using IRLearn.QuestionGeneration.Tests.Support;

namespace IRLearn.QuestionGeneration.Tests.Questions.Scoring;

/// <summary>
/// The key must equal what the judges' script (tools/qkey.py, outside the repository) computes from the CLI's JSON:
/// question-keys.json holds questions of every type in the contract's shape, each with the key that script printed.
/// </summary>
public sealed class QuestionKeyTests
{
    private static readonly string FixturePath =
        Path.Combine(RepositoryRoot.Find(), "tests", "IRLearn.QuestionGeneration.Tests", "Questions", "Scoring", "question-keys.json");

    public static TheoryData<int> Fixtures()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(FixturePath));
        return new(Enumerable.Range(0, document.RootElement.GetArrayLength()));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Compute_FixtureQuestion_EqualsTheReferenceScriptsKey(int index)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(FixturePath));
        var json = document.RootElement[index];

        var key = QuestionKey.Compute(FromJson(json));

        Assert.Equal(json.GetProperty("key").GetString(), key);
    }

    [Fact]
    public void Compute_IgnoresIdExplanationSourceAndConfidence_ButNotTheKeyedOption()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(FixturePath));
        var question = FromJson(document.RootElement[0]);
        var relabelled = question with { Id = "m7", Explanation = "Other words.", Source = new SourceSpan("Elsewhere.", 3, 10), Confidence = 0.9 };
        var rekeyed = question with { Options = [.. question.Options!.Select(o => o with { IsCorrect = !o.IsCorrect })] };

        Assert.Equal(QuestionKey.Compute(question), QuestionKey.Compute(relabelled));
        Assert.NotEqual(QuestionKey.Compute(question), QuestionKey.Compute(rekeyed));
        Assert.Matches("^[0-9a-f]{16}$", QuestionKey.Compute(question));
    }

    [Theory]
    [InlineData("1992", "1992")]
    [InlineData("1992.0", "1992")]
    [InlineData("0.10", "0.1")]
    [InlineData("134.05", "134.05")]
    [InlineData("-2.50", "-2.5")]
    [InlineData("5000000000", "5000000000")]
    [InlineData("0.00001", "1e-05")]
    public void Number_PrintsLikeTheReferenceScript(string value, string expected)
    {
        Assert.Equal(expected, QuestionKey.Number(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static GeneratedQuestion FromJson(JsonElement json)
    {
        var typeName = json.GetProperty("type").GetString();
        var type = Enum.GetValues<GeneratedQuestionType>().Single(t => ContractNames.TypeName(t) == typeName);
        var source = json.GetProperty("source");
        return new GeneratedQuestion(
            json.GetProperty("id").GetString()!,
            type,
            json.GetProperty("stem").GetString()!,
            json.TryGetProperty("options", out var options) ? [.. options.EnumerateArray().Select(o => new OptionDraft(o.GetProperty("text").GetString()!, o.GetProperty("isCorrect").GetBoolean()))] : null,
            json.TryGetProperty("acceptedAnswers", out var accepted) ? [.. accepted.EnumerateArray().Select(a => a.GetString()!)] : null,
            json.TryGetProperty("numericAnswer", out var numeric) ? new NumericAnswerDraft(numeric.GetProperty("value").GetDecimal(), numeric.GetProperty("tolerance").GetDecimal()) : null,
            json.TryGetProperty("pairs", out var pairs) ? [.. pairs.EnumerateArray().Select(p => new PairDraft(p.GetProperty("left").GetString()!, p.GetProperty("right").GetString()!))] : null,
            json.GetProperty("explanation").GetString()!,
            new SourceSpan(source.GetProperty("sentence").GetString()!, source.GetProperty("start").GetInt32(), source.GetProperty("length").GetInt32()),
            GeneratedDifficulty.Medium,
            []);
    }
}
