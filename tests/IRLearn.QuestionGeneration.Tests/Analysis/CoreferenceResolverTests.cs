using IRLearn.QuestionGeneration.Analysis;
using IRLearn.QuestionGeneration.Entities;
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
    public void Resolve_She_IsTheWomanTheArticleCallsMs_NotTheLastPersonWithATitleThatSaysNothing()
    {
        var analysis = Analyze.Body(
            "Ms. Varga met Mr. Osei on Monday. Ms. Varga is said to distrust Mr. Osei, a sharper critic of the bloc than his deputy, Lt. Gen. Tomas Brandt. But she has worked closely with Ms. Lind.");

        var link = analysis.Sentences[2].Pronouns.Single(p => p.Surface == "she");
        Assert.Equal("Varga", link.Antecedent?.Key.Split(' ')[^1]);
    }

    [Fact]
    public void Resolve_AgeDescription_IsTheOnePersonBefore_AndItsSentencePronounsFollowIt()
    {
        var analysis = Analyze.Body(
            "Prosecutors in Vestaria dropped the case against Ambassador Tomas Brandt on Monday. The 52-year-old Norlander was arrested in May and held for 40 days for breaking his parole.");

        var links = analysis.Sentences[1].Pronouns;
        Assert.Equal("Tomas Brandt", links.Single(p => p.Surface == "The 52-year-old Norlander").Antecedent?.Key);
        Assert.Equal("Tomas Brandt", links.Single(p => p.Surface == "his").Antecedent?.Key);
    }

    [Fact]
    public void Resolve_AgeDescription_AfterTwoPeople_StaysAsWritten()
    {
        var analysis = Analyze.Body("Ambassador Tomas Brandt met Minister Ines Varga on Monday. The 52-year-old diplomat was arrested in May.");

        Assert.DoesNotContain(analysis.Sentences[1].Pronouns, p => p.Surface.Contains("year-old", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolve_SecondSubjectHe_GoesOnMeaningTheFirst_NotTheObjectNamedBetween()
    {
        var analysis = Analyze.Body(
            "President Ivo Brandt ruled Norland for a decade. In 2012, he stepped aside, placing his ally Minister Karel Dvorak at the head of the cabinet while he held on to control.");

        var links = analysis.Sentences[1].Pronouns.Where(p => p.Surface == "he").ToList();
        Assert.Equal(2, links.Count);
        Assert.All(links, l => Assert.Equal("Ivo Brandt", l.Antecedent?.Key));
    }

    [Fact]
    public void Resolve_APersonTheSentenceCallsShe_IsNeverItsHe()
    {
        var analysis = Analyze.Body(
            "President Ivo Brandt spoke on Monday. Brandt hoped to weaken Senator Ana Lind if she ran, or to stop her winning, if he was able to.");

        var he = analysis.Sentences[1].Pronouns.Single(p => p.Surface == "he");
        Assert.Equal("Ivo Brandt", he.Antecedent?.Key);
    }

    [Fact]
    public void Resolve_MadeItClear_IsNoPronounToResolve()
    {
        var analysis = Analyze.Body("Senator Ana Lind has made it clear to voters that she will be tough on tariffs.");

        Assert.DoesNotContain(analysis.Sentences[0].Pronouns, p => p.Surface == "it");
    }

    [Fact]
    public void Resolve_TheCountry_IsLastCountrySubject()
    {
        var analysis = Analyze.Body("While acknowledging Israel's role, Kazakhstan upholds a principled view. The country supports the two-state solution.");

        Assert.Equal("Kazakhstan", analysis.Sentences[1].Pronouns.Single(p => p.Surface == "The country").Antecedent?.Key);
    }

    [Fact]
    public void Resolve_TheCountry_IsTheCountryTheTitleNamesByItsDemonym_EvenWhenAnotherIsMentionedAsOften()
    {
        var analysis = Analyze.Article(
            "Chilean senate rejects the pension reform",
            "Chile's senate voted against the reform on 3 May 2023. The United States and Chile trade copper. " +
            "The United States buys lithium. The United States has no view on it. The United States sells grain to Chile. Officials expect a new vote. " +
            "Senators said that the vote also delayed the country's budget until June 2023.");

        Assert.Equal("Chile", analysis.DominantCountry?.Key);
        Assert.Equal("Chile", analysis.Sentences[^1].Pronouns.Single(p => p.Surface == "the country's").Antecedent?.Key);
    }

    [Fact]
    public void Resolve_TheCountry_AfterASentenceOpeningWithACountrysPossessive_IsThatCountry()
    {
        var analysis = Analyze.Article(
            "Sweden joins the alliance",
            "Sweden joined the alliance in 2024. Sweden had stayed neutral for two centuries. Finland's case was the more dramatic. " +
            "The country shares a border of about 1,340 kilometres with Russia.");

        Assert.Equal("Finland", analysis.Sentences[^1].Pronouns.Single(p => p.Surface == "The country").Antecedent?.Key);
    }

    [Fact]
    public void Resolve_TheCountry_InASentenceAboutAnotherCountrysPeople_IsLeftUnresolved()
    {
        var analysis = Analyze.Article(
            "Bangladesh signs river deal with China",
            "Bangladesh signed the river deal in Beijing in 2025. Bangladesh will repay the loan over 20 years. " +
            "Indian officials fear a narrow strip of Indian territory that links the country's northeastern states to the rest of India.");

        Assert.Null(analysis.Sentences[^1].Pronouns.Single(p => p.Surface == "the country's").Antecedent);
    }

    [Fact]
    public void Resolve_TheGroup_IsTheOnlyUnknownNameEarlierInItsSentence()
    {
        var analysis = Analyze.Body("Mediators hope to bring the Volta Front to talks with the government in Accra and end the group's 12-year revolt.");

        Assert.Equal("Volta Front", analysis.Sentences[0].Pronouns.Single(p => p.Surface == "the group's").Antecedent?.Key);
    }

    [Fact]
    public void Resolve_TheGroup_WithTwoUnknownNamesBeforeIt_StaysUnresolved()
    {
        var analysis = Analyze.Body("Mediators hope to bring the Volta Front and the Kivu Rising to talks and end the group's 12-year revolt.");

        Assert.Null(analysis.Sentences[0].Pronouns.Single(p => p.Surface == "the group's").Antecedent);
    }

    [Fact]
    public void Resolve_He_IsLastPerson()
    {
        var analysis = Analyze.Body("President Kassym-Jomart Tokayev spoke in Bishkek. He called for reform of the UN Security Council.");

        Assert.Equal("Kassym-Jomart Tokayev", analysis.Sentences[1].Pronouns.Single(p => p.Surface == "He").Antecedent?.Key);
    }

    [Fact]
    public void Resolve_TheFund_IsTheOrganisationWhoseNameHoldsTheNoun()
    {
        var analysis = Analyze.Body("The International Monetary Fund cut its outlook for Peru. The European Union kept its own. The fund expects growth of 2.1% in 2024.");

        Assert.Equal("International Monetary Fund", analysis.Sentences[2].Pronouns.Single(p => p.Surface == "The fund").Antecedent?.Key);
    }

    [Fact]
    public void Resolve_TheBankWithNoBankNamed_IsNoPronoun()
    {
        var analysis = Analyze.Body("The European Union cut its outlook for Peru. The bank expects growth of 2.1% in 2024.");

        Assert.DoesNotContain(analysis.Sentences[1].Pronouns, p => p.Surface == "The bank");
    }

    [Fact]
    public void Resolve_She_IsNeverAManTheArticleCallsMister()
    {
        var analysis = Analyze.Body("President Anna Lindqvist met President Tomas Berg in Oslo. Ms. Lindqvist praised Mr. Berg. She then spoke in favour of the treaty in 2019.");

        Assert.Equal("Anna Lindqvist", analysis.Sentences[2].Pronouns.Single(p => p.Surface == "She").Antecedent?.Key);
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
        Assert.Equal("India", links.Single(p => p.Surface == "its").Antecedent?.Text);
        // An object "it" could mean the union or the move: it is left alone.
        Assert.Null(links.Single(p => p.Surface == "it").Antecedent);
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

    [Fact]
    public void Resolve_ItThatIsAThing_IsNoCountry_NorIsTheItsAfterIt()
    {
        var analysis = Analyze.Body("Ethiopia launched construction of a dam on the Blue Nile in April 2011. With an installed capacity of 5,150 megawatts, it is the largest hydroelectric plant in Africa, and its reservoir can hold 74 billion cubic metres.");

        Assert.All(analysis.Sentences[1].Pronouns, p => Assert.Null(p.Antecedent));
    }

    [Fact]
    public void Resolve_ItAfterAnOpeningPossessive_IsThatCountry()
    {
        var analysis = Analyze.Body("Egypt sees the same structure as a threat. Sudan's position has shifted over time: it stands to benefit from more regular flows.");

        Assert.Equal("Sudan", analysis.Sentences[1].Pronouns.Single(p => p.Surface == "it").Antecedent?.Text);
    }

    [Fact]
    public void Resolve_FrontedHis_IsTheSubjectAfterIt()
    {
        var analysis = Analyze.Body("His successor, Joe Biden, brought the country back in 2021. On 20 January 2025, his first day back in office, President Donald Trump signed an order to withdraw again.");

        Assert.Equal("Donald Trump", analysis.Sentences[1].Pronouns.Single(p => p.Surface == "his").Antecedent?.Key);
    }

    [Fact]
    public void Resolve_TheAgreementCitedOnceInPassing_StaysUnresolved()
    {
        var analysis = Analyze.Body("Negotiators added a reference to the Paris Agreement as an essential element. The agreement would create one of the biggest free trade areas in the world.");

        Assert.Null(analysis.Sentences[1].Pronouns.Single(p => p.Surface == "The agreement").Antecedent);
    }

    [Fact]
    public void Resolve_TheTreatyOfAnArticleAboutIt_IsThatTreaty()
    {
        var analysis = Analyze.Body("The Treaty on the Non-Proliferation of Nuclear Weapons opened for signature in 1968. Every five years the Treaty on the Non-Proliferation of Nuclear Weapons is reviewed. The treaty recognises only five nuclear-weapon states.");

        Assert.Equal("Treaty on the Non-Proliferation of Nuclear Weapons", analysis.Sentences[2].Pronouns.Single(p => p.Surface == "The treaty").Antecedent?.Key);
    }

    [Fact]
    public void Resolve_ItAfterThat_IsTheSubjectOfTheClauseBefore()
    {
        var analysis = Analyze.Body("The UN brokered the deal in 2022. The deal depended on a belligerent, and when Russia judged that it no longer gained enough, the arrangement ended.");

        Assert.Equal("Russia", analysis.Sentences[1].Pronouns.Single(p => p.Surface == "it").Antecedent?.Text);
    }

    [Fact]
    public void Resolve_SeatOfGovernment_ActsAsItsGovernment()
    {
        var analysis = Analyze.Body("The deal was extended in May 2023. On 17 July 2023 the Kremlin announced that it would not renew the agreement.");

        Assert.Equal("Kremlin", analysis.Sentences[1].Pronouns.Single(p => p.Surface == "it").Antecedent?.Text);
    }

    [Fact]
    public void Resolve_ItsWhoseClauseHasACommonNounSubject_StaysInTheSentence()
    {
        var analysis = Analyze.Body("Ukraine opened its own route along the coast. Despite strikes on Odesa, the new corridor carried more cargo by early 2024 than the initiative had at its peak.");

        Assert.Null(analysis.Sentences[1].Pronouns.Single(p => p.Surface == "its").Antecedent);
    }

    [Fact]
    public void Resolve_CapitalOpeningAClauseAfterAComma_IsTheTopic()
    {
        var analysis = Analyze.Body("Joining took fifteen years of negotiation, and Beijing agreed to cut tariffs. Its share of world exports rose to 14 percent.");

        Assert.Equal("Beijing", analysis.Sentences[1].Pronouns.Single(p => p.Surface == "Its").Antecedent?.Text);
    }

    [Fact]
    public void Resolve_TheBody_IsNotTheArticlesMainOrganisation()
    {
        var analysis = Analyze.Body(
            "The World Trade Organization opened in Geneva in 1995. The World Trade Organization has 166 members. The World Trade Organization settles disputes. " +
            "The Appellate Body hears appeals. The United States, which argues that the body overstepped its mandate, blocked appointments.");

        Assert.Null(analysis.Sentences[4].Pronouns.Single(p => p.Surface == "the body").Antecedent);
    }

    private static PronounLink PronounIn(ArticleAnalysis analysis, string surface) =>
        analysis.Sentences.SelectMany(s => s.Pronouns).First(p => p.Surface == surface);

    [Fact]
    public void Resolve_HeOpeningAParagraph_IsTheOnePersonOfTheSentencesBefore()
    {
        var analysis = Analyze.Body("President Tomas Berg fled to Vienna in 2016 after the vote.\n\nThe exile was arrested in April and jailed for a year.\n\nHe is now held at a prison near Graz, where he awaits a second trial.");

        Assert.Equal("Tomas Berg", PronounIn(analysis, "He").Antecedent?.Key);
    }

    [Fact]
    public void Resolve_HeAfterTwoPeople_StaysUnresolved()
    {
        var analysis = Analyze.Body("President Tomas Berg met President Anders Holm in Vienna in 2016.\n\nHe is now held at a prison near Graz, where he awaits a second trial.");

        Assert.Null(PronounIn(analysis, "He").Antecedent);
    }

    [Fact]
    public void Resolve_HisAfterAPersonTheSentenceDescribes_StaysUnresolved()
    {
        // "The spokeswoman" may be the one "her" means; a person named earlier is no safe stand-in.
        var analysis = Analyze.Body("President Tomas Berg fled to Vienna in 2016 after the vote.\n\nThe prison spokeswoman said his cell was searched in May.");

        Assert.Null(PronounIn(analysis, "his").Antecedent);
    }

    [Fact]
    public void Resolve_SheOpeningAParagraph_IsNeverAManTheArticleCallsMister()
    {
        var analysis = Analyze.Body("President Tomas Berg fled to Vienna in 2016 after the vote. Mr. Berg denies the charges.\n\nShe is now held at a prison near Graz.");

        Assert.Null(PronounIn(analysis, "She").Antecedent);
    }

    [Fact]
    public void Resolve_HisInAnOpeningPhrase_IsThePersonTheClauseThenNames()
    {
        // The sentence before names someone else last; the opening phrase still belongs to the subject after it.
        var analysis = Analyze.Body(
            "President Tomas Berg was jailed in May after a long trial in the capital.\n\n" +
            "The court spokesman, Anders Holm, said on Friday that the appeal had failed. Before his release on Saturday, Berg, 63, a former chief judge, had not spoken in public since the verdict.");

        Assert.Equal("Tomas Berg", PronounIn(analysis, "his").Antecedent?.Key);
    }

    [Fact]
    public void Resolve_HeFollowedByACapitalisedWord_IsASurnameNotAPronoun()
    {
        var analysis = Analyze.Body("President Tomas Berg opened the talks.\n\nHe Wenlong, a former trade envoy, said at a forum in Vienna that the tariffs would stay.");

        Assert.Null(PronounIn(analysis, "He").Antecedent);
    }

    [Fact]
    public void Register_DescribingCompoundBeforeAName_IsNoPartOfIt()
    {
        var analysis = Analyze.Body("Austrian-born Berg faces a charge of fraud in Norland after the collapse of the bank.\n\nBerg denies the charge and says the case is political.");

        Assert.Equal("Berg", analysis.Sentences[1].Mentions.Single(m => m.Kind == EntityKind.Person).Key);
    }

    [Fact]
    public void Register_NameWithAnAccentedCapital_IsOnePerson()
    {
        var analysis = Analyze.Body("The movement changed after founder and leader Ömer Çelikdağ was captured in 1999. Çelikdağ has written from prison since.");

        Assert.Equal("Ömer Çelikdağ", analysis.Sentences[1].Mentions.Single(m => m.Kind == EntityKind.Person).Key);
    }

    [Fact]
    public void Resolve_HisInAClauseThatHasItsSubject_IsNotThePersonNamedAfterIt()
    {
        var analysis = Analyze.Body(
            "President Tomas Berg left the summit early.\n\n" +
            "Vienna is worried about the president’s temper — as shown by his abrupt exit from a meeting in Graz with Norland’s leader, Anders Holm.");

        Assert.NotEqual("Anders Holm", PronounIn(analysis, "his").Antecedent?.Key);
    }

    [Fact]
    public void Resolve_TheCentralBank_IsTheCentralBankTheArticleNames()
    {
        var analysis = Analyze.Body(
            "The World Bank cut its forecast for Norland. The World Bank expects a slowdown, and the Bank of Canada has warned of the same.\n\n" +
            "Since April, the central bank has lifted its main lending rate to 4.5% from 1%, the steepest climb in a decade.");

        Assert.Equal("Bank of Canada", PronounIn(analysis, "the central bank").Antecedent?.Key);
    }

    [Fact]
    public void Resolve_TheGroup_IsTheOnlyAcronymOfTheSentenceBefore()
    {
        var analysis = Analyze.Body("The VLF’s tactics changed after its founder was captured in 2001. The group had set up a base in the Karsk Hills near the border.");

        Assert.Equal("VLF", PronounIn(analysis, "The group").Antecedent?.Key);
    }
}
