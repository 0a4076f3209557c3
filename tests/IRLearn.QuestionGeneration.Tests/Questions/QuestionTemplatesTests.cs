using IRLearn.QuestionGeneration.Questions;
using IRLearn.QuestionGeneration.Tests.Support;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Tests.Questions;

/// <summary>
/// Each template, seen through the whole pipeline on a short inline article. Templates are judged by every question
/// that passes the gates (default bank and more candidates): which of them the bank takes is the selector's business.
/// </summary>
public sealed class QuestionTemplatesTests
{
    private static readonly ArticleGenerator Generator = new();

    private static List<GeneratedQuestion> Questions(string body) =>
        All(Generator.Generate("A Test Article on Foreign Policy\n\n" + body));

    private static List<GeneratedQuestion> All(GenerationResult result) => [.. result.Questions, .. result.MoreCandidates];

    [Theory]
    [InlineData("But")]
    [InlineData("Separately,")]
    [InlineData("To be sure,")]
    [InlineData("In response,")]
    public void Generate_SentenceOpeningWithALink_EveryStemDropsIt(string link)
    {
        // The link answers the sentence before; a cloze stands alone without it, as a true/false statement always did.
        var questions = Questions(
            "Norway and Iceland have argued over fishing rights in the North Atlantic for decades. " + link +
            " Norway expelled 14 Icelandic trawlers from the Barents Sea in 2019, and Iceland recalled its ambassador from Oslo.");

        var fromLinked = questions.Where(q => q.Source.Sentence.StartsWith(link, StringComparison.Ordinal)).ToList();
        Assert.Contains(fromLinked, q => q.Type != GeneratedQuestionType.TrueFalse);
        Assert.All(fromLinked, q => Assert.DoesNotContain(link, q.Stem, StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_SentenceOpeningWithCurrently_EveryStemDatesIt()
    {
        // "Currently" is no link to drop: with the article's date it says when the sentence held.
        var questions = All(Generator.Generate(
            "A Test Article on Foreign Policy\n\nOctober 11, 2022\n\nNorway and Iceland have argued over fishing rights in the North Atlantic for decades. " +
            "Currently, the Norwegian foreign minister is in Reykjavik meeting ministers from Iceland, Denmark and Finland."));

        var fromIt = questions.Where(q => q.Source.Sentence.StartsWith("Currently", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(fromIt);
        Assert.All(fromIt, q => Assert.Contains("As of October 2022", q.Stem, StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_YearFact_AsksInWhatYearWithYearDistractors()
    {
        var questions = Questions("Kazakhstan has long backed disarmament. It initiated the Conference on Interaction and Confidence Building Measures in Asia in 1992, a forum for dialogue.");

        var question = Assert.Single(questions, q => q.Stem.StartsWith("In what year", StringComparison.Ordinal));
        Assert.Equal(GeneratedQuestionType.MultipleChoice, question.Type);
        Assert.Equal("1992", question.Options!.Single(o => o.IsCorrect).Text);
        Assert.All(question.Options!, o => Assert.Equal("year", AnswerTypes.Classify(o.Text)));
    }

    [Fact]
    public void Generate_PlaceAfterThe_BlankTakesTheArticleAndEachOptionItsOwn()
    {
        // "extradition from the _____" among Denmark and Finland names the UK by its "the" alone.
        var questions = Questions("Norway rejected an extradition request from the UK over the leaked fisheries files in 2021.");

        var question = Assert.Single(questions, q => q.Type == GeneratedQuestionType.MultipleChoice && q.Options!.Any(o => o.IsCorrect && o.Text == "the UK"));
        Assert.Equal("Norway rejected an extradition request from _____ over the leaked fisheries files in 2021.", question.Stem);
        Assert.All(question.Options!, o => Assert.Equal(o.Text.StartsWith("the ", StringComparison.Ordinal), Words.TakesDefiniteArticle(o.Text.Replace("the ", "", StringComparison.Ordinal))));
        Assert.All(question.Options!, o => Assert.Equal("country", AnswerTypes.Classify(o.Text)));
    }

    [Theory]
    [InlineData("Norway rejected an extradition request from Poland over the leaked fisheries files in 2021.", "Poland")]
    [InlineData("Norway rejected an extradition request from Cameroon over the leaked fisheries files in 2021.", "Cameroon")]
    [InlineData("Norway rejected an extradition request from France over the leaked fisheries files in 2021.", "France")]
    [InlineData("Officials from Cameroon, Chad and Gabon met in Oslo in 2021 to discuss the fisheries files.", "Cameroon")]
    public void Generate_PlaceWithoutThe_NoOptionNeedsOne(string sentence, string place)
    {
        // "a request from _____" with "Czech Republic" among the options reads "a request from Czech Republic".
        var options = Questions(sentence).Where(q => q.Options?.Any(o => o.IsCorrect && o.Text == place) == true).SelectMany(q => q.Options!).ToList();

        Assert.NotEmpty(options);
        Assert.DoesNotContain(options, o => Words.TakesDefiniteArticle(o.Text));
    }

    [Fact]
    public void Generate_DefinedAcronym_AsksWhatItStandsFor()
    {
        var questions = Questions("President Kassym-Jomart Tokayev addressed the Commonwealth of Independent States (CIS) in Bishkek on 13 October.");

        var question = Assert.Single(questions, q => q.Stem == "What does CIS stand for?");
        Assert.Equal("Commonwealth of Independent States", question.Options!.Single(o => o.IsCorrect).Text);
    }

    [Fact]
    public void Generate_Quotation_AsksWhoSaidIt()
    {
        var questions = Questions("President Kassym-Jomart Tokayev condemned the attacks. As he emphasised at the meeting, “Challenges cannot be resolved by terrorist actions.”");

        var question = Assert.Single(questions, q => q.Stem.StartsWith("Who said", StringComparison.Ordinal));
        Assert.Contains("Kassym-Jomart Tokayev", question.AcceptedAnswers!);
        Assert.Contains("Tokayev", question.Source.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_QuotationBySurname_OffersOtherPeopleByTheirFamilyNames_EvenWhenWrittenFirst()
    {
        var questions = Questions(
            "Premier Anna Lindqvist met the North Korean leader Kim Jong-un and the opposition leader Han Dong-hoon in Seoul on Tuesday. " +
            "Foreign Minister Erik Berg joined the talks. “We are taking in billions of dollars in customs money from the harbour,” Lindqvist said.");

        var question = Assert.Single(questions, q => q.Stem.StartsWith("Who said", StringComparison.Ordinal));
        var options = question.Options!.Select(o => o.Text).ToList();
        Assert.Contains("Lindqvist", options);
        Assert.Subset(new HashSet<string>(["Lindqvist", "Kim", "Han", "Berg"]), options.ToHashSet());
    }

    [Theory]
    [InlineData("Premier Anna Lindqvist welcomed the release of the two sailors. “We are deeply glad and grateful,” Lindqvist said.")]
    [InlineData("Premier Anna Lindqvist discussed the harbour treaty on the radio. She said the plan “would be costly, but it will pass in the end,” Lindqvist added.")]
    public void Generate_BareReactionOrHalfQuotation_IsNotAskedWhoSaidIt(string body)
    {
        Assert.DoesNotContain(Questions(body), q => q.Stem.StartsWith("Who said", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_OpinionOrPrediction_MakesNoTrueFalse()
    {
        var questions = Questions("Norway is likely to send its navy to the strait before the talks resume. Sweden would lose most of its fishing rights under the plan.");

        Assert.DoesNotContain(questions, q => q.Type == GeneratedQuestionType.TrueFalse);
    }

    [Theory]
    [InlineData("Asked about the fishing dispute with Norway in 2021, Ambassador Lars Holm sighed.", false)]
    [InlineData("During talks on the fishing dispute with Norway in 2021, Ambassador Lars Holm paused, looking at the map.", false)]
    [InlineData("During talks on the fishing dispute with Norway in 2021, Ambassador Lars Holm left early.", true)]
    [InlineData("During the fishing dispute in 2021, Norway paused talks with Denmark.", true)]
    public void Generate_Gesture_AsksNothing(string sentence, bool asked)
    {
        // What a speaker's face or body did is a reporter's colour: neither whether it happened nor who did it is worth a
        // question. Where the envoy went, or a country pausing talks, is a fact.
        Assert.Equal(asked, Questions(sentence).Any(q => q.Source.Sentence == sentence));
    }

    [Fact]
    public void Generate_FalseVariant_NeverSwapsTheActorOfAReaction()
    {
        // "Finland welcomed …" made "Denmark welcomed …" is not false: Denmark may well have welcomed it too.
        var questions = Questions("Finland and Denmark signed the fisheries pact in 2019. Finland welcomed the Arctic fisheries pact in Oslo, saying it protected the northern stocks.");

        Assert.DoesNotContain(questions, q => q.Type == GeneratedQuestionType.TrueFalse && q.Stem.Contains("Denmark welcomed", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_FalseVariant_SwapsInOnlyActorsTheArticleNames()
    {
        var result = Generator.Generate(File.ReadAllText(Path.Combine(Support.RepositoryRoot.Find(), "tests", "IRLearn.QuestionGeneration.Tests", "Golden", "Inputs", "kazakhstan-foreign-policy.txt")));
        var falseOnes = All(result).Where(q => q.Type == GeneratedQuestionType.TrueFalse && q.Options!.Single(o => o.IsCorrect).Text == "False").ToList();

        foreach (var question in falseOnes)
        {
            // The explanation reads "False: the article says X, not Y: “…”".
            var swappedIn = question.Explanation.Split(", not ", 2)[1].Split(':')[0];
            Assert.True(swappedIn.Any(char.IsDigit) || result.CleanedText.Contains(swappedIn, StringComparison.Ordinal), swappedIn);
        }
    }

    [Fact]
    public void Generate_RelativeClauseAskedAlone_NamesWhatItIsAbout()
    {
        var questions = Questions("Officials have praised the alliance with South Korea, which they view as a bulwark in the region, and which hosts almost 30,000 American troops.");

        Assert.Contains(questions, q => q.Stem == "South Korea hosts almost _____ American troops.");
        Assert.DoesNotContain(questions, q => q.Stem.StartsWith("Which hosts", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_SentenceInParentheses_LosesThem()
    {
        var questions = Questions("The fund cut its outlook for Peru in 2022. (The fund expects prices in Peru to rise 8.8% in 2022, up from 4.7% in 2021.)");

        Assert.Contains(questions, q => q.Stem.StartsWith("The fund expects prices in Peru to rise _____ in 2022", StringComparison.Ordinal));
        Assert.DoesNotContain(questions, q => q.Stem.Contains('(', StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_List_AsksMultipleResponse()
    {
        var questions = Questions("Kazakhstan keeps friendly relations with China, Russia, Turkey and Iran at the same time.");

        var question = Assert.Single(questions, q => q.Type == GeneratedQuestionType.MultipleResponse);
        Assert.Equal(["China", "Russia", "Turkey", "Iran"], question.Options!.Where(o => o.IsCorrect).Select(o => o.Text).Order(StringComparer.Ordinal).Reverse().OrderBy(t => question.Source.Sentence.IndexOf(t, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Kazakhstan, China and Russia Sign a Rail Deal", false)]
    [InlineData("Kazakhstan Signs a Rail Deal", true)]
    [InlineData("A Rail Deal Is Signed", true)]
    public void Generate_ListWhoseItemsTheTitleNames_IsNotAsked(string title, bool asked)
    {
        // The title is shown with every question; naming every item, it answers "which of these countries" before it is read.
        var questions = All(Generator.Generate(title + "\n\nKazakhstan, China and Russia signed a rail deal in Astana in March 2024 after two years of talks."));

        Assert.Equal(asked, questions.Any(q => q.Type == GeneratedQuestionType.MultipleResponse));
    }

    [Fact]
    public void Generate_Percentage_OffersPercentDistractors()
    {
        var questions = Questions("With around 80% of road traffic between Europe and Asia passing through its territory, Kazakhstan plays an indispensable role in trade.");

        var question = Assert.Single(questions, q => q.Options?.Any(o => o.IsCorrect && o.Text == "80%") == true);
        Assert.All(question.Options!, o => Assert.Equal("percent", AnswerTypes.Classify(o.Text)));
    }

    [Fact]
    public void Generate_CountWithDigits_IsNumericWithUnitAccepted()
    {
        var questions = Questions("Finland shares a border of about 1,340 kilometres with Russia, the longest of any member.");

        var question = Assert.Single(questions, q => q.Type == GeneratedQuestionType.Numeric);
        Assert.Equal(1340m, question.NumericAnswer!.Value);
        Assert.True(question.NumericAnswer.Tolerance > 0);
        Assert.Contains("1,340 kilometres", question.AcceptedAnswers!);
    }

    [Fact]
    public void Generate_StanceSentence_AsksTrueOrFalse()
    {
        var questions = Questions("Kazakhstan staunchly supports the two-state solution for Israelis and Palestinians.");

        var question = Assert.Single(questions, q => q.Type == GeneratedQuestionType.TrueFalse);
        Assert.Equal(["True", "False"], question.Options!.Select(o => o.Text));
        Assert.StartsWith("True or false: ", question.Stem, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_Concept_IsClozeWithAcceptedAnswer()
    {
        var questions = Questions("Kazakhstan staunchly supports the two-state solution for Israelis and Palestinians.");

        var question = Assert.Single(questions, q => q.Type == GeneratedQuestionType.FillInBlank && q.AcceptedAnswers!.Contains("two-state solution"));
        Assert.Contains(StemWriter.Blank, question.Stem, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_PersonBlank_IsTypedEvenWhenTheArticleNamesOtherOfficials()
    {
        var questions = Questions(
            "Foreign Minister Lena Holm flew to Valdora on 3 May 2021 to reopen the harbour talks. " +
            "Foreign Minister Piet Varga met her at the port, and Foreign Minister Ana Ruiz joined them a day later. " +
            "Foreign Minister Tomas Berg stayed away from the talks in protest.");

        var holm = Assert.Single(questions, q => q.Stem.StartsWith("Foreign Minister _____ flew to Valdora", StringComparison.Ordinal));
        Assert.Equal(GeneratedQuestionType.FillInBlank, holm.Type);
        Assert.Contains("Holm", holm.AcceptedAnswers!);
        Assert.DoesNotContain(questions, q => q.Type == GeneratedQuestionType.MultipleChoice &&
            q.Stem.Contains(StemWriter.Blank, StringComparison.Ordinal) && q.Options!.Any(o => o.Text is "Piet Varga" or "Ana Ruiz" or "Tomas Berg"));
    }

    [Fact]
    public void Generate_ABareFamilyNameTwoPeopleOfTheArticleShare_IsNotBlanked()
    {
        // Judged AMBIG: "“…,” _____ said." for a "Lee" the article gives two people.
        var questions = Questions(
            "Lee Jun-ho, leader of the opposition Labour Party and the president’s rival in the 2021 election, called the decree reckless.\n\n" +
            "“The decree was an insult to every voter in Valdora and a betrayal of trust,” Lee said.\n\n" +
            "Police are investigating Interior Minister Lee Dae-sung over the decree.");

        Assert.DoesNotContain(questions, q => q.Stem.Contains("” _____ said", StringComparison.Ordinal));
        Assert.Contains(questions, q => q.Stem.Contains("Interior Minister _____", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_QuotedWords_AreAskedAsCloze()
    {
        var questions = Questions("Beijing refused to take part, and its foreign ministry declared that the award was “null and void and has no binding force.”");

        Assert.Contains(questions, q => q.AcceptedAnswers?.Contains("null and void and has no binding force") == true);
    }

    [Fact]
    public void Generate_FalseVariant_SwapsInSomethingTheArticleDoesNotSay()
    {
        var questions = All(Generator.Generate(File.ReadAllText(Path.Combine(Support.RepositoryRoot.Find(), "tests", "IRLearn.QuestionGeneration.Tests", "Golden", "Inputs", "kazakhstan-foreign-policy.txt"))));
        var falseOnes = questions.Where(q => q.Type == GeneratedQuestionType.TrueFalse && q.Options!.Single(o => o.IsCorrect).Text == "False").ToList();

        Assert.NotEmpty(falseOnes);
        Assert.All(falseOnes, q => Assert.NotEqual(q.Source.Sentence.TrimEnd('.'), q.Stem["True or false: ".Length..].TrimEnd('.')));
    }

    [Fact]
    public void Generate_FalseVariant_NeverShiftsADayOrASmallCount()
    {
        // Judged C in six of the seven labelled cases: "abducted in April 2016" for August, "two commanders" for three.
        var questions = Questions(
            "The coast guard seized three trawlers off the northern cape.\n\n" +
            "Negotiators from Valdora met the rebels on 12 March to sign the ceasefire.\n\n" +
            "The junta released four journalists after the hearing.\n\n" +
            "Police arrested six protesters outside the parliament building.\n\n" +
            "The ministers agreed on 3 June to reopen the harbour to grain ships.\n\n" +
            "Two frigates escorted the convoy through the strait.\n\n" +
            "The envoy visited the refugee camp on 21 September with a medical team.\n\n" +
            "Eight villages lost power when the dam was shelled.");

        AssertEveryStatementTrue(questions);
    }

    [Fact]
    public void Generate_FalseVariant_NeverChangesAFigureGivenAsABound()
    {
        // "over 50,000 women": "over 86,000" is merely unstated and "over 20,000" true, so neither is a false statement.
        var questions = Questions(
            "More than 40,000 refugees crossed into the southern provinces during the winter.\n\n" +
            "The agency said over 120,000 tonnes of grain reached the port of Kalvik.\n\n" +
            "At least 2,500 peacekeepers will be deployed along the disputed border.\n\n" +
            "The fund pledged up to $300 million for the reconstruction of the northern dam.\n\n" +
            "Fewer than 600 observers monitored the vote in the northern provinces.\n\n" +
            "As many as 90,000 people marched through the capital against the new law.\n\n" +
            "The ministry counted more than 1,200 damaged schools after the floods.\n\n" +
            "Under 45 percent of the voters took part in the referendum.");

        AssertEveryStatementTrue(questions);
    }

    [Fact]
    public void Generate_FalseVariant_NeverSwapsACountry()
    {
        // What the article says of one country it rarely denies of another: "… taken advantage of Canada" is unstated, not false.
        var questions = Questions(
            "Exporters say China has long taken advantage of Brazil in the soybean trade.\n\n" +
            "Officials from Kenya pressed Ethiopia to reopen the northern border crossing.\n\n" +
            "Chile and Peru renewed their fisheries agreement after the storm season.\n\n" +
            "Norway donated four patrol boats to Ghana for its coast guard.\n\n" +
            "Poland hosted the energy talks between Moldova and Romania.\n\n" +
            "Canada sent grain inspectors to Egypt after the harvest failed.\n\n" +
            "Japan lent Vietnam the money to rebuild the harbour at Haiphong.\n\n" +
            "Argentina recalled its ambassador from Paraguay over the river dispute.");

        AssertEveryStatementTrue(questions);
    }

    private static void AssertEveryStatementTrue(IEnumerable<GeneratedQuestion> questions)
    {
        var trueFalse = questions.Where(q => q.Type == GeneratedQuestionType.TrueFalse).ToList();
        Assert.NotEmpty(trueFalse);
        Assert.All(trueFalse, q => Assert.Equal("True", q.Options!.Single(o => o.IsCorrect).Text));
    }

    private const string ThreeAcronyms =
        "Kazakhstan initiated the Conference on Interaction and Confidence Building Measures in Asia (CICA) in 1992. " +
        "Its leaders later joined the Shanghai Cooperation Organisation (SCO) as founding members. " +
        "President Kassym-Jomart Tokayev addressed the Commonwealth of Independent States (CIS) in Bishkek on 13 October.";

    [Fact]
    public void Generate_ThreeDefinedAcronyms_AsksOneMatchingQuestionGroundedInItsPassage()
    {
        var result = Generator.Generate("A Test Article on Foreign Policy\n\n" + ThreeAcronyms);

        var question = Assert.Single(All(result), q => q.Type == GeneratedQuestionType.Matching);
        Assert.Equal(["CICA", "SCO", "CIS"], question.Pairs!.Select(p => p.Left));
        Assert.Equal("Commonwealth of Independent States", question.Pairs!.Single(p => p.Left == "CIS").Right);
        Assert.Equal(result.CleanedText.Substring(question.Source.Start, question.Source.Length), question.Source.Sentence);
        Assert.All(question.Pairs!, p => Assert.Contains(p.Right, question.Source.Sentence, StringComparison.Ordinal));
        Assert.All(question.Pairs!, p => Assert.DoesNotContain(p.Left, question.Stem, StringComparison.Ordinal));
        Assert.Null(question.Options);
    }

    [Fact]
    public void Generate_TwoDefinedAcronyms_AsksNoMatchingQuestion()
    {
        var body = "Kazakhstan initiated the Conference on Interaction and Confidence Building Measures in Asia (CICA) in 1992. President Kassym-Jomart Tokayev addressed the Commonwealth of Independent States (CIS) in Bishkek on 13 October.";

        Assert.DoesNotContain(Questions(body), q => q.Type == GeneratedQuestionType.Matching);
    }

    [Fact]
    public void Generate_ListOfRoutes_CrossesTheirEndsForDistractors()
    {
        var questions = Questions("Kazakhstan lists the Dostyk–Moyynty, Bakhty–Ayagoz and Darbaza–Maktaaral railroads among its priorities.");

        var question = Assert.Single(questions, q => q.Type == GeneratedQuestionType.MultipleResponse);
        Assert.Equal(["Dostyk–Moyynty", "Bakhty–Ayagoz", "Darbaza–Maktaaral"], question.Options!.Where(o => o.IsCorrect).Select(o => o.Text).OrderBy(t => question.Source.Sentence.IndexOf(t, StringComparison.Ordinal)));
        Assert.All(question.Options!.Where(o => !o.IsCorrect), o =>
        {
            Assert.Matches("^[A-Z][a-z]+–[A-Z][a-z]+$", o.Text);
            Assert.DoesNotContain(o.Text, question.Source.Sentence, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Generate_ListAskedAsAWhole_IsNotAlsoAskedItemByItem()
    {
        var questions = Questions("In 2013 the Arctic Council admitted six new observer states: China, India, Italy, Japan, Singapore and South Korea.");

        Assert.Single(questions, q => q.Type == GeneratedQuestionType.MultipleResponse);
        Assert.DoesNotContain(questions, q => q.Type == GeneratedQuestionType.MultipleChoice && q.Options!.Single(o => o.IsCorrect).Text is "India" or "Italy" or "Japan");
    }

    [Theory]
    [InlineData("When India took over the presidency of the Group of Twenty on 1 December 2022, expectations were low.")]
    [InlineData("Then came the war in Ukraine, which split the group for years.")]
    public void Generate_SentenceWithoutAPlainSubject_AsksNoWhQuestion(string body)
    {
        Assert.DoesNotContain(Questions(body), q => q.Stem.StartsWith("On what date", StringComparison.Ordinal) || q.Stem.StartsWith("Where", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_TrueFalseStatement_DropsALeadingConjunction()
    {
        var questions = Questions("Kazakhstan has urged its neighbours to save water. But Kazakhstan staunchly supports the two-state solution for Israelis and Palestinians.");

        var statement = Assert.Single(questions, q => q.Type == GeneratedQuestionType.TrueFalse && q.Stem.Contains("two-state solution", StringComparison.Ordinal));
        Assert.DoesNotContain("But", statement.Stem, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_ObjectItWithoutAntecedent_IsNeverAskedAbout()
    {
        var questions = Questions("Uganda produced a framework agreement in 2010. Egypt and Sudan rejected it at a summit in Cairo in 2011.");

        Assert.DoesNotContain(questions, q => q.Source.Sentence.StartsWith("Egypt and Sudan", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_ItWhoseReferentOpensTheSentence_IsAsked()
    {
        var questions = Questions("The area covers a market of about 1.3 billion people, making it the largest free trade area in the world.");

        Assert.Contains(questions, q => q.Stem.Contains("making it the largest", StringComparison.Ordinal) && q.AcceptedAnswers!.Contains("1.3 billion"));
    }

    [Fact]
    public void Generate_PronounReplacedByADefinedOrganisation_UsesTheArticlesAcronym()
    {
        var questions = Questions("The Organization of the Petroleum Exporting Countries (OPEC) was founded in Baghdad in 1960, and OPEC later moved to Vienna. Its members hold about 80 percent of the world's proven crude reserves.");

        Assert.Contains(questions, q => q.Stem.StartsWith("OPEC’s members hold about", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_WhQuestionAfterAFrontedDate_IsRefused()
    {
        var questions = Questions("On 7 March 2024 Prime Minister Ulf Kristersson handed over the instrument of accession in Washington.");

        Assert.DoesNotContain(questions, q => q.Stem.StartsWith("Where did On", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_TrueFalseSwap_LeavesNamesUsedAsModifiersAlone()
    {
        var questions = Questions("On 7 March 2024 Sweden handed over its instrument of accession to U.S. Secretary of State Antony Blinken in Washington.");

        Assert.DoesNotContain(questions, q => q.Type == GeneratedQuestionType.TrueFalse && !q.Stem.Contains("U.S. Secretary", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_FalseVariant_SwapsWholeWordsOnly()
    {
        var questions = Questions("The Quadrilateral Security Dialogue, better known as the Quad, began as a response to a natural disaster. ASEAN met in Manila in 2017. The Quad was revived a decade later in Manila.");

        Assert.DoesNotContain(questions, q => q.Stem.Contains("rilateral Security Dialogue", StringComparison.Ordinal) && !q.Stem.Contains("Quadrilateral", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_ListOfACityAndUnknownPlaces_IsAskedAsAList()
    {
        var questions = Questions("Russia and Ukraine agreed in 2022 that grain ships could leave Odesa, Chornomorsk and Izmail under inspection in Istanbul.");

        var question = Assert.Single(questions, q => q.Type == GeneratedQuestionType.MultipleResponse && q.Options!.Any(o => o.IsCorrect && o.Text == "Chornomorsk"));
        Assert.Equal(["Odesa", "Chornomorsk", "Izmail"], question.Options!.Where(o => o.IsCorrect).Select(o => o.Text).OrderBy(t => question.Source.Sentence.IndexOf(t, StringComparison.Ordinal)));
    }

    [Fact]
    public void Generate_FalseVariant_NeverSwapsAWordTheSentenceUsesTwice()
    {
        var questions = Questions("The Rome Statute was adopted at a diplomatic conference in Rome on 17 July 1998, and the court later opened in The Hague.");

        Assert.DoesNotContain(questions, q => q.Type == GeneratedQuestionType.TrueFalse && q.Stem.Contains(" Statute", StringComparison.Ordinal) && !q.Stem.Contains("Rome Statute", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_ListWhoseFirstItemTakesThe_BlanksTheArticleToo()
    {
        var questions = Questions("Today 124 countries are parties to the statute, but several of the largest powers, including the United States, China, Russia and India, are not.");

        var question = Assert.Single(questions, q => q.Type == GeneratedQuestionType.MultipleResponse);
        Assert.Contains("including _____,", question.Stem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The threat of tariffs has pushed officials from Norway, Iceland, Denmark and elsewhere into concessions on fishing quotas.", "Norway|Iceland|Denmark")]
    [InlineData("Three trading powers — Norway, Iceland and Europe — have cut their fishing quotas since 2021.", "Norway|Iceland|Europe")]
    [InlineData("The minister has threatened other partners with tariffs, including Europe, Iceland, Denmark and Norway, since 2021.", "Europe|Iceland|Denmark|Norway")]
    public void Generate_ItemOfASeriesOfThreeNames_IsNeverBlankedAlone(string sentence, string series)
    {
        // Any of many names would fill "officials from _____, Iceland, Denmark and elsewhere", whether or not the series
        // closes with "and" and whether or not its names are of one kind.
        var questions = Questions(sentence);

        Assert.All(series.Split('|'), item => Assert.DoesNotContain(questions, q => q.Type != GeneratedQuestionType.MultipleResponse &&
            q.Stem.Contains(StemWriter.Blank, StringComparison.Ordinal) && !q.Stem.Contains(item, StringComparison.Ordinal)));
        Assert.Contains(questions, q => q.Type != GeneratedQuestionType.MultipleResponse && q.Stem.Contains(StemWriter.Blank, StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_TwoPlacesSideBySide_AreStillBlankedOneByOne()
    {
        var questions = Questions("The new ferry has linked Bergen and Reykjavik twice a week since the customs treaty of 2021.");

        Assert.Contains(questions, q => q.Stem.Contains("linked _____ and Reykjavik", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_UnresolvedItBeforeTheSubject_IsNeverAsked()
    {
        var questions = Questions("Critics accused the court of bias. Of the first ten situations it investigated, nine were in Africa, and in October 2016 Burundi became the first state to withdraw.");

        Assert.DoesNotContain(questions, q => q.Stem.Contains("it investigated", StringComparison.Ordinal));
    }

    [Fact]
    public void Candidates_Duration_AreAskedWithDurationsOfTheSameUnit()
    {
        var candidates = Candidates.Passing("The monitors reported that the Republic of Moldova had hosted the refugees for nine years before the camps closed.");

        var question = Assert.Single(candidates, c => c.Answer == "nine years");
        Assert.Equal(GeneratedQuestionType.MultipleChoice, question.Type);
        Assert.All(question.Options!, o => Assert.EndsWith(" years", o.Text, StringComparison.Ordinal));
        Assert.All(question.Options!, o => Assert.Equal("duration", AnswerTypes.Classify(o.Text)));
    }

    [Theory]
    [InlineData("Norland, a country of 52 million people, joined the customs union in 2019.", 52_000_000, true)]
    [InlineData("Norland, a country of 1.4 billion people, joined the customs union in 2019.", 1_400_000_000, true)]
    [InlineData("Norland, a country of 52,318 islanders, joined the customs union in 2019.", 52_318, false)]
    public void Generate_CountInRoundMillions_IsAnsweredWithinATenth(string sentence, long value, bool rounded)
    {
        // "52 million" is a rounding: 51 or 53 million is as right as the article is.
        var question = Assert.Single(Questions(sentence), q => q.Type == GeneratedQuestionType.Numeric);

        Assert.Equal(value, question.NumericAnswer!.Value);
        Assert.Equal(rounded ? value / 10m : 0m, question.NumericAnswer.Tolerance);
    }

    [Fact]
    public void Candidates_PersonsAgeInCommas_AsksHowOldTheyWere()
    {
        var candidates = Candidates.Passing("President Amara Diallo, 71, a former trade unionist, won a second term in the runoff.");

        var question = Assert.Single(candidates, c => c.Template == "age");
        Assert.Equal("How old was Amara Diallo when the article was written?", question.Stem);
        Assert.Equal(71m, question.NumericAnswer!.Value);
    }

    [Fact]
    public void Candidates_MonthAlone_IsAskedWithOtherMonths()
    {
        var candidates = Candidates.Passing("The Council of Europe suspended the observer mission in August after the vote was annulled.");

        var question = Assert.Single(candidates, c => c.Answer == "August");
        Assert.All(question.Options!, o => Assert.Equal("month", AnswerTypes.Classify(o.Text)));
    }

    [Fact]
    public void ForSentence_MultipleChoice_AlwaysHasFourOptions()
    {
        // Three people: a question on one of them has two honest distractors, too few for four options, and is asked open.
        const string body = "Foreign Minister Ana Petrova met Ambassador Tomas Keller in Vienna in 2019. Senator Maria Ruiz stayed in Madrid. " +
            "Ana Petrova said Hungary, Romania and Serbia would join the fund by 2021, and 40 percent of it would go to roads.";

        var candidates = Candidates.All(body);

        Assert.Contains(candidates, c => c.Type == GeneratedQuestionType.MultipleChoice);
        Assert.All(candidates.Where(c => c.Type == GeneratedQuestionType.MultipleChoice && c.Options!.Count(o => o.IsCorrect) == 1), c => Assert.Equal(4, c.Options!.Count));
    }
}
