using System.Text.Json;

namespace IRLearn.QuestionGeneration.Tests;

public sealed class ArticleGeneratorTests
{
    private static readonly string Article = File.ReadAllText(Path.Combine(Support.RepositoryRoot.Find(), "tests", "IRLearn.QuestionGeneration.Tests", "Golden", "Inputs", "kazakhstan-foreign-policy.txt"));

    [Fact]
    public void Generate_SameInputTwice_GivesIdenticalOutput()
    {
        var first = JsonSerializer.Serialize(new ArticleGenerator().Generate(Article));
        var second = JsonSerializer.Serialize(new ArticleGenerator().Generate(Article));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Generate_Article_NumbersQuestionsInOrder()
    {
        var questions = new ArticleGenerator().Generate(Article).Questions;

        Assert.Equal(Enumerable.Range(1, questions.Count).Select(i => "q" + i), questions.Select(q => q.Id));
    }

    [Fact]
    public void Generate_Article_EverySourceIsItsSliceOfTheCleanedText()
    {
        var result = new ArticleGenerator().Generate(Article);

        Assert.All(result.Questions, q => Assert.Equal(q.Source.Sentence, result.CleanedText.Substring(q.Source.Start, q.Source.Length)));
    }

    [Fact]
    public void Generate_Article_RemovedBlocksAreNotInCleanedText()
    {
        var result = new ArticleGenerator().Generate(Article);

        Assert.NotEmpty(result.Removed);
        Assert.All(result.Removed, r => Assert.DoesNotContain(r, result.CleanedText, StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_ExplicitTitle_IsUsed()
    {
        Assert.Equal("Given Title", new ArticleGenerator().Generate("Kazakhstan initiated a forum in 1992.", "Given Title").Title);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("Just a title")]
    public void Generate_NearlyEmptyInput_ReturnsEmptyBankWithoutThrowing(string text)
    {
        Assert.Empty(new ArticleGenerator().Generate(text).Questions);
    }

    [Theory]
    [InlineData("Kazakhstan sent ۳۰۰ soldiers to the border in 1992. The government said ۴۵ percent of voters agreed. It spent $۱۲ billion on the Shanghai Cooperation Organisation (SCO) summit.")]
    [InlineData("Kazakhstan sent ३०० soldiers to the border in 1992. The minister said the treaty cost ३ billion dollars.")]
    public void Generate_DigitsOfOtherScripts_AreNotParsedAsFigures(string text)
    {
        // Found by ArticleGeneratorProperties: "\d" matched Arabic-Indic and Devanagari digits, which decimal.Parse refuses.
        var result = new ArticleGenerator().Generate(text);

        Assert.DoesNotContain(result.Questions.Concat(result.MoreCandidates), q => q.NumericAnswer is not null && q.Source.Sentence.Contains("soldiers", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_NullInput_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new ArticleGenerator().Generate(null!));
    }

    [Fact]
    public void Generate_ParallelCalls_AgreeWithSequentialCall()
    {
        var expected = JsonSerializer.Serialize(new ArticleGenerator().Generate(Article).Questions);
        var generator = new ArticleGenerator();
        var results = Enumerable.Range(0, 4).AsParallel().Select(_ => JsonSerializer.Serialize(generator.Generate(Article).Questions)).ToList();

        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
