using IRLearn.QuestionGeneration.Entities;
using IRLearn.QuestionGeneration.Questions;
using IRLearn.QuestionGeneration.Tests.Support;

namespace IRLearn.QuestionGeneration.Tests.Questions;

public sealed class StemWriterTests
{
    /// <summary>The stem that blanks the mention written <paramref name="answer"/> in the sentence at <paramref name="sentenceIndex"/>.</summary>
    private static string? Rewrite(string body, int sentenceIndex, string answer)
    {
        var analysis = Analyze.Body(body);
        var sentence = analysis.Sentences[sentenceIndex];
        return StemWriter.Rewrite(sentence, analysis.Text, sentence.Mentions.Single(m => m.Text == answer).Range);
    }

    private static string? Wh(string body, int sentenceIndex, EntityKind kind)
    {
        var analysis = Analyze.Body(body);
        var sentence = analysis.Sentences[sentenceIndex];
        return StemWriter.WhQuestion(sentence, analysis.Text, sentence.Mentions.First(m => m.Kind == kind));
    }

    private const string Converted = "Satellite images showed that about 8,400 hectares (20,760 acres) of forest had been cleared along the river.";

    [Fact]
    public void Rewrite_FigureGivenAgainConverted_DropsTheConversionThatGivesItAway()
    {
        Assert.Equal(
            "Satellite images showed that about _____ hectares of forest had been cleared along the river.",
            Rewrite(Converted, 0, "8,400"));
    }

    [Fact]
    public void Rewrite_TheConvertedFigure_IsNoStem()
    {
        // "(_____ acres)" after "8,400 hectares" asks for arithmetic, not for the article.
        Assert.Null(Rewrite(Converted, 0, "20,760"));
    }

    [Fact]
    public void WhQuestion_PastVerbWithPronounSubject_InvertsAndResolves()
    {
        var question = Wh(
            "Kazakhstan has backed disarmament. It initiated the Conference on Interaction and Confidence Building Measures in Asia in 1992, a forum for dialogue.",
            1,
            EntityKind.Year);

        Assert.Equal("In what year did Kazakhstan initiate the Conference on Interaction and Confidence Building Measures in Asia?", question);
    }

    [Fact]
    public void WhQuestion_Passive_UsesAuxiliary()
    {
        Assert.Equal("In what year was NATO founded?", Wh("NATO was founded in 1949.", 0, EntityKind.Year));
    }

    [Fact]
    public void WhQuestion_NameTheRecogniserMissed_KeepsItsCapital()
    {
        // "Lindqvist" opens the sentence, so it is not taken for a name; the article writes it capitalised mid-sentence.
        Assert.Equal(
            "In what year was Lindqvist elected to the assembly?",
            Wh("The party chose Lindqvist as its leader. Lindqvist was elected to the assembly in 2014.", 1, EntityKind.Year));
    }

    [Fact]
    public void WhQuestion_CommonNounOpeningTheSentence_IsLowerCased()
    {
        Assert.Equal("In what year did observers fear a famine in the valley?", Wh("Observers feared a famine in the valley in 2014.", 0, EntityKind.Year));
    }

    [Fact]
    public void WhQuestion_Place_AsksWhere()
    {
        Assert.Equal("Where was the summit held?", Wh("The summit was held in Bishkek.", 0, EntityKind.City));
    }

    [Fact]
    public void WhQuestion_TwoClauses_Refuses()
    {
        Assert.Null(Wh("A study published in 2022 found that the Arctic is warming fast.", 0, EntityKind.Year));
    }

    [Fact]
    public void WhQuestion_TimeOfASubordinateClause_Refuses()
    {
        Assert.Null(Wh("The region's trade has suffered badly since the border shut in 2021.", 0, EntityKind.Year));
    }

    [Theory]
    [InlineData("Observers feared a famine akin to the one in the valley in 2014.")]
    [InlineData("Officials warned of a crisis similar to the collapse of the currency in 2014.")]
    public void WhQuestion_TimeOfTheEventTheClauseComparesWith_Refuses(string body)
    {
        Assert.Null(Wh(body, 0, EntityKind.Year));
    }

    [Theory]
    [InlineData("At the same time, however, the envoys left Ostrava.", "The envoys left Ostrava.")]
    [InlineData("And, on 3 May, Norland closed its border.", "On 3 May, Norland closed its border.")]
    [InlineData("But the talks went on.", "The talks went on.")]
    [InlineData("Andorra voted against the motion.", "Andorra voted against the motion.")]
    [InlineData("Separately, Norland is seeking the envoy's extradition.", "Norland is seeking the envoy's extradition.")]
    [InlineData("To be sure, the envoys do not want a blockade.", "The envoys do not want a blockade.")]
    [InlineData("By contrast, Andorra abstained.", "Andorra abstained.")]
    [InlineData("So far, 12 states have ratified the pact.", "So far, 12 states have ratified the pact.")]
    public void StripMarker_OpeningMarkersAndConjunctions_AreAllRemoved(string sentence, string expected)
    {
        Assert.Equal(expected, StemWriter.StripMarker(sentence));
    }

