using IRLearn.QuestionGeneration.Analysis;
using IRLearn.QuestionGeneration.Questions;
using IRLearn.QuestionGeneration.Tests.Support;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Tests.Questions;

/// <summary>What the selector promises about the default bank and "more candidates", on a whole development article.</summary>
public sealed class QuestionSelectorTests
{
    private static readonly GenerationResult Result = new ArticleGenerator().Generate(
        File.ReadAllText(Path.Combine(RepositoryRoot.SeedArticles, "03-nato-nordic-enlargement.txt")));

    [Fact]
    public void Generate_Article_KeepsTheCandidatesLeftOutOfTheBank()
    {
        Assert.NotEmpty(Result.Questions);
        Assert.NotEmpty(Result.MoreCandidates);
        Assert.Equal(Enumerable.Range(1, Result.MoreCandidates.Count).Select(i => "m" + i), Result.MoreCandidates.Select(q => q.Id));
    }

    [Fact]
    public void Choose_BlankedQuotation_IsOfferedOnlyAmongTheMoreCandidates_EvenWhenRankedFirst()
    {
        // Judged unacceptable every time it was labelled: the instructor may pull one in, the default bank never holds one.
        var trace = new ArticleGenerator().Trace(File.ReadAllText(Path.Combine(RepositoryRoot.SeedArticles, "03-nato-nordic-enlargement.txt")));
        var pool = trace.Candidates.Select(c => c.Candidate.Template == "quote-cloze" ? c with { Confidence = 1, KeyFact = 1 } : c).ToList();
        var quotation = pool.First(c => c.Candidate.Template == "quote-cloze").Question.Stem;

        var selection = QuestionSelector.Choose(pool, trace.BodyWords);

        Assert.DoesNotContain(selection.Bank, q => q.Stem == quotation);
        Assert.Equal(quotation, selection.More[0].Stem);
    }

    [Theory]
    [InlineData("“For _____ we have asked for fuel,” the director said.", true)]
    [InlineData("The envoy said the talks were “stalled for _____ at least,” officials added.", true)]
    [InlineData("“We are relieved,” said Foreign Minister _____.", false)]
    [InlineData("The ministry said _____ convoys reached the border on Friday.", false)]
    [InlineData("Which of these countries does the article name here: “Talks with Norland, _____ and Vestaria stalled.”?", false)]
    [InlineData("Which of these countries does the article name here: “He said “_____ will sign” soon.”?", true)]
    public void BlankInQuotation_IsTrueOnlyForASpeakersWords_NotTheArticlesOwnSentenceQuoted(string stem, bool quoted) =>
        Assert.Equal(quoted, QuestionSelector.BlankInQuotation(FillIn(stem)));

    [Fact]
    public void Choose_BlankInsideASpeakersQuotation_StaysAmongTheMoreCandidates_EvenWhenRankedFirst()
    {
        const string Article = """
            The Kalvik border crossing reopened on Tuesday after a closure that lasted four months.
            “For eleven weeks we have waited for a single convoy,” said Marta Lind, who runs the clinic in Port Aren.
            The crossing handled 40 trucks a day before the closure, according to the Norland transport ministry.
            """;
        var trace = new ArticleGenerator().Trace(Article);
        var pool = trace.Candidates.Select(c => c with { Confidence = 1, KeyFact = 1 }).ToList();
        var inQuotation = pool.Where(c => QuestionSelector.BlankInQuotation(c.Question)).Select(c => c.Question.Stem).ToList();
        Assert.NotEmpty(inQuotation);

        var selection = QuestionSelector.Choose(pool, trace.BodyWords);

        Assert.DoesNotContain(selection.Bank, q => inQuotation.Contains(q.Stem));
        Assert.All(inQuotation, stem => Assert.Contains(selection.More, q => q.Stem == stem));
        Assert.NotEmpty(selection.Bank);
    }

