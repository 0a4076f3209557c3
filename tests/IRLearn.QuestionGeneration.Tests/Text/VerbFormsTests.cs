using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Tests.Text;

public sealed class VerbFormsTests
{
    [Theory]
    [InlineData("initiated", "initiate")]
    [InlineData("signed", "sign")]
    [InlineData("proposed", "propose")]
    [InlineData("founded", "found")]
    [InlineData("admitted", "admit")]
    [InlineData("unified", "unify")]
    [InlineData("joined", "join")]
    [InlineData("held", "hold")]
    [InlineData("recognised", "recognise")]
    [InlineData("approved", "approve")]
    [InlineData("controlled", "control")]
    [InlineData("called", "call")]
    [InlineData("announced", "announce")]
    [InlineData("agreed", "agree")]
    [InlineData("required", "require")]
    [InlineData("united", "unite")]
    public void ToBase_PastTense_ReturnsBaseForm(string past, string expected)
    {
        Assert.Equal(expected, VerbForms.ToBase(past));
    }

    [Theory]
    [InlineData("initiated", true)]
    [InlineData("took", true)]
    [InlineData("hundred", false)]
    [InlineData("United", false)]
    [InlineData("policy", false)]
    public void IsPastTense_Word_ClassifiesVerbs(string word, bool expected)
    {
        Assert.Equal(expected, VerbForms.IsPastTense(word));
    }
}
