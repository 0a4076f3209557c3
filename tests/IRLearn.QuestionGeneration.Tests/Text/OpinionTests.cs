using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Tests.Text;

public sealed class OpinionTests
{
    [Theory]
    [InlineData("The junta is likely to close the border before the rains.")]
    [InlineData("A ceasefire would allow the first convoys to reach the valley.")]
    [InlineData("When we think of the islands, we picture the old fishing fleets.")]
    [InlineData("Because of our neglect, the delta has been left to the smugglers.")]
    [InlineData("Those who believe the junta is weakening are deluding themselves.")]
    [InlineData("The governor has brought his characteristic impatience to the harbour talks.")]
    [InlineData("When the ministry said no troops were in the valley, it wasn’t exactly telling the truth.")]
    [InlineData("The fisherman is keenly aware of the fuel shortages in the port.")]
    public void IsView_PredictionOrWriterSpeaking_IsTrue(string sentence)
    {
        Assert.True(Opinion.IsView(sentence, opinionPiece: false));
    }

    [Theory]
    [InlineData("The ministry said the border would reopen in May.")]
    [InlineData("The assembly ratified the treaty in May 2019 by 80 votes to 12.")]
    [InlineData("“We will not retreat,” the governor told the crowd in the port.")]
    [InlineData("“These critics are deluding themselves,” the governor said.")]
    [InlineData("Officials could not say exactly how many boats had left the port.")]
    public void IsView_AttributedOrPlainFact_IsFalse(string sentence)
    {
        Assert.False(Opinion.IsView(sentence, opinionPiece: false));
    }

    [Fact]
    public void IsView_InAnOpinionPiece_TakesEveryUnattributedSentence()
    {
        Assert.True(Opinion.IsView("The blockade has been a failure from the start.", opinionPiece: true));
        Assert.False(Opinion.IsView("The envoy said the blockade had failed.", opinionPiece: true));
    }

    [Fact]
    public void IsOpinionPiece_WriterInFirstPersonTwice_IsTrue()
    {
        Assert.True(Opinion.IsOpinionPiece(["We forget the delta too easily.", "The port was built in 1901.", "Our leaders never visit it."]));
        Assert.False(Opinion.IsOpinionPiece(["“We forget the delta,” the mayor said.", "The port was built in 1901.", "Our leaders never visit it."]));
    }
}
