using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Tests.Text;

public sealed class WordsTests
{
    [Theory]
    [InlineData("organisation", "an")]
    [InlineData("treaty", "a")]
    [InlineData("NGO", "an")]
    [InlineData("UN body", "a")]
    [InlineData("European state", "a")]
    [InlineData("hour", "an")]
    [InlineData("university", "a")]
    [InlineData("80% share", "an")]
    [InlineData("$8 billion", "an")]
    [InlineData("$1 billion", "a")]
    [InlineData("£11 million", "an")]
    public void IndefiniteArticleFor_Phrase_AgreesWithSound(string phrase, string expected)
    {
        Assert.Equal(expected, Words.IndefiniteArticleFor(phrase));
    }

    [Fact]
    public void TakesDefiniteArticle_Name_AsRunningTextWritesIt()
    {
        string[] withThe = ["UK", "U.S.", "Czech Republic", "Middle East", "Gaza Strip", "Black Sea", "World Bank"];
        string[] bare = ["Mexico", "Kashmir", "East Africa"];

        Assert.All(withThe, name => Assert.True(Words.TakesDefiniteArticle(name), name));
        Assert.All(bare, name => Assert.False(Words.TakesDefiniteArticle(name), name));
    }

    [Theory]
    [InlineData("of which 3.5 percent would go", "5 percent", false)]
    [InlineData("about 1,340 kilometres", "340 kilometres", false)]
    [InlineData("aim for 5 percent by 2035", "5 percent", true)]
    [InlineData("the un general assembly", "un", true)]
    [InlineData("the unity of states", "un", false)]
    public void ContainsPhrase_WholeWordsAndNumbers_MatchesOnlyWholeTokens(string text, string phrase, bool expected)
    {
        Assert.Equal(expected, Words.ContainsPhrase(text, phrase));
    }

    [Fact]
    public void Normalize_TypographicText_ComparesAsPlain()
    {
        Assert.Equal("dostyk-moyynty's \"route\"", Words.Normalize("  Dostyk–Moyynty’s   “Route” "));
    }

    [Fact]
    public void QuotedSpans_Sentence_FindsQuotedText()
    {
        const string text = "He said “it is over” and left.";
        var span = Assert.Single(Words.QuotedSpans(text));

        Assert.Equal("“it is over”", span.Slice(text));
    }
}