    [Theory]
    [InlineData("“The convoys are moving again,” said Norland Press Secretary _____.", true)]
    [InlineData("Norland Foreign Ministry deputy spokesperson _____ said the border would reopen.", true)]
    [InlineData("“The wards are full,” said Dr. _____, who runs the clinic in Port Aren.", true)]
    [InlineData("_____, a politics professor at Vestaria University, said the talks had stalled.", true)]
    [InlineData("“Nobody told us,” said _____’s neighbour, a Kalvik resident, on Friday.", false)]
    [InlineData("“We are relieved,” said Foreign Minister _____.", false)]
    [InlineData("_____, the Norlander prime minister, said the treaty would be signed in May.", false)]
    [InlineData("The spokesman said _____ convoys reached the border on Friday.", false)]
    public void BlankNamesMinorRole_IsTrueOnlyWhenTheBlankIsSomeoneKnownByAMinorRole(string stem, bool minor) =>
        Assert.Equal(minor, QuestionSelector.BlankNamesMinorRole(FillIn(stem)));

    [Fact]
    public void Choose_MinorSpeakersAndShortLengthsOfTime_StayAmongTheMoreCandidates_EvenWhenRankedFirst()
    {
        const string Article = """
            Kalvik Crossing Reopens

            The Kalvik border crossing between Norland and Vestaria reopened on 3 May 2024.
            Trade through the crossing stopped for four months while the two governments argued over customs fees.
            “The convoys are moving again,” said Norland Press Secretary Ilse Varga.
            Dr. Tomas Brenner, a surgeon at the Port Aren clinic, said medicines had run short for twelve days.
            The crossing handled 40 trucks a day before the closure, according to the Norland transport ministry.
            Foreign Minister Kwame Boateng said the 18-year dispute over the crossing was settled by the Kalvik Treaty.
            """;
        Assert.Contains(new ArticleGenerator().Trace(Article).Candidates, c => c.Candidate.Answer == "18-year" && !QuestionSelector.AsksForAShortLengthOfTime(c.Candidate));

        AssertKeptAmongMore(Article, ["Ilse Varga", "Tomas Brenner", "four months", "twelve days"], banked: "Kwame Boateng");
    }

    [Theory]
    [InlineData("The findings were first reported by _____ on Friday.", "Reuters", true)]
    [InlineData("According to an investigation by the _____, the wards stood empty.", "Norland Times", true)]
    [InlineData("The talks were broadcast live by _____ across the region.", "Kalvik Broadcasting", true)]
    [InlineData("A(n) _____ poll released on 3 May showed the minister’s rating at 21%.", "Kalvik Research", true)]
    [InlineData("The video spread on _____ within hours of the vote.", "Telegram", true)]
    [InlineData("The _____ said the border would reopen on Monday.", "Norland Foreign Ministry", false)]
    [InlineData("The ban was ruled illegal by the _____ on 18 November.", "Supreme Court", false)]
    [InlineData("_____ said the talks had stalled over customs fees.", "Kwame Boateng", false)]
    [InlineData("The minister of _____ said the talks had stalled.", "Foreign Affairs", false)]
    [InlineData("The survey asked whether _____ should join the alliance.", "Ghana", false)]
    [InlineData("The convoy crossed the _____ in nine days.", "Atlantic", false)]
    public void AsksForAnOutlet_IsTrueForTheOutletOrPollsterThatReportedAFact(string stem, string answer, bool outlet) =>
        Assert.Equal(outlet, QuestionSelector.AsksForAnOutlet(Candidate(stem, answer, GeneratedQuestionType.FillInBlank)));

    [Fact]
    public void AsksForAnOutlet_IsNeverTrueForATrueFalseStatement() =>
        Assert.False(QuestionSelector.AsksForAnOutlet(Candidate("True or false: Reuters reported the findings on Friday.", "Reuters", GeneratedQuestionType.TrueFalse)));

