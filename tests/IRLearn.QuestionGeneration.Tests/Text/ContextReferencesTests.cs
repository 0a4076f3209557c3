using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Tests.Text;

public sealed class ContextReferencesTests
{
    [Theory]
    [InlineData("The vice president made this suggestion while on a trip to _____ in 2011.")]
    [InlineData("These two continents share a border along the _____.")]
    [InlineData("Others include _____ and the Eye Hospital.")]
    [InlineData("Their president, _____, finished high on the list.")]
    [InlineData("True or false: Another one, in Norway, has barely begun.")]
    [InlineData("That approach may yet deter _____ from closing the talks.")]
    [InlineData("True or false: In short, the general will choose the former.")]
    [InlineData("Nor has the government’s retreat on the _____ cooled anger.")]
    [InlineData("Although this plan had failed by _____, the allies tried again.")]
    public void Missing_StemPointingOutsideItself_IsTrue(string stem)
    {
        Assert.True(ContextReferences.Missing(stem));
    }

    [Theory]
    [InlineData("He faced two investigations in _____, but these cases were dropped in 2015.")]
    [InlineData("She was accused by one woman and by another one after a conference in _____.")]
    [InlineData("Both delegations said they hoped the exchange might open talks in _____.")]
    [InlineData("The rebels and the army said their talks in _____ had failed.")]
    [InlineData("“This is our moment,” _____ told the crowd.")]
    [InlineData("Made to pick between a naval _____, which would anger the traders, and open revolt in the ports, the council will choose the former.")]
    [InlineData("Although wary of the plan at first, the allies agreed to drop the port from the _____ in exchange for support for those penalties.")]
    public void Missing_StemThatHoldsWhatItPointsTo_IsFalse(string stem)
    {
        Assert.False(ContextReferences.Missing(stem));
    }
}
