using IRLearn.QuestionGeneration.Entities;
using IRLearn.QuestionGeneration.Tests.Support;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Tests.Entities;

public sealed class AcronymDetectorTests
{
    private static List<AcronymPair> Detect(string sentence) => AcronymDetector.Detect(sentence, new TextRange(0, sentence.Length));

    [Theory]
    [InlineData("He addressed the Commonwealth of Independent States (CIS) in Bishkek.", "CIS", "Commonwealth of Independent States")]
    [InlineData("They created the Association of Southeast Asian Nations (ASEAN) in 1967.", "ASEAN", "Association of Southeast Asian Nations")]
    [InlineData("It proposed the Conference on Interaction and Confidence Building Measures in Asia (CICA).", "CICA", "Conference on Interaction and Confidence Building Measures in Asia")]
    [InlineData("Pledges are known as nationally determined contributions (NDCs).", "NDCs", "nationally determined contributions")]
    [InlineData("Talks on an India-Middle East-Europe Economic Corridor (IMEC) began.", "IMEC", "India-Middle East-Europe Economic Corridor")]
    public void Detect_LongFormThenAcronym_FindsPair(string sentence, string acronym, string expansion)
    {
        var pair = Assert.Single(Detect(sentence));
        Assert.Equal(acronym, pair.Acronym);
        Assert.Equal(expansion, pair.Expansion);
    }

    [Theory]
    [InlineData("CICA (Conference on Interaction and Confidence Building Measures in Asia) met.", "CICA", "Conference on Interaction and Confidence Building Measures in Asia")]
    [InlineData("Mercosur (the Southern Common Market, or Mercado Comun del Sur) grew.", "Mercosur", "Southern Common Market")]
    public void Detect_AcronymThenLongForm_FindsPair(string sentence, string acronym, string expansion)
    {
        Assert.Contains(Detect(sentence), p => p.Acronym == acronym && p.Expansion == expansion);
    }

    [Theory]
    [InlineData("They met the minister \" (SCO) in Astana.")]
    [InlineData("They met , “ (SCO) in Astana.")]
    public void Detect_LoneQuoteOrCommaBeforeTheAcronym_FindsNoLongFormAndDoesNotThrow(string sentence)
    {
        // Found by ArticleGeneratorProperties: a word of only quotes and commas was read past its end.
        Assert.Empty(Detect(sentence));
    }

    [Fact]
    public void Detect_ParenthesisedNonAcronym_FindsNothing()
    {
        Assert.Empty(Detect("The vote (held in secret) passed."));
    }

    [Fact]
    public void Analyze_OnlyOneFormInArticle_ExpandsFromGazetteer()
    {
        var analysis = Analyze.Body("Finland joined NATO in 2023 after a long debate.");

        Assert.Contains(analysis.Acronyms, a => a.Acronym == "NATO" && a.Expansion == "North Atlantic Treaty Organization" && a.DefinedIn is null);
    }
}