    [Theory]
    [InlineData("Currently, said Dr. Roe, the director of the clinic, there are 40 beds left.")]
    [InlineData("However, added the envoy, the talks will resume in Ostrava.")]
    public void StripMarker_MarkerBeforeAnInvertedAttribution_Stays(string sentence)
    {
        // Without its marker the sentence would open "Said Dr. Roe, …", which is no sentence.
        Assert.Equal(sentence, StemWriter.StripMarker(sentence));
    }

    [Fact]
    public void Rewrite_FirstHalfOfBetween_IsNoStem()
    {
        // The whole sentence cannot be asked (its "she" has no antecedent), and the part before ", and" is no clause.
        Assert.Null(Rewrite("Forced to choose between a naval blockade, which would anger the traders, and open revolt in the ports, she chose the blockade.", 0, "naval blockade"));
    }

    [Fact]
    public void Rewrite_ClauseAfterAnOpeningParticiple_IsTheStem()
    {
        Assert.Equal(
            "Pressed by the traders, the _____ was lifted in May.",
            Rewrite("Pressed by the traders, the naval blockade was lifted in May, and she thanked the council.", 0, "naval blockade"));
    }

    [Fact]
    public void Rewrite_PronounOutsideStem_IsReplacedByName()
    {
        var analysis = Analyze.Body("Kazakhstan has backed disarmament. It initiated a forum in 1992.");
        var sentence = analysis.Sentences[1];
        var year = sentence.Mentions.Single(m => m.Kind == EntityKind.Year);

        Assert.Equal("Kazakhstan initiated a forum in _____.", StemWriter.Rewrite(sentence, analysis.Text, year.Range));
    }

    [Theory]
    [InlineData(
        "A harbour decree closed the port to fishing boats. It also ordered the ferries to stay docked until 2027.",
        "A harbour decree closed the port to fishing boats. It also ordered the ferries to stay docked until _____.")]
    [InlineData(
        "Guards detained 9,000 people at the northern border in May. This is the highest monthly figure since 2001.",
        "Guards detained 9,000 people at the northern border in May. This is the highest monthly figure since _____.")]
    [InlineData(
        "Some diplomats urged the ministers to delay the vote. Ambassador Tomas Berg among others made this suggestion in Vienna in 2019.",
        "Some diplomats urged the ministers to delay the vote. Ambassador Tomas Berg among others made this suggestion in Vienna in _____.")]
    public void Rewrite_PointingBackNoNameCanResolve_QuotesTheSentenceBefore(string body, string expected)
    {
        Assert.Equal(expected, YearBlankInSecondSentence(body));
    }

    [Theory]
    [InlineData("The weather was mild. In practice, it means keeping relations with China in 2024.")]
    [InlineData("A harbour decree closed the port to fishing boats.\n\nIt also ordered the ferries to stay docked until 2027.")]
    [InlineData("The talks in Oslo ended late on Friday. He then left for Geneva in 2019.")]
    public void Rewrite_UnresolvablePronoun_RefusesStem(string body)
    {
        // Unresolved mid-sentence, after a paragraph break, or a person the sentence before does not name.
        Assert.Null(YearBlankInSecondSentence(body));
    }

    private static string? YearBlankInSecondSentence(string body)
    {
        var analysis = Analyze.Body(body);
        var sentence = analysis.Sentences[1];
        return StemWriter.Rewrite(sentence, analysis.Text, sentence.Mentions.Single(m => m.Kind == EntityKind.Year).Range);
    }

    [Fact]
    public void Rewrite_TitleOwnTheBeforeBlank_IsWrittenLowerCase()
    {
        var stem = Rewrite("In a recording obtained by The Kampala Times, the envoy can be heard laughing.", 0, "Kampala Times");

        Assert.Equal("In a recording obtained by the _____, the envoy can be heard laughing.", stem);
    }

