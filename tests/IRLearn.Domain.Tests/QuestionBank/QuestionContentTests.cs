using IRLearn.Domain.QuestionBank;
using static IRLearn.Domain.Tests.TestData;

namespace IRLearn.Domain.Tests.QuestionBank;

public class QuestionContentTests
{
    [Fact]
    public void Create_ValidContentOfEveryType_Succeeds()
    {
        QuestionContent[] all = [MultipleChoice(), MultipleResponse(), TrueFalse(), FillInBlank(), Numeric(), ShortAnswer(), Matching()];

        Assert.Equal(Enum.GetValues<QuestionType>(), all.Select(c => c.Type));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Create_EmptyStem_IsRefused(string stem)
    {
        Rule.Broken("question.stem_invalid", () => QuestionContent.Create(QuestionType.ShortAnswer, stem, acceptedAnswers: ["x"]));
    }

    [Fact]
    public void Create_StemOf1000Characters_IsAcceptedAnd1001IsRefused()
    {
        Assert.Equal(1000, QuestionContent.Create(QuestionType.ShortAnswer, new string('a', 1000), acceptedAnswers: ["x"]).Stem.Length);
        Rule.Broken("question.stem_invalid", () => QuestionContent.Create(QuestionType.ShortAnswer, new string('a', 1001), acceptedAnswers: ["x"]));
    }

    [Fact]
    public void Create_MultipleChoiceWithOneOption_IsRefused()
    {
        Rule.Broken("question.options_invalid", () => QuestionContent.Create(QuestionType.MultipleChoice, "Stem?", options: [new("1992", true)]));
    }

    [Fact]
    public void Create_MultipleChoiceWithTwoCorrectOptions_IsRefused()
    {
        Rule.Broken("question.options_invalid", () => QuestionContent.Create(QuestionType.MultipleChoice, "Stem?", options: [new("1992", true), new("1997", true)]));
    }

    [Fact]
    public void Create_MultipleChoiceWithNoCorrectOption_IsRefused()
    {
        Rule.Broken("question.options_invalid", () => QuestionContent.Create(QuestionType.MultipleChoice, "Stem?", options: [new("1992", false), new("1997", false)]));
    }

    [Fact]
    public void Create_DuplicateOptionsIgnoringCase_IsRefused()
    {
        Rule.Broken("question.options_duplicate", () => QuestionContent.Create(QuestionType.MultipleChoice, "Stem?", options: [new("Kazakhstan", true), new("kazakhstan ", false)]));
    }

    [Fact]
    public void Create_MultipleResponseWithoutCorrectOption_IsRefused()
    {
        Rule.Broken("question.options_invalid", () => QuestionContent.Create(QuestionType.MultipleResponse, "Stem?", options: [new("A", false), new("B", false)]));
    }

    [Fact]
    public void Create_MultipleResponseWithAllCorrect_IsAccepted()
    {
        Assert.Equal(2, QuestionContent.Create(QuestionType.MultipleResponse, "Stem?", options: [new("A", true), new("B", true)]).Options.Count(o => o.IsCorrect));
    }

    [Fact]
    public void Create_TrueFalseOptionsInAnyOrderAndCase_AreCanonicalised()
    {
        var content = QuestionContent.Create(QuestionType.TrueFalse, "CICA began in 1992.", options: [new("false", false), new("TRUE", true)]);

        Assert.Equal([new QuestionOption("True", true), new QuestionOption("False", false)], content.Options);
    }

    [Fact]
    public void Create_TrueFalseWithOtherOptions_IsRefused()
    {
        Rule.Broken("question.options_invalid", () => QuestionContent.Create(QuestionType.TrueFalse, "Stem.", options: [new("Yes", true), new("No", false)]));
        Rule.Broken("question.options_invalid", () => QuestionContent.Create(QuestionType.TrueFalse, "Stem.", options: [new("True", true), new("False", false), new("Maybe", false)]));
    }

    [Fact]
    public void Create_TrueFalseBothCorrect_IsRefused()
    {
        Rule.Broken("question.options_invalid", () => QuestionContent.Create(QuestionType.TrueFalse, "Stem.", options: [new("True", true), new("False", true)]));
    }

    [Theory]
    [InlineData("Kazakhstan initiated CICA in 1992.")]
    [InlineData("Kazakhstan initiated __ in 1992.")]
    public void Create_FillInBlankWithoutBlank_IsRefused(string stem)
    {
        Rule.Broken("question.blank_missing", () => QuestionContent.Create(QuestionType.FillInBlank, stem, acceptedAnswers: ["CICA"]));
    }

    [Fact]
    public void Create_FillInBlankWithoutAcceptedAnswer_IsRefused()
    {
        Rule.Broken("question.accepted_answers_invalid", () => QuestionContent.Create(QuestionType.FillInBlank, "Kazakhstan initiated ___ in 1992.", acceptedAnswers: [" "]));
    }

    [Fact]
    public void Create_NumericWithoutAnswer_IsRefused()
    {
        Rule.Broken("question.numeric_answer_missing", () => QuestionContent.Create(QuestionType.Numeric, "What year?"));
    }

    [Fact]
    public void Create_NumericWithNegativeTolerance_IsRefused()
    {
        Rule.Broken("question.numeric_answer_invalid", () => QuestionContent.Create(QuestionType.Numeric, "What year?", numericAnswer: new NumericAnswer(1992m, -1m)));
    }

    [Fact]
    public void Create_ShortAnswerWithoutAcceptedAnswers_IsRefused()
    {
        Rule.Broken("question.accepted_answers_invalid", () => QuestionContent.Create(QuestionType.ShortAnswer, "Which forum?"));
    }

    [Fact]
    public void Create_ShortAnswerAcceptedAnswers_AreTrimmedAndDeduplicated()
    {
        var content = QuestionContent.Create(QuestionType.ShortAnswer, "Which forum?", acceptedAnswers: [" CICA ", "cica", "Almaty  process"]);

        Assert.Equal(["CICA", "Almaty process"], content.AcceptedAnswers);
    }

    [Fact]
    public void Create_MatchingWithOnePair_IsRefused()
    {
        Rule.Broken("question.pairs_invalid", () => QuestionContent.Create(QuestionType.Matching, "Match.", pairs: [new("A", "1")]));
    }

    [Fact]
    public void Create_MatchingWithRepeatedRight_IsRefused()
    {
        Rule.Broken("question.pairs_duplicate", () => QuestionContent.Create(QuestionType.Matching, "Match.", pairs: [new("A", "1"), new("B", "1")]));
    }

    [Fact]
    public void Create_MatchingWithRepeatedLeft_IsRefused()
    {
        Rule.Broken("question.pairs_duplicate", () => QuestionContent.Create(QuestionType.Matching, "Match.", pairs: [new("A", "1"), new("a", "2")]));
    }

    [Fact]
    public void Create_FieldsThatDoNotApplyToTheType_AreDropped()
    {
        var content = QuestionContent.Create(
            QuestionType.MultipleChoice,
            "Stem?",
            options: [new("1992", true), new("1997", false)],
            acceptedAnswers: ["1997"],
            numericAnswer: new NumericAnswer(1997m, 0m),
            pairs: [new("A", "1"), new("B", "2")]);

        Assert.Empty(content.AcceptedAnswers);
        Assert.Null(content.NumericAnswer);
        Assert.Empty(content.Pairs);
    }

    [Fact]
    public void Create_InvalidSourceRange_IsRefused()
    {
        Rule.Broken("question.source_invalid", () => QuestionContent.Create(QuestionType.ShortAnswer, "Which forum?", acceptedAnswers: ["CICA"], source: new SourceReference("Sentence.", -1, 9)));
        Rule.Broken("question.source_invalid", () => QuestionContent.Create(QuestionType.ShortAnswer, "Which forum?", acceptedAnswers: ["CICA"], source: new SourceReference("Sentence.", 0, 0)));
    }

    [Fact]
    public void Create_Tags_AreNormalisedAndDeduplicated()
    {
        var content = QuestionContent.Create(QuestionType.ShortAnswer, "Which forum?", acceptedAnswers: ["CICA"], tags: ["Kazakhstan", " kazakhstan", "Central  Asia"]);

        Assert.Equal(["Kazakhstan", "Central Asia"], content.Tags);
    }

    [Fact]
    public void Equals_SameContentBuiltTwice_AreEqual()
    {
        Assert.Equal(MultipleChoice(), MultipleChoice());
        Assert.NotEqual(MultipleChoice(), MultipleChoice("1993"));
    }

    [Fact]
    public void IsAnswerCompatibleWith_SameTypeAndOptionCount_True()
    {
        Assert.True(MultipleChoice().IsAnswerCompatibleWith(MultipleChoice("1993")));
        Assert.False(MultipleChoice().IsAnswerCompatibleWith(TrueFalse()));
        Assert.False(MultipleChoice().IsAnswerCompatibleWith(
            QuestionContent.Create(QuestionType.MultipleChoice, "Stem?", options: [new("1992", true), new("1997", false)])));
    }
}
