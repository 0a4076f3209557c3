using IRLearn.Domain.Grading;
using IRLearn.Domain.Lessons;

namespace IRLearn.Domain.Tests.Grading;

public class AliasMapTests
{
    [Fact]
    public void AreEquivalent_PairIsSymmetric()
    {
        var map = AliasMap.FromPairs([("un", "united nations")]);

        Assert.True(map.AreEquivalent("un", "united nations"));
        Assert.True(map.AreEquivalent("united nations", "un"));
        Assert.False(map.AreEquivalent("un", "nato"));
    }

    [Fact]
    public void AreEquivalent_ChainedPairs_AreTransitive()
    {
        var map = AliasMap.FromPairs([("USA", "United States"), ("US", "United States of America"), ("United States", "United States of America")]);

        Assert.True(map.AreEquivalent("usa", "us"));
    }

    [Fact]
    public void FromKeyTerms_UsesNormalisedTermAndExpansion()
    {
        var map = AliasMap.FromKeyTerms([new KeyTerm("SCO", "Shanghai Cooperation Organisation")]);

        Assert.True(map.AreEquivalent(AnswerNormalizer.Normalize("the Shanghai Cooperation Organisation"), "sco"));
    }

    [Fact]
    public void Empty_OnlyEqualTextIsEquivalent()
    {
        Assert.True(AliasMap.Empty.AreEquivalent("sco", "sco"));
        Assert.False(AliasMap.Empty.AreEquivalent("sco", "nato"));
    }
}
