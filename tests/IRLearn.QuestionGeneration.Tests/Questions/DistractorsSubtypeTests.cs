using IRLearn.QuestionGeneration.Entities;
using IRLearn.QuestionGeneration.Gazetteer;
using IRLearn.QuestionGeneration.Questions;
using IRLearn.QuestionGeneration.Tests.Support;

namespace IRLearn.QuestionGeneration.Tests.Questions;

/// <summary>Distractors of the key's own subtype and referent (judged BADDIST and same-referent faults, round 1–2).</summary>
public sealed class DistractorsSubtypeTests
{
    private static List<string> For(string body, string answer, string? published = null)
    {
        var analysis = published is null ? Analyze.Body(body) : Analyze.Body(published + "\n\n" + body);
        var sentence = analysis.Sentences.Last(s => s.Mentions.Any(m => m.Text == answer));
        return Distractors.For(sentence.Mentions.First(m => m.Text == answer), sentence, analysis);
    }

    [Fact]
    public void For_SurnameOfAPersonKnownByAnotherWord_NeverOffersAPieceOfTheSameName()
    {
        var distractors = For(
            "President Baek Suk Hoon declared an emergency late in the evening. Baek said the order would protect the state. " +
            "Foreign Minister Clara Osei and Defence Minister Piet Van Rooyen objected. Interior Minister Tomas Lind resigned. " +
            "Lawmakers later voted against Baek in a second ballot.",
            "Baek");

        Assert.DoesNotContain("Hoon", distractors);
        Assert.DoesNotContain("Suk", distractors);
        Assert.DoesNotContain("Baek Suk Hoon", distractors);
    }

    [Fact]
    public void For_Official_NeverOffersPeopleTheArticleGivesNoOffice()
    {
        var distractors = For(
            "Two teachers were held for three years by rebels in the hills. Mara Jovic said the guards fed them rice. " +
            "Leon Brandt said he had lost track of time. Otto Kessel said the rebels moved them every week. " +
            "Prime Minister Hanna Solberg thanked the mediators. Foreign Minister Dario Conti called the deal fragile. " +
            "Defence Minister Yusuf Adeyemi flew to the border. Secretary of State Ruth Calder welcomed the release of the teachers.",
            "Ruth Calder");

        Assert.Equal(3, distractors.Count);
        Assert.DoesNotContain("Mara Jovic", distractors);
        Assert.DoesNotContain("Leon Brandt", distractors);
        Assert.DoesNotContain("Otto Kessel", distractors);
    }

    [Fact]
    public void For_OfficeHolder_NeverOffersPeopleWithAnotherKindOfRole()
    {
        var distractors = For(
            "Dr. Amal Haddad, the director of the northern clinic, said fuel had run out. Dr. Omar Nasser, the head of the city hospital, agreed. " +
            "Dr. Lina Saleh, the chief surgeon, asked for help. President Karl Lindqvist promised aid. President Lindqvist spoke to reporters.",
            "Karl Lindqvist");

        Assert.DoesNotContain("Amal Haddad", distractors);
        Assert.DoesNotContain("Omar Nasser", distractors);
    }

    [Fact]
    public void For_Person_NeverOffersASeatOfGovernmentOrARank()
    {
        var analysis = Analyze.Body(
            "The White House said the envoy would travel on Friday. Lt. Gen. Rolf Amsel led the delegation. " +
            "Ambassador Nadia Frey said the talks were useful. Senator Paul Okafor said they were not. Minister Eva Lund said nothing.");

        Assert.DoesNotContain("White House", analysis.DistinctOfKind(EntityKind.Person).Select(m => m.Key));
        Assert.False(Distractors.LooksLikePerson("White House", IrGazetteer.Default));
        Assert.False(Distractors.LooksLikePerson("Lt", IrGazetteer.Default));
        Assert.False(Distractors.LooksLikePerson("Cabinet Room", IrGazetteer.Default));
        Assert.False(Distractors.LooksLikePerson("Canadian-born Smith", IrGazetteer.Default));
        Assert.True(Distractors.LooksLikePerson("Nadia Frey", IrGazetteer.Default));
    }

