using IRLearn.Cli.Quality;
using IRLearn.QuestionGeneration;
using Xunit;

namespace IRLearn.Cli.Tests.Quality;

/// <summary>
/// The report must count exactly what the scorer counts. Each expectation below was printed by that scorer's
/// own match function (tools/score.py, outside the repository) for the same pair.
/// </summary>
public sealed class FactMatcherTests
{
    private const string Sentence = "The lending agency now counts 190 member countries, its chief economist said.";

    [Theory]
    [InlineData("The United States", "United States", true)]
    [InlineData("United States", "the United States", true)]
    [InlineData("2.7%", "2.7%", true)]
    [InlineData("2.7 percent", "2.7%", false)]
    [InlineData("190", "190-country", false)]
    [InlineData("190.0", "190", true)]
    [InlineData("1,400", "1400", false)]
    [InlineData("$20 billion", "$20 billion", true)]
    [InlineData("about $20 billion in goods", "$20 billion", true)]
    [InlineData("the end of the year", "end of the year", true)]
    [InlineData("Pierre-Olivier Gourinchas", "Gourinchas", true)]
    [InlineData("IMF chief economist Pierre-Olivier Gourinchas said", "Gourinchas", false)]
    [InlineData("Gourinchas", "Pierre-Olivier Gourinchas", false)]
    [InlineData("Women’s Protection Units", "Women's Protection Units", true)]
    [InlineData("1340.0", "1,340", false)]
    [InlineData("13%", "13", true)]
    [InlineData("Tokayevs", "Tokayev", false)]
    [InlineData("8", "8.1%", false)]
    [InlineData("5%", "5 percent", true)]
    public void Matches_AgreesWithTheScorer(string answer, string variant, bool expected)
    {
        Assert.Equal(expected, FactMatcher.Matches(answer, [variant]));
    }

    [Fact]
    public void Covers_NeedsEveryAnchorInSourceOrStem_AndAMatchingCorrectAnswer()
    {
        var question = Question("How many member countries does the lending agency count?", [new OptionDraft("190", true), new OptionDraft("180", false)]);
        var fact = new LabelledFact("members", ["190"], ["LENDING AGENCY", "member countries"]);

        Assert.True(FactMatcher.Covers(question, fact));
        Assert.False(FactMatcher.Covers(question, fact with { Anchors = ["lending agency", "annual meeting"] }));
        Assert.False(FactMatcher.Covers(question, fact with { Answers = ["180"] }));
    }

    [Fact]
    public void CorrectAnswers_IncludeKeyedOptionsAcceptedAnswersTheNumericValueAndBothSidesOfPairs()
    {
        var question = Question("Match them.", [new OptionDraft("Yes", true), new OptionDraft("No", false)]) with
        {
            AcceptedAnswers = ["one"],
            NumericAnswer = new NumericAnswerDraft(1340.0m, 0m),
            Pairs = [new PairDraft("IMF", "International Monetary Fund")],
        };

        Assert.Equal(["Yes", "one", "1340.0", "IMF", "International Monetary Fund"], FactMatcher.CorrectAnswers(question));
    }

    [Theory]
    [InlineData("1992", "1992")]
    [InlineData("1992.0", "1992.0")]
    [InlineData("0.10", "0.1")]
    [InlineData("134.05", "134.05")]
    public void JsonNumber_IsHowTheScorerReadsTheValueBack(string value, string expected)
    {
        Assert.Equal(expected, FactMatcher.JsonNumber(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void IsBoilerplate_LooksAtStemSourceAndOptions_IgnoringCase()
    {
        var question = Question("Which agency took the photograph?", [new OptionDraft("Getty Images", true), new OptionDraft("Reuters", false)]);

        Assert.True(FactMatcher.IsBoilerplate(question, ["getty images"]));
        Assert.True(FactMatcher.IsBoilerplate(question, ["CHIEF ECONOMIST SAID"]));
        Assert.False(FactMatcher.IsBoilerplate(question, ["Sign up for our newsletter"]));
    }

    private static GeneratedQuestion Question(string stem, IReadOnlyList<OptionDraft> options) =>
        new("q1", GeneratedQuestionType.MultipleChoice, stem, options, null, null, null, string.Empty, new SourceSpan(Sentence, 0, Sentence.Length), GeneratedDifficulty.Medium, []);
}
