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

    [Fact]
    public void Resolve_ItBeforeAParticiple_IsNotExpletive_AndTheChainContinues()
    {
        var analysis = Analyze.Body("The G20 was created in 1999 as a meeting of finance ministers. It was upgraded to a summit of leaders in November 2008. Its members account for around 85 percent of world output.");

        Assert.Equal("G20", analysis.Sentences[1].Pronouns.Single(p => p.Surface == "It").Antecedent?.Text);
        Assert.Equal("G20", analysis.Sentences[2].Pronouns.Single(p => p.Surface == "Its").Antecedent?.Text);
    }

    [Fact]
    public void Resolve_Possessive_BindsToTheSubjectOfItsOwnClause()
    {
        var analysis = Analyze.Body("The African Union joined the G20 in 2023. The move gave a continent a voice, and India had campaigned for it throughout its presidency.");

        var links = analysis.Sentences[1].Pronouns;
        Assert.Equal("African Union", links.Single(p => p.Surface == "it").Antecedent?.Text);
        Assert.Equal("India", links.Single(p => p.Surface == "its").Antecedent?.Text);
    }

    [Fact]
    public void Resolve_DefiniteHeadNoun_IsTheMostMentionedOrganisationWithThatHead()
    {
        var analysis = Analyze.Body(
            "The Arctic Council was created in 1996 in Ottawa. " +
            "The council works by consensus. " +
            "Six groups take part in its meetings: the Arctic Athabaskan Council, the Inuit Circumpolar Council and the Saami Council. " +
            "Around four million people live in the region. " +
            "In 2013 the council admitted six new observer states.");

        Assert.Equal("Arctic Council", analysis.Sentences[4].Pronouns.Single(p => p.Surface == "the council").Antecedent?.Text);
    }

    [Fact]
    public void Resolve_ItAfterASentenceWhoseOnlyEntityIsAModifier_StaysUnresolved()
    {
        var analysis = Analyze.Body("But the package, a fairer UN and sustainable growth, is one that many states could sign up to. It has given Astana a louder voice in international debates.");

        Assert.Null(analysis.Sentences[1].Pronouns.Single(p => p.Surface == "It").Antecedent);
    }

    [Fact]
    public void Resolve_ItAfterASentenceOpeningWithAName_IsThatName()
    {
        var analysis = Analyze.Body("COP28 in Dubai, hosted by the United Arab Emirates in 2023, completed the first global stocktake. Its final text called on countries to move away from fossil fuels.");

        Assert.Equal("COP28", analysis.Sentences[1].Pronouns.Single(p => p.Surface == "Its").Antecedent?.Text);
    }
}