    [Fact]
    public void For_NamesSpelledALetterApart_OnlyOneIsOffered()
    {
        var distractors = For(
            "President Ivo Petrov said the border would stay open. President Petrov spoke in the capital. " +
            "Minister Hamid Al-Rashed disagreed. Minister Samir Al-Rashid agreed with him. Minister Ines Duarte stayed silent. Minister Nils Berg left.",
            "Ivo Petrov");

        Assert.False(distractors.Contains("Hamid Al-Rashed") && distractors.Contains("Samir Al-Rashid"));
    }

    [Fact]
    public void For_CentralBank_OnlyOffersCentralBanks()
    {
        var distractors = For(
            "The Bank of Canada raised its rate again. The World Trade Organization cut its trade forecast, and the Supreme Court heard the tariff case. " +
            "The Oval Office gave no comment. Analysts at the Harlow Institute expect the Bank of Canada to pause.",
            "Bank of Canada");

        Assert.Equal(3, distractors.Count);
        Assert.All(distractors, d => Assert.Equal("central-bank", AnswerTypes.Subtype(d, IrGazetteer.Default)));
    }

    [Theory]
    [InlineData("Federal Reserve Bank of Boston", "central-bank")]
    [InlineData("European Central Bank", "central-bank")]
    [InlineData("Supreme Court", "court")]
    [InlineData("Labour Party", "party")]
    [InlineData("Oval Office", "seat")]
    [InlineData("International Monetary Fund", "igo-financial")]
    [InlineData("NAFTA", "igo-trade-pact")]
    [InlineData("South China Sea", "water")]
    [InlineData("Europe", "continent")]
    [InlineData("Middle East", "region")]
    [InlineData("Global South", "grouping")]
    [InlineData("Himalayas", "feature")]
    [InlineData("South Carolina", "state")]
    public void Subtype_TellsKindsOfOneClassApart(string name, string subtype)
    {
        Assert.Equal(subtype, AnswerTypes.Subtype(name, IrGazetteer.Default));
    }

    [Fact]
    public void For_Continent_NeverOffersSeasOrLandforms()
    {
        var distractors = For(
            "Exporters from Europe face new duties. Ships crossing the South China Sea and the Red Sea pay more for insurance.",
            "Europe");

        Assert.All(distractors, d => Assert.Equal("continent", AnswerTypes.Subtype(d, IrGazetteer.Default)));
    }

    [Fact]
    public void For_State_OffersOnlyStates()
    {
        var distractors = For(
            "Amara Okafor, a former governor of Ohio, spoke in the Middle East last week. Ships in the Red Sea were delayed.",
            "Ohio");

        Assert.Equal(3, distractors.Count);
        Assert.All(distractors, d => Assert.Equal("state", AnswerTypes.Subtype(d, IrGazetteer.Default)));
    }

    [Fact]
    public void For_HyphenatedModifier_OnlyOffersTheSameShape()
    {
        var distractors = For(
            "Rebels carried AK-47s across the valley. The Iran-Iraq war was long over, and English-language radio reached the camps. " +
            "Critics warned of a Cuba-style embargo.",
            "Cuba-style");

        Assert.Empty(distractors);
    }

    [Fact]
    public void For_PastYear_NeverOffersAYearAfterTheArticleWasPublished()
    {
        for (var year = 2010; year <= 2021; year++)
        {
            var distractors = For($"The mission was first proposed in {year}, officials said.", year.ToString(System.Globalization.CultureInfo.InvariantCulture), "Published March 3, 2021");

            Assert.All(distractors, d => Assert.True(int.Parse(d, System.Globalization.CultureInfo.InvariantCulture) <= 2021, d));
        }
    }

    [Fact]
    public void For_Country_NeverOffersTheCountryTheSentenceNamesByItsDemonym()
    {
        var distractors = For(
            "Brazil hosted the talks. Japan and Chile signed a fisheries pact. Peru watched. The Brazilian president said ties with Argentina transcend any one government.",
            "Argentina");

        Assert.DoesNotContain("Brazil", distractors);
    }

