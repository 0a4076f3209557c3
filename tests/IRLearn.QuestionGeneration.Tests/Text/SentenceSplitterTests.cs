using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static string[] Split(string text) => SentenceSplitter.Split(text).Select(r => r.Slice(text)).ToArray();

    // Golden cases: each input with the sentences it must yield, separated by " | ".
    [Theory]
    [InlineData("The U.S. and the U.N. agreed. Talks resume today.", "The U.S. and the U.N. agreed. | Talks resume today.")]
    [InlineData("Gen. Smith met Dr. Jones in St. Petersburg. They talked.", "Gen. Smith met Dr. Jones in St. Petersburg. | They talked.")]
    [InlineData("The summit opened on Jan. 5 at 9 a.m. local time. It closed late.", "The summit opened on Jan. 5 at 9 a.m. local time. | It closed late.")]
    [InlineData("Resolution No. 242 was adopted. Israel objected.", "Resolution No. 242 was adopted. | Israel objected.")]
    [InlineData("John F. Kennedy signed the treaty in 1963. It entered into force.", "John F. Kennedy signed the treaty in 1963. | It entered into force.")]
    [InlineData("Growth slowed to 2.5 percent in 2023. Exports fell.", "Growth slowed to 2.5 percent in 2023. | Exports fell.")]
    [InlineData("Some states, e.g. Chad, abstained. Others voted yes.", "Some states, e.g. Chad, abstained. | Others voted yes.")]
    [InlineData("Members, i.e. France and Spain, agreed. The vote passed.", "Members, i.e. France and Spain, agreed. | The vote passed.")]
    [InlineData("Trade, energy, etc. were discussed. Nothing was signed.", "Trade, energy, etc. were discussed. | Nothing was signed.")]
    [InlineData("The talks stalled... Then a deal emerged.", "The talks stalled... | Then a deal emerged.")]
    [InlineData("She said, \"We will not yield.\" The crowd cheered.", "She said, \"We will not yield.\" | The crowd cheered.")]
    [InlineData("He said: “We are ready.” Nobody believed him.", "He said: “We are ready.” | Nobody believed him.")]
    [InlineData("\"Is this the end?\" he asked. Nobody answered.", "\"Is this the end?\" he asked. | Nobody answered.")]
    [InlineData("It worked in the U.S. The Europeans followed.", "It worked in the U.S. | The Europeans followed.")]
    [InlineData("Why now? Because the deadline passed!", "Why now? | Because the deadline passed!")]
    [InlineData("“Talks failed. We tried,” the envoy said. Then he left.", "“Talks failed. We tried,” the envoy said. | Then he left.")]
    public void Split_GoldenCase_YieldsExpectedSentences(string text, string expected)
    {
        Assert.Equal(expected.Split(" | "), Split(text));
    }

    [Fact]
    public void Split_LineBreak_AlwaysEndsSentence()
    {
        Assert.Equal(["A heading", "The body starts here."], Split("A heading\nThe body starts here."));
    }

    [Fact]
    public void Split_Range_ReportsOffsetsIntoWholeText()
    {
        const string text = "Ignore this. Keep one. Keep two.";
        var ranges = SentenceSplitter.Split(text, new TextRange(13, text.Length - 13));

        Assert.Equal(["Keep one.", "Keep two."], ranges.Select(r => r.Slice(text)));
        Assert.Equal(13, ranges[0].Start);
    }
}
