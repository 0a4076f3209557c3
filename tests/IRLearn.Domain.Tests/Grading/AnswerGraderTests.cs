using IRLearn.Domain.Attempts;
using IRLearn.Domain.Grading;
using IRLearn.Domain.QuestionBank;
using static IRLearn.Domain.Tests.TestData;

namespace IRLearn.Domain.Tests.Grading;

public class AnswerGraderTests
{
    [Fact]
    public void Grade_MultipleChoiceCorrectOption_FullPoints()
    {
        var outcome = AnswerGrader.Grade(MultipleChoice(), 2m, Answer.Choice(0));

        Assert.Equal(new GradeOutcome(2m, true, true), outcome);
    }

    [Fact]
    public void Grade_MultipleChoiceWrongOption_Zero()
    {
        Assert.Equal(GradeOutcome.Wrong, AnswerGrader.Grade(MultipleChoice(), 2m, Answer.Choice(1)));
    }

    [Fact]
    public void Grade_MultipleChoiceTwoOptionsSelected_Zero()
    {
        Assert.Equal(GradeOutcome.Wrong, AnswerGrader.Grade(MultipleChoice(), 2m, Answer.Choice(0, 1)));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    [InlineData(int.MaxValue)]
    public void Grade_ChoiceIndexOutOfRange_ZeroWithoutThrowing(int index)
    {
        Assert.Equal(GradeOutcome.Wrong, AnswerGrader.Grade(MultipleChoice(), 1m, Answer.Choice(index)));
        Assert.Equal(GradeOutcome.Wrong, AnswerGrader.Grade(MultipleResponse(), 1m, Answer.Choice(0, index + 10)));
    }

    [Fact]
    public void Grade_NoSelection_Zero()
    {
        Assert.Equal(GradeOutcome.Wrong, AnswerGrader.Grade(MultipleChoice(), 1m, Answer.Choice()));
    }

    [Theory]
    [InlineData(true, 0, true)]
    [InlineData(true, 1, false)]
    [InlineData(false, 1, true)]
    [InlineData(false, 0, false)]
    public void Grade_TrueFalse_ExactMatch(bool statementIsTrue, int selected, bool expectedCorrect)
    {
        var outcome = AnswerGrader.Grade(TrueFalse(statementIsTrue), 1m, Answer.Choice(selected));

        Assert.Equal(expectedCorrect, outcome.IsCorrect);
        Assert.Equal(expectedCorrect ? 1m : 0m, outcome.Score);
    }

    // Options: India ✓, Brazil ✓, Norway ✗, Chile ✗ — two correct, so each is worth half.
    [Theory]
    [InlineData(new[] { 0, 1 }, 4, true)]
    [InlineData(new[] { 0 }, 2, false)]
    [InlineData(new[] { 0, 1, 2 }, 2, false)]
    [InlineData(new[] { 0, 2 }, 0, false)]
    [InlineData(new[] { 0, 2, 3 }, 0, false)]
    [InlineData(new[] { 0, 1, 2, 3 }, 0, false)]
    [InlineData(new int[0], 0, false)]
    public void Grade_MultipleResponse_PartialCreditFlooredAtZero(int[] selected, int expectedScore, bool expectedCorrect)
    {
        var outcome = AnswerGrader.Grade(MultipleResponse(), 4m, Answer.Choice(selected));

        Assert.Equal(expectedScore, outcome.Score);
        Assert.Equal(expectedCorrect, outcome.IsCorrect);
        Assert.True(outcome.Decided);
    }

    [Fact]
    public void Grade_MultipleResponseThirds_RoundedToTwoDecimals()
    {
        var content = QuestionContent.Create(
            QuestionType.MultipleResponse,
            "Which are permanent members of the UN Security Council?",
            options: [new("France", true), new("China", true), new("Russia", true), new("Germany", false)]);

        Assert.Equal(0.67m, AnswerGrader.Grade(content, 1m, Answer.Choice(0, 1)).Score);
    }

    [Theory]
    [InlineData(1992, true)]
    [InlineData(1991.5, true)]
    [InlineData(1992.5, true)]
    [InlineData(1992.51, false)]
    [InlineData(1990, false)]
    public void Grade_Numeric_WithinToleranceInclusive(decimal given, bool expectedCorrect)
    {
        var outcome = AnswerGrader.Grade(Numeric(1992m, 0.5m), 3m, Answer.FromNumber(given));

        Assert.Equal(expectedCorrect, outcome.IsCorrect);
        Assert.Equal(expectedCorrect ? 3m : 0m, outcome.Score);
    }

    [Theory]
    [InlineData(-1_000)]
    [InlineData(1_000)]
    public void Grade_NumericAnswerAtTheEdgeOfTheRange_IsWrongWithoutOverflowing(int key)
    {
        Assert.Equal(GradeOutcome.Wrong, AnswerGrader.Grade(Numeric(key, 0.5m), 1m, Answer.FromNumber(decimal.MaxValue)));
        Assert.Equal(GradeOutcome.Wrong, AnswerGrader.Grade(Numeric(key, 0.5m), 1m, Answer.FromNumber(decimal.MinValue)));
        Assert.Equal(GradeOutcome.Wrong, AnswerGrader.Grade(Numeric(key, decimal.MaxValue), 1m, Answer.FromNumber(key > 0 ? decimal.MinValue : decimal.MaxValue)));
        Assert.Equal(GradeOutcome.Right(1m), AnswerGrader.Grade(Numeric(key, decimal.MaxValue), 1m, Answer.FromNumber(key > 0 ? decimal.MaxValue : decimal.MinValue)));
    }

    [Fact]
    public void Grade_NumericWithoutNumber_ZeroAndDecided()
    {
        Assert.Equal(GradeOutcome.Wrong, AnswerGrader.Grade(Numeric(), 1m, Answer.FromText("nineteen ninety-two")));
        Assert.Equal(GradeOutcome.Wrong, AnswerGrader.Grade(Numeric(), 1m, Answer.FromNumber(null)));
    }

    [Theory]
    [InlineData("CICA")]
    [InlineData("cica")]
    [InlineData("  C.I.C.A.  ")]
    [InlineData("the CICA")]
    public void Grade_FillInBlankNormalisedMatch_Correct(string given)
    {
        Assert.True(AnswerGrader.Grade(FillInBlank("CICA"), 1m, Answer.FromText(given)).IsCorrect);
    }

    [Fact]
    public void Grade_FillInBlankNoMatch_DecidedWrong()
    {
        var outcome = AnswerGrader.Grade(FillInBlank("CICA"), 1m, Answer.FromText("SCO"));

        Assert.Equal(GradeOutcome.Wrong, outcome);
    }

    [Fact]
    public void Grade_ShortAnswerNoMatch_UndecidedForManualGrading()
    {
        var outcome = AnswerGrader.Grade(ShortAnswer("CICA"), 1m, Answer.FromText("a security conference in Asia"));

        Assert.False(outcome.Decided);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Grade_ShortAnswerBlank_DecidedWrong(string? given)
    {
        Assert.Equal(GradeOutcome.Wrong, AnswerGrader.Grade(ShortAnswer("CICA"), 1m, Answer.FromText(given)));
    }

    [Theory]
    [InlineData("Côte d'Ivoire", "Cote d Ivoire")]
    [InlineData("five", "5")]
    [InlineData("5", "five")]
    [InlineData("twenty-one", "21")]
    [InlineData("one hundred and five", "105")]
    [InlineData("1,000", "one thousand")]
    [InlineData("São Tomé and Príncipe", "sao tome & principe")]
    [InlineData("50%", "50 percent")]
    [InlineData("The   United\tNations!", "united nations")]
    public void Grade_ShortAnswerNormalisation_Matches(string accepted, string given)
    {
        Assert.True(AnswerGrader.Grade(ShortAnswer(accepted), 1m, Answer.FromText(given)).IsCorrect);
    }

    [Fact]
    public void Grade_ShortAnswerDifferentNumber_DoesNotMatch()
    {
        Assert.False(AnswerGrader.Grade(ShortAnswer("twenty-one"), 1m, Answer.FromText("22")).IsCorrect);
    }

    [Fact]
    public void Grade_ShortAnswerAliasOfAcceptedAnswer_Correct()
    {
        var aliases = AliasMap.FromPairs([("CICA", "Conference on Interaction and Confidence-Building Measures in Asia")]);

        var outcome = AnswerGrader.Grade(ShortAnswer("CICA"), 1m, Answer.FromText("conference on interaction and confidence building measures in asia"), aliases);

        Assert.True(outcome.IsCorrect);
        Assert.False(AnswerGrader.Grade(ShortAnswer("CICA"), 1m, Answer.FromText("conference on interaction and confidence building measures in asia")).Decided);
    }

    [Theory]
    [InlineData(new[] { 0, 0, 1, 1, 2, 2 }, 3, true)]
    [InlineData(new[] { 0, 0, 1, 2, 2, 1 }, 1, false)]
    [InlineData(new[] { 0, 1, 1, 0 }, 0, false)]
    [InlineData(new[] { 0, 0 }, 1, false)]
    public void Grade_Matching_FractionOfCorrectPairs(int[] flatPairs, int expectedScore, bool expectedCorrect)
    {
        var matches = flatPairs.Chunk(2).Select(p => new MatchSelection(p[0], p[1]));

        var outcome = AnswerGrader.Grade(Matching(), 3m, Answer.FromMatches(matches));

        Assert.Equal(expectedScore, outcome.Score);
        Assert.Equal(expectedCorrect, outcome.IsCorrect);
    }

    [Fact]
    public void Grade_MatchingMalformed_ZeroWithoutThrowing()
    {
        var outOfRange = Answer.FromMatches(new MatchSelection(0, 0), new MatchSelection(5, 1));
        var leftTwice = Answer.FromMatches(new MatchSelection(0, 0), new MatchSelection(0, 1));

        Assert.Equal(GradeOutcome.Wrong, AnswerGrader.Grade(Matching(), 3m, outOfRange));
        Assert.Equal(GradeOutcome.Wrong, AnswerGrader.Grade(Matching(), 3m, leftTwice));
    }

    [Fact]
    public void Grade_AnswerOfTheWrongShape_ZeroWithoutThrowing()
    {
        Assert.Equal(GradeOutcome.Wrong, AnswerGrader.Grade(MultipleChoice(), 1m, Answer.FromText("1992")));
        Assert.Equal(GradeOutcome.Wrong, AnswerGrader.Grade(Matching(), 1m, Answer.Choice(0)));
        Assert.Equal(GradeOutcome.Wrong, AnswerGrader.Grade(FillInBlank(), 1m, Answer.FromNumber(5m)));
    }
}
