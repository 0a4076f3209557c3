using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Tests.Text;

public sealed class InSentenceReferentTests
{
    private static int IndexOf(string sentence, string pronoun) => System.Text.RegularExpressions.Regex.Match(sentence, $@"\b{pronoun}\b").Index;

    [Theory]
    [InlineData("The area covers a market of about 1.3 billion people, making it the largest free trade area.", "it")]
    [InlineData("The highlands supply 85 percent of the water, most of it in summer.", "it")]
    [InlineData("The new corridor carried more cargo by early 2024 than the initiative had at its peak.", "its")]
    [InlineData("By the time the deal ended, more than 32.9 million tonnes of food had been exported under it, according to UN figures.", "it")]
    [InlineData("She wanted to leave by the time his government reached its third year in office.", "its")]
    [InlineData("Investors worry about the president’s erratic style, shown again by his early exit from the summit in Lima.", "his")]
    [InlineData("The task force will cost an estimated $310 million over its first five years.", "its")]
    public void Holds_ReferentInsideTheSentence_IsFound(string sentence, string pronoun)
    {
        Assert.True(InSentenceReferent.Holds(sentence, IndexOf(sentence, pronoun), pronoun));
    }

    [Theory]
    [InlineData("Egypt and Sudan rejected it at a summit in Cairo.", "it")]
    [InlineData("In practice, it means keeping friendly relations with China and Russia.", "it")]
    [InlineData("Kazakhstan has urged its neighbours to tackle the problem together.", "its")]
    [InlineData("Aides to the president of the assembly said his speech was cut short.", "his")]
    [InlineData("Officials said his early exit from the summit in Lima surprised them.", "his")]
    public void Holds_ReferentOutsideTheSentence_IsNotFound(string sentence, string pronoun)
    {
        Assert.False(InSentenceReferent.Holds(sentence, IndexOf(sentence, pronoun), pronoun));
    }
}
