using IRLearn.QuestionGeneration.Tests.Support;

namespace IRLearn.QuestionGeneration.Tests.Analysis;

public sealed class CoreferenceResolverTests
{
    [Fact]
    public void Resolve_SentenceInitialIt_IsPreviousSubject()
    {
        var analysis = Analyze.Body("Kazakhstan has long backed disarmament. It initiated a regional forum in 1992.");

        var link = Assert.Single(analysis.Sentences[1].Pronouns);
        Assert.Equal("Kazakhstan", link.Antecedent?.Key);
    }

    [Fact]
    public void Resolve_TheCountry_IsLastCountrySubject()
    {
        var analysis = Analyze.Body("While acknowledging Israel's role, Kazakhstan upholds a principled view. The country supports the two-state solution.");

        Assert.Equal("Kazakhstan", analysis.Sentences[1].Pronouns.Single(p => p.Surface == "The country").Antecedent?.Key);
    }

    [Fact]
    public void Resolve_He_IsLastPerson()
    {
        var analysis = Analyze.Body("President Kassym-Jomart Tokayev spoke in Bishkek. He called for reform of the UN Security Council.");

        Assert.Equal("Kassym-Jomart Tokayev", analysis.Sentences[1].Pronouns.Single(p => p.Surface == "He").Antecedent?.Key);
    }

    [Fact]
    public void Resolve_ItWithoutCandidate_StaysUnresolved()
    {
        var analysis = Analyze.Body("The weather was mild all week. In practice, it means keeping friendly relations with China and Russia.");

        Assert.Null(analysis.Sentences[1].Pronouns.Single(p => p.Surface == "it").Antecedent);
    }

    [Fact]
    public void Resolve_PronounInsideQuotation_IsLeftAlone()
    {
        var analysis = Analyze.Body("President Emmanuel Macron spoke. \"It is a political necessity,\" he said.");

        Assert.DoesNotContain(analysis.Sentences[1].Pronouns, p => p.Surface == "It");
    }

    [Fact]
    public void Resolve_ExpletiveIt_IsNotALink()
    {
        var analysis = Analyze.Body("France voted first. It is clear that the vote mattered.");

        Assert.Empty(analysis.Sentences[1].Pronouns);
    }
}
