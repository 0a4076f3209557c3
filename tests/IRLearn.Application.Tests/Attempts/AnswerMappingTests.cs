using IRLearn.Application.Attempts;
using IRLearn.Domain.Attempts;
using IRLearn.Domain.Common;
using IRLearn.Domain.QuestionBank;

namespace IRLearn.Application.Tests.Attempts;

public sealed class AnswerMappingTests
{
    // Display position 0 shows canonical option 2, position 1 shows 0, position 2 shows 1.
    private static readonly int[] Shuffled = [2, 0, 1];

    [Fact]
    public void ToAnswer_ChoiceByDisplayPosition_StoresCanonicalIndex()
    {
        var answer = AnswerMapping.ToAnswer(QuestionType.MultipleChoice, Shuffled, new AnswerInput(1, Options: [1]));

        Assert.Equal([0], answer.SelectedOptions);
    }

    [Fact]
    public void ToAnswer_MultipleResponse_MapsEveryPosition()
    {
        var answer = AnswerMapping.ToAnswer(QuestionType.MultipleResponse, Shuffled, new AnswerInput(1, Options: [0, 2]));

        Assert.Equal([2, 1], answer.SelectedOptions);
    }

    [Fact]
    public void ToAnswer_TwoOptionsForSingleChoice_IsRefused()
    {
        var ex = Assert.Throws<DomainException>(() => AnswerMapping.ToAnswer(QuestionType.MultipleChoice, Shuffled, new AnswerInput(4, Options: [0, 1])));

        Assert.Equal("attempt.answer_invalid", ex.Code);
        Assert.Contains("Question 4", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public void ToAnswer_PositionOutOfRange_IsRefused(int position)
    {
        var ex = Assert.Throws<DomainException>(() => AnswerMapping.ToAnswer(QuestionType.MultipleChoice, Shuffled, new AnswerInput(1, Options: [position])));

        Assert.Equal("attempt.answer_invalid", ex.Code);
    }

    [Theory]
    [InlineData("1992", 1992)]
    [InlineData(" 1,992 ", 1992)]
    [InlineData("3.5", 3.5)]
    [InlineData("-12", -12)]
    public void ToAnswer_Numeric_ParsesInvariantNumbers(string text, double expected)
    {
        var answer = AnswerMapping.ToAnswer(QuestionType.Numeric, [], new AnswerInput(1, Text: text));

        Assert.Equal((decimal)expected, answer.Number);
    }

    [Fact]
    public void ToAnswer_NumericGarbage_GetsAClearMessage()
    {
        var ex = Assert.Throws<DomainException>(() => AnswerMapping.ToAnswer(QuestionType.Numeric, [], new AnswerInput(2, Text: "nineteen ninety-two")));

        Assert.Equal("attempt.answer_invalid", ex.Code);
        Assert.Contains("enter a number", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToAnswer_NumericBlank_IsAnEmptyAnswer()
    {
        var answer = AnswerMapping.ToAnswer(QuestionType.Numeric, [], new AnswerInput(1, Text: "  "));

        Assert.True(answer.IsEmpty);
    }

    [Fact]
    public void ToAnswer_Matching_MapsRightItemsToCanonicalAndSkipsBlanks()
    {
        var answer = AnswerMapping.ToAnswer(QuestionType.Matching, Shuffled, new AnswerInput(1, Matches: [1, null, 0]));

        Assert.Equal([new MatchSelection(0, 0), new MatchSelection(2, 2)], answer.Matches);
    }

    [Fact]
    public void ToAnswer_ShortAnswer_KeepsTheTextAsGiven()
    {
        var answer = AnswerMapping.ToAnswer(QuestionType.ShortAnswer, [], new AnswerInput(1, Text: "  The C.I.C.A. "));

        Assert.Equal("  The C.I.C.A. ", answer.Text);
    }

    [Fact]
    public void ToDisplay_RoundTripsWhatWasSent()
    {
        var choice = AnswerMapping.ToAnswer(QuestionType.MultipleResponse, Shuffled, new AnswerInput(1, Options: [2, 0]));
        var matching = AnswerMapping.ToAnswer(QuestionType.Matching, Shuffled, new AnswerInput(1, Matches: [2, 0, null]));

        Assert.Equal([2, 0], AnswerMapping.ToDisplay(Shuffled, choice).Options);
        Assert.Equal([2, 0, null], AnswerMapping.ToDisplay(Shuffled, matching).Matches);
    }

    [Fact]
    public void ToDisplay_Number_IsShownInInvariantForm()
    {
        Assert.Equal("3.5", AnswerMapping.ToDisplay([], Answer.FromNumber(3.5m)).Text);
    }
}