    [Fact]
    public void For_FigureAfterDownFrom_OnlyOffersValuesAboveTheNewFigure()
    {
        var distractors = For("The bank expects output to grow 2.1% next year, down from an earlier forecast of 2.6%.", "2.6%");

        Assert.Equal(3, distractors.Count);
        Assert.All(distractors, d => Assert.True(decimal.Parse(d.TrimEnd('%'), System.Globalization.CultureInfo.InvariantCulture) > 2.1m, d));
    }

    [Fact]
    public void For_FigureAfterUpFrom_OnlyOffersValuesBelowTheNewFigure()
    {
        var distractors = For("Prices rose 9.4% in the year, up from 5.2% the year before.", "5.2%");

        Assert.All(distractors, d => Assert.True(decimal.Parse(d.TrimEnd('%'), System.Globalization.CultureInfo.InvariantCulture) < 9.4m, d));
    }

    [Fact]
    public void For_SmallDecimalPercent_NeighboursAreNotADigitApart()
    {
        var distractors = For("The bloc's economy will grow 0.5% next year, the agency said.", "0.5%");

        Assert.DoesNotContain("0.4%", distractors);
        Assert.DoesNotContain("0.6%", distractors);
    }

    [Fact]
    public void For_ElectionYear_OffersOtherYearsOfTheCycle()
    {
        var distractors = For("Turnout fell sharply in the 2012 presidential election, the survey found.", "2012");

        Assert.Equal(3, distractors.Count);
        Assert.All(distractors, d => Assert.Equal(0, (int.Parse(d, System.Globalization.CultureInfo.InvariantCulture) - 2012) % 4));
    }

    [Fact]
    public void For_YearSomeoneMayRunIn_OffersLaterYearsOfTheCycle()
    {
        var distractors = For("Supporters believe the senator is likely to run for president in 2028, they said.", "2028", "Published May 15, 2023");

        Assert.Equal(3, distractors.Count);
        Assert.All(distractors, d =>
        {
            var year = int.Parse(d, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(0, (year - 2028) % 4);
            Assert.True(year >= 2023, d);
        });
    }

    [Fact]
    public void For_PlannedDate_NeverOffersADateBeforePublication()
    {
        var distractors = For("Engineers will start the turbines on May 20, the operator said.", "May 20", "Published May 15, 2019");

        Assert.NotEmpty(distractors);
        Assert.All(distractors, d => Assert.True(int.Parse(d[4..], System.Globalization.CultureInfo.InvariantCulture) >= 15, d));
    }

    [Fact]
    public void For_Person_NeverOffersSomeoneTheSentenceAlreadyNames()
    {
        var distractors = For(
            "President Rhee Jin Woo faces an inquiry. Defence Minister Paek Sung-ho resigned. Foreign Minister Laila Odum said nothing. " +
            "Trade Minister Hugo Brandt left early. Culture Minister Nora Ilves stayed. Police are investigating Rhee, Paek and Interior Minister Dara Sohn.",
            "Dara Sohn");

        Assert.DoesNotContain("Paek Sung-ho", distractors);
        Assert.DoesNotContain("Rhee Jin Woo", distractors);
    }

    [Fact]
    public void For_CountryAcrossABorder_OnlyOffersCountriesOfTheSameRegion()
    {
        var distractors = For(
            "Canada and Brazil sent observers. The rebels held a town in northern Syria at the border with Turkey.",
            "Turkey");

        Assert.DoesNotContain("Canada", distractors);
        Assert.DoesNotContain("Brazil", distractors);
    }

    [Fact]
    public void For_Country_NeverOffersTheCountryWhoseLeaderTheSentenceNames()
    {
        var distractors = For(
            "Brazil and Argentina watched closely. Brazilian President Lucia Ferraz met Japan and Chile at the summit. " +
            "President Ferraz has pressed her trade talks with Peru for months.",
            "Peru");

        Assert.DoesNotContain("Brazil", distractors);
    }
}