    [Fact]
    public void Rewrite_IndefiniteArticleBeforeBlank_BecomesNeutral()
    {
        var analysis = Analyze.Body("Kazakhstan pursues a multi-vector foreign policy with its neighbours.");
        var sentence = analysis.Sentences[0];
        var concept = sentence.Mentions.Single(m => m.Kind == EntityKind.Concept);

        Assert.Contains("a(n) _____", StemWriter.Rewrite(sentence, analysis.Text, concept.Range), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Norland signed a(n) _____ contract.", new[] { "$1 billion", "$2 billion", "$3 billion", "$4 billion" }, "Norland signed a _____ contract.")]
    [InlineData("Norland signed a(n) _____ contract.", new[] { "$8 billion", "$11 billion", "$18 billion", "$80 billion" }, "Norland signed an _____ contract.")]
    [InlineData("A(n) _____ poll showed the minister ahead.", new[] { "Elbridge", "Ostrava", "Ulm", "Arden" }, "An _____ poll showed the minister ahead.")]
    [InlineData("Norland signed a(n) _____ contract.", new[] { "$1 billion", "$8 billion", "$3 billion", "$4 billion" }, "Norland signed a(n) _____ contract.")]
    public void ArticleAgreeingWith_Options_WritesTheArticleOnlyWhenEveryOptionTakesIt(string stem, string[] options, string expected)
    {
        Assert.Equal(expected, StemWriter.ArticleAgreeingWith(stem, options));
    }

    [Fact]
    public void Rewrite_SameAntecedentTwice_NamesItOnce()
    {
        Assert.Equal(
            "John F. Kennedy could see, he said, a world in which _____ nations may have nuclear weapons.",
            Rewrite("In March 1963 President John F. Kennedy spoke to reporters in Washington. He could see, he said, a world in which 25 nations may have nuclear weapons.", 1, "25"));
    }

    [Fact]
    public void WhQuestion_PartitiveSubject_Refuses()
    {
        Assert.Null(Wh("There were many incidents at sea. One of the most serious came in 2012 near the reef.", 1, EntityKind.Year));
    }

    [Fact]
    public void WhQuestion_PlaceOfANoun_IsNoWhere()
    {
        Assert.Null(Wh("The regional bloc responded to the coup in Niger more forcefully than before.", 0, EntityKind.Country));
    }

    [Fact]
    public void Rewrite_TheCountryOfAPopulation_NamesTheCountryAndKeepsWhatThePhraseSaid()
    {
        Assert.Equal(
            "The vote was watched closely in Estonia, a country of 1.5 million people, which had been ruled from Moscow since _____.",
            Rewrite("Estonia held its first free election since independence in 1992. The vote was watched closely in the country of 1.5 million people, which had been ruled from Moscow since 1940.", 1, "1940"));
    }

    [Fact]
    public void Rewrite_PersonNamedAsAModifier_IsNamedWithoutAnArticle()
    {
        Assert.Equal(
            "Critics say Moreau’s style drove them out by _____.",
            Rewrite("President Moreau took office in 2017. Several aides left the Moreau government in 2019. Critics say his style drove them out by 2020.", 2, "2020"));
    }

    [Fact]
    public void Rewrite_ItsAfterACapitalInTheStem_ReadsAsItStands()
    {
        Assert.Equal(
            "Although wary of the plan at first, Ottawa and its allies agreed to a first round of sanctions in _____.",
            Rewrite("Although wary of the plan at first, Ottawa and its allies agreed to a first round of sanctions in 2006.", 0, "2006"));
    }

    [Fact]
    public void Rewrite_RelativeMonthBlankWithoutTheArticlesDate_Refuses()
    {
        var analysis = Analyze.Body("The envoy walked out of a summit last February in Hanoi.");
        var sentence = analysis.Sentences[0];

        Assert.Null(sentence.Published);
        Assert.Null(StemWriter.Rewrite(sentence, analysis.Text, sentence.Mentions.Single(m => m.Text == "February").Range));
        Assert.Equal("The envoy walked out of a summit in _____.", StemWriter.Rewrite(sentence, analysis.Text, sentence.Mentions.Single(m => m.Text == "Hanoi").Range));
    }

    [Theory]
    [InlineData("Senator Ana Lind spoke in Oslo on Monday. Her longtime deputy Tomas Brandt arrived in 2019.", "Ana Lind’s longtime deputy Tomas Brandt arrived in _____.")]
    [InlineData("Senator Ana Lind spoke in Oslo on Monday. The party made her leave the race in 2019.", "The party made Ana Lind leave the race in _____.")]
    [InlineData("Senator Ana Lind spoke in Oslo on Monday. Voters gave her the seat in 2019.", "Voters gave Ana Lind the seat in _____.")]
    [InlineData("Senator Ana Lind spoke in Oslo on Monday. Those who know her believe she will run again in 2019.", "Those who know Ana Lind believe she will run again in _____.")]
    public void Rewrite_Her_IsPossessiveOnlyBeforeWhatSheHas(string body, string expected)
    {
        Assert.Equal(expected, Rewrite(body, 1, "2019"));
    }

    [Fact]
    public void Rewrite_PossessiveOfACapital_NamesItsCountry()
    {
        Assert.Equal(
            "China’s share of world exports rose to 14 percent by _____.",
            Rewrite("Joining took fifteen years of negotiation, and Beijing agreed to cut tariffs. Its share of world exports rose to 14 percent by 2021.", 1, "2021"));
    }

    [Fact]
    public void Rewrite_TheCountrysLeftUnresolved_StaysWhenTheStemNamesACountryAfterIt()
    {
        var analysis = Analyze.Article(
            "Bangladesh signs river deal with China",
            "Bangladesh signed the river deal in Beijing in 2025. Bangladesh will repay the loan over 20 years. " +
            "Indian officials fear that Chinese engineers will come close to the Siliguri Corridor, a narrow strip of Indian territory that " +
            "links the country's northeastern states to the rest of India.");
        var sentence = analysis.Sentences[^1];

        Assert.Equal(
            "Indian officials fear that Chinese engineers will come close to the _____, a narrow strip of Indian territory that links the " +
            "country's northeastern states to the rest of India.",
            StemWriter.Rewrite(sentence, analysis.Text, sentence.Mentions.Single(m => m.Text == "Siliguri Corridor").Range));
    }

    [Fact]
    public void WhQuestion_GappedPairOfDates_Refuses()
    {
        var analysis = Analyze.Body("Montenegro opened talks in 2012 and Serbia in 2014, and both are still negotiating.");
        var sentence = analysis.Sentences[0];

        Assert.Null(StemWriter.WhQuestion(sentence, analysis.Text, sentence.Mentions.Single(m => m.Text == "2014")));
    }

    private static string? Cloze(string body, string answer)
    {
        var analysis = Analyze.Body(body);
        var sentence = analysis.Sentences.Single(s => s.Text.Contains(answer, StringComparison.Ordinal));
        var at = analysis.Text.IndexOf(answer, sentence.Range.Start, StringComparison.Ordinal);
        return StemWriter.Rewrite(sentence, analysis.Text, new IRLearn.QuestionGeneration.Text.TextRange(at, answer.Length));
    }

    [Fact]
    public void Rewrite_UnresolvedMainClause_AsksTheSubordinateClauseThatStatesAFact()
    {
        Assert.Equal(
            "The Norland government freed four prisoners and flew them to _____.",
            Cloze("The weather in the capital was mild for most of the week before the talks.\n\nTheir release came a day after the Norland government freed four prisoners and flew them to Vienna.", "Vienna"));
    }

    [Theory]
    [InlineData("The Norland inquiry had been closed in 2016 but was reopened earlier this year after his arrest.", "2016", "The Norland inquiry had been closed in _____.")]
    [InlineData("The Norland inquiry was not only closed in 2016 but also sealed by the court after his arrest.", "2016", null)]
    public void Rewrite_UnresolvedClauseAfterBut_AsksTheClauseBefore(string body, string answer, string? expected)
    {
        // "but" without a comma still ends a clause whose subject the next one shares; "not only … but also" does not.
        Assert.Equal(expected, Cloze(body, answer));
    }

    [Fact]
    public void WhQuestion_SurnameThatIsAlsoATitle_KeepsItsCapital()
    {
        Assert.Equal(
            "When were King and Osei detained by soldiers at the border?",
            Wh("The envoys Martin King and Dara Osei crossed at dawn. King and Osei were detained by soldiers at the border in August 2019.", 1, EntityKind.Date));
    }

    [Fact]
    public void Rewrite_ConditionalClause_IsNeverAskedAlone()
    {
        Assert.Null(Cloze("The weather in the capital was mild for most of the week before the talks.\n\nTheir release will come only if the Norland government frees four prisoners and flies them to Vienna.", "Vienna"));
    }

    [Fact]
    public void Rewrite_UnresolvedParticipleTail_IsLeftOut()
    {
        Assert.Equal(
            "Norland Prime Minister _____ said in a statement that the crew was safe.",
            Cloze("The weather in the capital was mild for most of the week before the talks.\n\nNorland Prime Minister Tomas Berg said in a statement that the crew was safe, adding that its owners had thanked the navy.", "Tomas Berg"));
    }

    [Fact]
    public void Rewrite_SubordinateClauseWithStrayPunctuation_DoesNotThrow()
    {
        var exception = Record.Exception(() => Cloze(
            "The weather in the capital was mild for most of the week before the talks.\n\nTheir release came after Norland , . freed four prisoners and flew them to Vienna.",
            "Vienna"));

        Assert.Null(exception);
    }

    [Fact]
    public void Rewrite_SupersededTailWithAnUnresolvedPronoun_IsLeftOut()
    {
        Assert.Equal(
            "The lending agency forecast that the world economy would grow by _____ in 2023.",
            Cloze(
                "The weather in the capital was mild for most of the week before the talks.\n\nThe lending agency forecast that the world economy would grow by 2.7% in 2023, down from the 3.4% it had predicted in March.",
                "2.7%"));
    }
}