    [Theory]
    [InlineData("Ghana", GeneratedQuestionType.MultipleChoice, 5, true)]
    [InlineData("Ghana", GeneratedQuestionType.FillInBlank, 9, true)]
    [InlineData("Ghana", GeneratedQuestionType.MultipleChoice, 4, false)]
    [InlineData("Ghana", GeneratedQuestionType.TrueFalse, 9, false)]
    [InlineData("Accra", GeneratedQuestionType.MultipleChoice, 9, false)]
    [InlineData("Kwame Boateng", GeneratedQuestionType.FillInBlank, 9, false)]
    public void AsksForACentralCountry_IsTrueOnlyForACountryTheArticleNamesAtLeastFiveTimes(string answer, GeneratedQuestionType type, int mentions, bool central) =>
        Assert.Equal(central, QuestionSelector.AsksForACentralCountry(Candidate("Trade talks with _____ stalled on Friday.", answer, type), mentions));

    [Fact]
    public void Choose_OutletsAndTheArticlesMainCountry_StayAmongTheMoreCandidates_EvenWhenRankedFirst()
    {
        const string Article = """
            Ghana Reopens the Kalvik Crossing

            Ghana reopened the Kalvik border crossing with Togo on 3 May 2024 after a four-year dispute over customs fees.
            Trade between Ghana and Togo fell by 40% while the crossing was closed, according to an investigation by the Accra Herald.
            Ghana's foreign minister, Kwame Boateng, said the agreement would be signed in Lomé in June.
            Exports to Togo are expected to recover by the end of the year, officials said.
            Farmers had lost most of their markets in Togo during the closure, the minister said.
            Critics said the deal favoured Togo, which kept the right to inspect every truck.
            """;
        AssertKeptAmongMore(Article, ["Accra Herald", "Togo"], banked: "Kwame Boateng");
    }

    [Fact]
    public void Choose_AConceptTheArticleRepeats_IsAskedForOnceInTheBank()
    {
        const string Article = """
            Norland and Vestaria Trade Blows

            Norland raised tariffs on Vestarian steel to 25% on 3 May 2024, citing a flood of cheap imports.
            Vestaria answered with a tariff on Norlander salmon in June 2024, and its farmers cheered the decision.
            Exporters in both countries say the tariffs have cut trade across the Kalvik crossing by a third.
            The two governments will discuss the tariffs at a summit in the port of Aren in September 2024.
            """;
        var trace = new ArticleGenerator().Trace(Article);
        var concepts = trace.Candidates.Where(c => c.Candidate.Template == QuestionSelector.ConceptTemplate).ToList();
        Assert.True(concepts.Select(c => c.Candidate.Sentence.Index).Distinct().Count() >= 3);
        var pool = trace.Candidates.Select(c => c.Candidate.Template == QuestionSelector.ConceptTemplate
            ? c with { Confidence = 1, KeyFact = 1 } : c with { Confidence = 0.01, KeyFact = 0.01 }).ToList();

        var selection = QuestionSelector.Choose(pool, trace.BodyWords);

        // "tariffs" and "tariff" are one concept: a student who met it in one blank would write it into every other.
        Assert.Single(selection.Bank, q => q.Type == GeneratedQuestionType.FillInBlank && CorrectAnswers(q).Any(a => a.StartsWith("tariff", StringComparison.Ordinal)));
        Assert.True(selection.More.Count(q => q.Type == GeneratedQuestionType.FillInBlank && CorrectAnswers(q).Any(a => a.StartsWith("tariff", StringComparison.Ordinal))) >= 2);
    }

