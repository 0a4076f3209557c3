using IRLearn.QuestionGeneration.Entities;
using IRLearn.QuestionGeneration.Questions;
using IRLearn.QuestionGeneration.Tests.Support;

namespace IRLearn.QuestionGeneration.Tests.Questions;

public sealed class DistractorsTests
{
    private static List<string> For(string body, string answer)
    {
        var analysis = Analyze.Body(body);
        var sentence = analysis.Sentences.First(s => s.Mentions.Any(m => m.Text == answer));
        return Distractors.For(sentence.Mentions.First(m => m.Text == answer), sentence, analysis);
    }

    [Fact]
    public void For_Year_GivesNearbyYears()
    {
        var distractors = For("Kazakhstan initiated a regional forum in 1992.", "1992");

        Assert.Equal(3, distractors.Count);
        Assert.All(distractors, d => Assert.InRange(int.Parse(d, System.Globalization.CultureInfo.InvariantCulture), 1985, 1999));
        Assert.DoesNotContain("1992", distractors);
    }

    [Fact]
    public void For_PersonAfterAnOffice_OffersFirstThePeopleTheArticleGivesThatOffice()
    {
        const string Body = """
            Government spokesman Tomas Holm said the summit would open on Monday.
            Spokeswoman Eva Berg confirmed that the delegations had arrived.
            President Kofi Mensah and President Piet Moss met in the morning.
            Later, President Ana Lind joined the talks on the water treaty.
            """;

        var distractors = For(Body, "Ana Lind");

        Assert.Equal(["Kofi Mensah", "Piet Moss"], distractors.Take(2).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("90%")]
    [InlineData("95%")]
    public void For_PercentageNearTheTop_StillGetsThreeSharesBelowIt(string share)
    {
        var distractors = For($"China accounts for roughly {share} of global rare earth processing.", share);

        Assert.True(distractors.Count >= 3, string.Join(", ", distractors));
        Assert.All(distractors, d => Assert.InRange(decimal.Parse(d.TrimEnd('%'), System.Globalization.CultureInfo.InvariantCulture), 1m, 99m));
    }

    [Fact]
    public void For_Percentage_KeepsFormatAndStep()
    {
        var distractors = For("About 80% of road traffic passes through Kazakhstan.", "80%");

        Assert.All(distractors, d => Assert.Matches(@"^[1-9]0%$", d));
        Assert.DoesNotContain("80%", distractors);
    }

    [Fact]
    public void For_WordQuantity_KeepsScaleWord()
    {
        var distractors = For("Water shortages may affect five billion people by 2050.", "five billion");

        Assert.All(distractors, d => Assert.EndsWith(" billion", d, StringComparison.Ordinal));
    }

    [Fact]
    public void For_Country_IsCountryNotNamedInSentence()
    {
        var distractors = For("Kazakhstan has ties with Israel. Kazakhstan trades with China and Russia.", "China");

        Assert.All(distractors, d => Assert.Equal("country", AnswerTypes.Classify(d)));
        Assert.DoesNotContain("Russia", distractors);
        Assert.DoesNotContain("Kazakhstan", distractors);
    }

    [Fact]
    public void For_CountryAlias_NeverOffersTheSameCountry()
    {
        var distractors = For("The US imposed tariffs. The United States later lifted them.", "US");

        Assert.DoesNotContain("United States", distractors);
        Assert.DoesNotContain("USA", distractors);
    }

    [Fact]
    public void For_Organisation_AcronymAnswerGetsAcronyms()
    {
        var distractors = For("Finland joined NATO in 2023.", "NATO");

        Assert.All(distractors, d => Assert.DoesNotContain(' ', d));
        Assert.All(distractors, d => Assert.Equal("organisation", AnswerTypes.Classify(d)));
    }

    [Fact]
    public void NumericNeighbours_Multiplier_AreOtherMultipliers()
    {
        var neighbours = Distractors.NumericNeighbours("fourfold", 7).Take(3).ToList();

        Assert.Equal(3, neighbours.Count);
        Assert.All(neighbours, n => Assert.Matches("^(?:two|three|five|six|seven)fold$", n));
    }

    [Fact]
    public void NumericNeighbours_CompoundNumberWord_VaryItsUnit()
    {
        var neighbours = Distractors.NumericNeighbours("twenty-five", 7).Take(3).ToList();

        Assert.Equal(3, neighbours.Count);
        Assert.All(neighbours, n => Assert.Matches("^twenty-(?:two|three|four|six|seven|eight)$", n));
    }

    [Fact]
    public void NumericNeighbours_GroupedNumber_KeepsThousandsSeparator()
    {
        var neighbours = Distractors.NumericNeighbours("1,400", 7).Take(3).ToList();

        Assert.All(neighbours, d => Assert.Matches(@"^\d{1,3}(?:,\d{3})*$", d));
        Assert.Contains(neighbours, d => d.Contains(',', StringComparison.Ordinal));
    }

    [Fact]
    public void For_SameInputTwice_IsDeterministic()
    {
        Assert.Equal(For("Kazakhstan initiated a forum in 1992.", "1992"), For("Kazakhstan initiated a forum in 1992.", "1992"));
    }

    [Fact]
    public void For_EntityKind_AllDistractorsClassifyAsAnswer()
    {
        var analysis = Analyze.Body("The leaders met in Bishkek, the capital of Kyrgyzstan.");
        var sentence = analysis.Sentences[0];
        var city = sentence.Mentions.Single(m => m.Kind == EntityKind.City);

        Assert.All(Distractors.For(city, sentence, analysis), d => Assert.Equal("city", AnswerTypes.Classify(d)));
    }

    [Fact]
    public void For_DottedAcronym_NeverOffersItsUndottedForm()
    {
        var distractors = For("The UN Security Council met in May. Only four U.N. member states have never joined the treaty.", "U.N.");

        Assert.DoesNotContain("UN", distractors);
    }

    [Fact]
    public void For_NameWithAPlaceHead_OnlyOffersNamesWithTheSameHead()
    {
        var distractors = For(
            "Vessels faced off at Scarborough Shoal in 2012. Marines still guard Mischief Reef, Subi Reef and Fiery Cross Reef. The Cold War shaped the region. The Cold War ended. Sailors also patrol Whitsun Reef.",
            "Scarborough Shoal");

        Assert.DoesNotContain("Cold War", distractors);
    }

    [Fact]
    public void For_MoneyNeighbourOfFourDigits_IsGrouped()
    {
        var distractors = Distractors.NumericNeighbours("$843 billion", 7).ToList();

        Assert.All(distractors, d => Assert.Matches(@"^\$(?:\d{1,3}|\d{1,3}(?:,\d{3})+) billion$", d));
    }

    // Original prose about invented talks: people, places, institutions and figures of several kinds at once.
    private const string Talks =
        "Foreign Minister Ana Petrova met Ambassador Tomas Keller in Vienna on 12 March 2019. " +
        "Later, Defence Minister Lars Holm and Senator Maria Ruiz joined the talks at the United Nations. " +
        "The Danube Commission and the World Bank sent observers from Hungary and Romania. " +
        "Mr. Keller said the fund would grow to $843 billion, and that 40 percent of it would go to Serbia. " +
        "Envoy Karl Brandt arrived a day later.";

    [Fact]
    public void For_Person_GivesOtherPeopleOfTheArticleOnly()
    {
        var analysis = Analyze.Body(Talks);
        var people = analysis.DistinctOfKind(EntityKind.Person).Select(m => m.Key).ToHashSet();

        var distractors = For(Talks, "Lars Holm");

        Assert.Equal(3, distractors.Count);
        Assert.All(distractors, d => Assert.Contains(d, people));
        Assert.DoesNotContain("Lars Holm", distractors);
    }

    [Fact]
    public void For_PersonAfterAnHonorific_OnlyOffersPeopleTheArticleGivesTheSameOne()
    {
        const string body = "Mr. Keller and Ms. Petrova arrived first. Mr. Holm came later, and Mr. Brandt sent a deputy. " +
            "Ms. Petrova spoke after Mr. Brandt. Later Mr. Keller thanked Mr. Holm.";
        var analysis = Analyze.Body(body);
        var sentence = analysis.Sentences[^1];
        var answer = sentence.Mentions.First(m => m.Kind == EntityKind.Person && m.Text.Contains("Holm", StringComparison.Ordinal));

        var distractors = Distractors.For(answer, sentence, analysis);

        Assert.DoesNotContain(distractors, d => d.Contains("Petrova", StringComparison.Ordinal));
    }

    [Fact]
    public void For_Country_GivesCountriesOfItsRegionBeforeTheArticlesOthers()
    {
        const string body = "Observers came from Hungary and Brazil. Delegates from Italy joined them. Officials from Serbia arrived on Monday.";
        var analysis = Analyze.Body(body);
        var region = analysis.Gazetteer.CountryByName["Serbia"].Region;

        var distractors = For(body, "Serbia");

        Assert.Equal(3, distractors.Count);
        Assert.Contains("Italy", distractors);
        Assert.All(distractors, d => Assert.Equal(region, analysis.Gazetteer.CountryByName[d].Region));
    }

    [Fact]
    public void For_Country_WhoseRegionHasTooFewOthers_FallsBackOnTheArticlesCountries()
    {
        const string body = "Negotiators from Japan and Brazil met. The deal was signed in Mexico.";

        var distractors = For(body, "Mexico");

        Assert.Equal(3, distractors.Count);
        Assert.Contains("Canada", distractors);
        Assert.Contains("United States", distractors);
        Assert.Contains(distractors, d => d is "Japan" or "Brazil");
    }

    [Fact]
    public void For_Date_GivesDatesInTheSameFormat()
    {
        var distractors = For(Talks, "12 March 2019");

        Assert.Equal(3, distractors.Count);
        Assert.All(distractors, d => Assert.Matches(@"^\d{1,2} March 2019$", d));
    }

    [Theory]
    [InlineData("$843 billion", @"^\$\d[\d,]* billion$")]
    [InlineData("40 percent", @"^\d+ percent$")]
    public void For_Amount_GivesAmountsOfTheSameUnit(string answer, string shape)
    {
        var distractors = For(Talks, answer);

        Assert.Equal(3, distractors.Count);
        Assert.All(distractors, d => Assert.Matches(shape, d));
    }

    [Fact]
    public void For_Organisation_NeverOffersAPersonOrAPlace()
    {
        var distractors = For(Talks, "World Bank");

        Assert.NotEmpty(distractors);
        Assert.All(distractors, d => Assert.Equal("organisation", AnswerTypes.Classify(d)));
    }

    [Fact]
    public void For_UnitedNations_NeverOffersOneOfItsOwnBodies()
    {
        const string body = "The UN Security Council met on Monday. The United Nations later published the text, and NATO and the IAEA welcomed it.";

        var distractors = For(body, "United Nations");

        Assert.DoesNotContain(distractors, d => d.StartsWith("UN", StringComparison.Ordinal) || d.StartsWith("United Nations", StringComparison.Ordinal));
    }

    [Fact]
    public void For_PlaceTheArticleGivesTwoNames_NeverOffersTheOtherName()
    {
        const string body = "Refugees gathered at Zorya Camp (formerly Lenin Camp) near the border. Aid reached Zorya Camp, Sokol Camp and Orel Camp by lorry.";
        var analysis = Analyze.Body(body);

        Assert.Contains("Lenin Camp", analysis.AliasesOf("Zorya Camp"));
        var sentence = analysis.Sentences[^1];
        var answer = sentence.Mentions.First(m => m.Text == "Zorya Camp");
        Assert.DoesNotContain("Lenin Camp", Distractors.For(answer, sentence, analysis));
    }

    [Fact]
    public void For_NameOfUnknownKind_HasNoDistractors()
    {
        const string body = "Kovar Holdings signed the deal. Blue Ridge agreed. Marten Group and Sila stayed out.";
        var analysis = Analyze.Body(body);
        var sentence = analysis.Sentences[0];
        var name = sentence.Mentions.FirstOrDefault(m => m.Kind == EntityKind.Name);

        Assert.True(name is null || Distractors.For(name, sentence, analysis).Count == 0);
    }

    [Fact]
    public void For_InstitutionTheGazetteerClasses_NeverOffersTheArticlesCourtsOrParties()
    {
        const string body = "The Supreme Court and the Republican Party objected to the plan. Weeks later the UN Security Council met in New York to discuss it.";
        var analysis = Analyze.Body(body);
        var sentence = analysis.Sentences[^1];
        var answer = sentence.Mentions.First(m => m.Kind == EntityKind.Organisation);
        var answerClass = answer.Hit!.Organisation!.Class;

        var distractors = Distractors.For(answer, sentence, analysis);

        Assert.NotEmpty(distractors);
        Assert.DoesNotContain("Supreme Court", distractors);
        Assert.DoesNotContain("Republican Party", distractors);
        Assert.All(distractors, d => Assert.Equal(answerClass, analysis.Gazetteer.TryLookup(d, out var hit) ? hit.Organisation?.Class : null));
    }

    [Fact]
    public void For_PersonAfterAnotherCountrysTitle_OffersOnlyPeopleTheArticleGivesThatTitle()
    {
        var distractors = For(
            "President Tomas Berg of Norland met Secretary of State Anders Holm and Foreign Minister Lena Dahl in Oslo. " +
            "General Piet Kroon said the talks had failed. Australian Prime Minister Ivo Marek said the hostages were safe.",
            "Ivo Marek");

        Assert.Empty(distractors);
    }

    [Fact]
    public void For_PersonAfterAPronounTheStemNames_NeverOffersThatPerson()
    {
        var distractors = For(
            "Minister Anders Holm joined the cabinet of Norland in 2019 after the election.\n\n" +
            "President Tomas Berg flew to Oslo in May for the summit on fishing rights.\n\n" +
            "Weeks later, he let his defence minister Ivo Marek go, and the minister took the blame.",
            "Ivo Marek");

        Assert.DoesNotContain(distractors, d => d.Contains("Berg", StringComparison.Ordinal));
    }
}