    /// <summary>
    /// Ranks the questions asking for <paramref name="left"/> and <paramref name="banked"/> first and everything else last:
    /// the first still stay among the more candidates, while the other enters the bank.
    /// </summary>
    private static void AssertKeptAmongMore(string article, string[] left, string banked)
    {
        var trace = new ArticleGenerator().Trace(article);
        var pool = trace.Candidates.Select(c => left.Contains(c.Candidate.Answer) || c.Candidate.Answer == banked
            ? c with { Confidence = 1, KeyFact = 1 } : c with { Confidence = 0.01, KeyFact = 0.01 }).ToList();
        Assert.All(left, answer => Assert.Contains(pool, c => c.Candidate.Answer == answer && c.Candidate.Type != GeneratedQuestionType.TrueFalse));

        var selection = QuestionSelector.Choose(pool, trace.BodyWords);

        Assert.DoesNotContain(selection.Bank, q => q.Type != GeneratedQuestionType.TrueFalse && left.Any(answer => CorrectAnswers(q).Contains(answer)));
        Assert.All(left, answer => Assert.Contains(selection.More, q => CorrectAnswers(q).Contains(answer)));
        Assert.Contains(selection.Bank, q => CorrectAnswers(q).Contains(banked));
    }

    private static QuestionCandidate Candidate(string stem, string answer, GeneratedQuestionType type) => new()
    {
        Type = type,
        Stem = stem,
        Answer = answer,
        Sentence = new SentenceInfo(0, new TextRange(0, stem.Length), stem, 0, []),
        Source = new TextRange(0, stem.Length),
        Template = "test",
        Score = 1,
    };

    private static GeneratedQuestion FillIn(string stem) =>
        new("q1", GeneratedQuestionType.FillInBlank, stem, null, ["x"], null, null, "", new SourceSpan(stem, 0, stem.Length), GeneratedDifficulty.Medium, []);

    private static IEnumerable<string> CorrectAnswers(GeneratedQuestion question) =>
        (question.AcceptedAnswers ?? []).Concat(question.Options?.Where(o => o.IsCorrect).Select(o => o.Text) ?? []);

    [Fact]
    public void Choose_TwoNamesSideBySideInOneSentence_AsksForOnlyOne()
    {
        const string Article = """
            Two teachers held for three years in the north of the country were freed on Tuesday in an exchange of prisoners.
            Ghanaian Ama Mensah and Kenyan Joseph Otieno, both teachers at the Lakeside Academy, were handed over to UN officials in the southern Kalvik province.
            The exchange was arranged by mediators from Norway after months of talks.
            Foreign Minister Kwame Boateng thanked the Norwegian envoy Lena Berg and her deputy Tomas Holm on Wednesday.
            """;
        var trace = new ArticleGenerator().Trace(Article);
        string[] pair = ["Ama Mensah", "Joseph Otieno"];
        var pool = trace.Candidates.Select(c => pair.Contains(c.Candidate.Answer) ? c with { Confidence = 1, KeyFact = 1 } : c).ToList();
        Assert.All(pair, name => Assert.Contains(pool, c => c.Candidate.Answer == name));

        var selection = QuestionSelector.Choose(pool, trace.BodyWords);

        Assert.Single(selection.Bank, q => q.Type != GeneratedQuestionType.TrueFalse && pair.Any(name => q.AcceptedAnswers?.Contains(name) == true));
    }

    [Fact]
    public void Generate_Article_MoreCandidatesPassEveryGate()
    {
        Assert.All(Result.MoreCandidates, q => Assert.Empty(QualityGates.Check(q, Result.CleanedText)));
    }

    [Fact]
    public void Generate_Article_NoStemTwiceAcrossBankAndMoreCandidates()
    {
        var stems = Result.Questions.Concat(Result.MoreCandidates).Select(q => Words.Normalize(q.Stem)).ToList();

        Assert.Equal(stems.Count, stems.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Generate_Article_EveryQuestionHasAConfidence_AndMoreCandidatesComeBestFirst()
    {
        Assert.All(Result.Questions.Concat(Result.MoreCandidates), q => Assert.InRange(q.Confidence, 0.0, 1.0));
        Assert.Contains(Result.Questions, q => q.Confidence > 0);
        var confidences = Result.MoreCandidates.Select(q => q.Confidence).ToList();
        Assert.Equal(confidences.OrderByDescending(c => c), confidences);
    }
}
