using IRLearn.QuestionGeneration.Questions;
using IRLearn.QuestionGeneration.Tests.Support;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Tests.Questions;

/// <summary>
/// The understanding templates (stance, cause, sequence, article claims) on short articles written for these tests: what each
/// asks, that its candidates pass every gate, and the sentences each must refuse.
/// </summary>
public sealed class UnderstandingTemplatesTests
{
    private static List<QuestionCandidate> Candidates(string body, string? template = null)
    {
        var analysis = Analyze.Body(body);
        var candidates = QuestionTemplates.Understanding(analysis);
        foreach (var candidate in candidates)
        {
            // Every candidate is a well-formed question as the gates see it, whatever the selector later keeps.
            var source = analysis.Text.Substring(candidate.Source.Start, candidate.Source.Length);
            var question = new GeneratedQuestion("q0", candidate.Type, candidate.Stem, candidate.Options, candidate.AcceptedAnswers, candidate.NumericAnswer,
                candidate.Pairs, candidate.Explanation, new SourceSpan(source, candidate.Source.Start, candidate.Source.Length), candidate.Difficulty, candidate.Tags);
            Assert.Empty(QualityGates.Check(question, analysis.Text, candidate.Forbidden, candidate.OptionClass));
        }

        return template is null ? candidates : candidates.Where(c => c.Template == template).ToList();
    }

    private static string Correct(QuestionCandidate candidate) => Assert.Single(candidate.Options!, o => o.IsCorrect).Text;

    private static List<string> Wrong(QuestionCandidate candidate) => candidate.Options!.Where(o => !o.IsCorrect).Select(o => o.Text).ToList();

    // Actors who each do one particular thing: the material for "which country did X" with the others as distractors.
    private const string Actors =
        "Norway condemned the seizure of a research vessel in the Barents Sea.\n\n" +
        "Finland urged Estonia to reopen the border crossing at Narva.\n\n" +
        "Denmark hosted a conference on fisheries in Copenhagen in 2019.\n\n" +
        "Iceland signed a trade agreement with Canada in 2021.";

    private static readonly string[] OtherActors = ["Norway", "Denmark", "Iceland", "Canada"];

    [Fact]
    public void Stance_ActorOfAParticularAct_AsksWhichCountryWithOtherActorsAsDistractors()
    {
        var question = Assert.Single(Candidates(Actors, "stance"), c => c.Stem == "Which country urged Estonia to reopen the border crossing at Narva?");

        Assert.Equal("Finland", Correct(question));
        Assert.Equal(GeneratedQuestionType.MultipleChoice, question.Type);
        Assert.All(Wrong(question), w => Assert.Contains(w, OtherActors));
        Assert.True(Wrong(question).Count >= 2);
    }

    [Fact]
    public void Stance_CondemnationOfSomethingParticular_IsAsked()
    {
        var question = Assert.Single(Candidates(Actors, "stance"), c => c.Stem.StartsWith("Which country condemned", StringComparison.Ordinal));

        Assert.Equal("Which country condemned the seizure of a research vessel in the Barents Sea?", question.Stem);
        Assert.Equal("Norway", Correct(question));
    }

    [Fact]
    public void Stance_ActorWhoTookTheSameStanceElsewhere_IsNeverADistractor()
    {
        var body = Actors + "\n\nSweden also condemned the seizure of the vessel.";

        var question = Assert.Single(Candidates(body, "stance"), c => c.Stem.StartsWith("Which country condemned the seizure of a research", StringComparison.Ordinal));

        Assert.DoesNotContain("Sweden", Wrong(question));
    }

    [Fact]
    public void Stance_PersonWithAppositive_AsksWho()
    {
        var body = "Anna Lindqvist, the foreign minister of Sweden, urged Latvia to expel three diplomats from Belarus.\n\n" +
            "Peter Holm said the decision was final. Maria Berg said talks would continue. Jonas Ek said nothing.";

        var question = Assert.Single(Candidates(body, "stance"));

        Assert.Equal("Who urged Latvia to expel three diplomats from Belarus?", question.Stem);
        Assert.Equal("Anna Lindqvist", Correct(question));
        Assert.Contains("Peter Holm", Wrong(question));
    }

    [Theory]
    [InlineData("Norway may condemn the seizure of a research vessel in the Barents Sea.")]
    [InlineData("Norway did not condemn the seizure of a research vessel in the Barents Sea.")]
    [InlineData("Norway reportedly condemned the seizure of a research vessel in the Barents Sea.")]
    [InlineData("Norway and Sweden condemned the seizure of a research vessel in the Barents Sea.")]
    [InlineData("If Norway condemned the seizure of a research vessel in the Barents Sea, talks would stop.")]
    [InlineData("Norway welcomed the move.")]
    [InlineData("Norway supports the two-state solution.")]
    public void Stance_HedgedNegatedSharedOrVague_IsRefused(string sentence)
    {
        var body = sentence + "\n\nFinland hosted a conference on fisheries in Helsinki in 2019.\n\n" +
            "Denmark signed a trade agreement with Canada in 2021. Iceland opened an embassy in Tokyo in 2018.";

        Assert.DoesNotContain(Candidates(body, "stance"), c => c.Answer == "Norway");
    }

    [Fact]
    public void Stance_PronounInMidSentence_IsNotTakenForTheActor()
    {
        var body = "Estonia asked for help. To calm Latvia, it urged Lithuania to reopen the border crossing at Narva.\n\n" +
            "Finland hosted a conference in Helsinki in 2019. Denmark signed an agreement with Canada in 2021.";

        Assert.Empty(Candidates(body, "stance"));
    }

    [Fact]
    public void Stance_StemNamingTheAnswersDemonym_IsRefused()
    {
        var body = "Norway condemned the Norwegian court ruling on the Svalbard fishing zone.\n\n" + Actors;

        Assert.DoesNotContain(Candidates(body, "stance"), c => c.Stem.Contains("Norwegian", StringComparison.Ordinal));
    }

    // Causes given in separate paragraphs: each question's distractors are the other paragraphs' causes.
    private const string Causes =
        "Sweden cancelled the Baltic summit in Riga because of severe storms over the Baltic Sea.\n\n" +
        "Finland raised the defence budget because of rising tension on the eastern border.\n\n" +
        "Iceland closed two embassies in Africa due to deep cuts in public spending.\n\n" +
        "Norway suspended the fishing talks with Russia in response to a dispute over quotas.";

    [Fact]
    public void Cause_BecauseOfClause_AsksWhyWithOtherCausesAsDistractors()
    {
        var question = Assert.Single(Candidates(Causes, "cause-effect"), c => c.Stem.Contains("Sweden", StringComparison.Ordinal));

        Assert.Equal("According to the article, why did Sweden cancel the Baltic summit in Riga?", question.Stem);
        Assert.Equal("Because of severe storms over the Baltic Sea", Correct(question));
        Assert.All(Wrong(question), w => Assert.Matches("^(?:Because|Due to|In response to) ", w));
        Assert.True(Wrong(question).Count >= 2);
    }

    [Theory]
    [InlineData("Sweden cancelled the Baltic summit in Riga partly because of severe storms over the Baltic Sea.")]
    [InlineData("Sweden did not cancel the Baltic summit in Riga because of severe storms over the Baltic Sea.")]
    [InlineData("Sweden may have cancelled the Baltic summit in Riga because of severe storms over the Baltic Sea.")]
    [InlineData("The minister said that Sweden cancelled the Baltic summit in Riga because of severe storms over the Baltic Sea.")]
    [InlineData("It cancelled the Baltic summit in Riga because of severe storms over the Baltic Sea.")]
    [InlineData("Sweden cancelled the Baltic summit in Riga last week because of severe storms over the Baltic Sea.")]
    public void Cause_WeakenedNegatedHedgedReportedOrUnanchored_IsRefused(string sentence)
    {
        var body = sentence + "\n\n" + string.Join("\n\n", Causes.Split("\n\n").Skip(1));

        Assert.DoesNotContain(Candidates(body, "cause-effect"), c => c.Stem.Contains("summit", StringComparison.Ordinal));
    }

    [Fact]
    public void Cause_DueToWithAVerb_IsASchedule_NotACause()
    {
        var body = "The Baltic trade agreement was due to expire in March 2026.\n\n" + Causes;

        Assert.DoesNotContain(Candidates(body, "cause-effect"), c => c.Options!.Any(o => o.Text.Contains("expire", StringComparison.Ordinal)));
    }

    [Fact]
    public void Cause_PromptedVerb_AsksWhatPromptedWithNounCauses()
    {
        var body = "A long drought in the Sahel prompted emergency imports of grain from Ukraine.\n\n" + Causes;

        var question = Assert.Single(Candidates(body, "cause-effect"), c => c.Stem.Contains("prompted", StringComparison.Ordinal));

        Assert.Equal("According to the article, what prompted emergency imports of grain from Ukraine?", question.Stem);
        Assert.Equal("A long drought in the Sahel", Correct(question));
        Assert.DoesNotContain(Wrong(question), w => w.StartsWith("Because", StringComparison.Ordinal));
    }

    [Fact]
    public void Sequence_AfterClause_AsksWhenWithOtherEarlierEventsAndDropsTheDate()
    {
        var body = "Norway suspended the fishing talks in March 2020 after a patrol boat collided with a trawler.\n\n" +
            "Finland reopened the consulate in Murmansk after the elections in Russia.\n\n" +
            "Latvia expelled two diplomats following a cyber attack on the central bank.";

        var question = Assert.Single(Candidates(body, "sequence"), c => c.Stem.Contains("Norway", StringComparison.Ordinal));

        Assert.Equal("According to the article, when did Norway suspend the fishing talks?", question.Stem);
        Assert.Equal("After a patrol boat collided with a trawler", Correct(question));
        Assert.Contains("Following a cyber attack on the central bank", Wrong(question));
    }

    [Theory]
    [InlineData("Norway suspended the fishing talks weeks after a patrol boat collided with a trawler.")]
    [InlineData("Norway suspended the fishing talks after 2 a.m. on the second day.")]
    public void Sequence_SpanOfTimeOrClockTime_IsNotAnEvent(string sentence)
    {
        var body = sentence + "\n\nFinland reopened the consulate in Murmansk after the elections in Russia.\n\n" +
            "Latvia expelled two diplomats following a cyber attack on the central bank.";

        Assert.DoesNotContain(Candidates(body, "sequence"), c => c.Stem.Contains("Norway", StringComparison.Ordinal));
    }

    // One passage with four checkable claims: figures and names, each sentence standing on its own.
    private const string Passage =
        "Norway exported 1,200 tonnes of salmon to Japan in 2019. Denmark opened a consulate in Nuuk in 2014. " +
        "Sweden sent 40 delegations to the Stockholm forum in 2018. Finland deployed 300 peacekeepers to Lebanon in 2012.";

    [Fact]
    public void Claims_Passage_AsksWhichStatementsTheArticleMakes()
    {
        var analysis = Analyze.Body(Passage);
        var question = Assert.Single(Candidates(Passage, "article-claims"));

        Assert.Equal(GeneratedQuestionType.MultipleResponse, question.Type);
        Assert.StartsWith("Which of these statements does the article make", question.Stem, StringComparison.Ordinal);
        var correct = question.Options!.Where(o => o.IsCorrect).ToList();
        var wrong = question.Options!.Where(o => !o.IsCorrect).ToList();
        Assert.True(correct.Count >= 2);
        Assert.NotEmpty(wrong);
        // True statements are the article's words; false ones are not anywhere in it.
        Assert.All(correct, o => Assert.True(Words.ContainsPhrase(analysis.NormalizedText, Words.Normalize(o.Text)), o.Text));
        Assert.All(wrong, o => Assert.False(Words.ContainsPhrase(analysis.NormalizedText, Words.Normalize(o.Text)), o.Text));
    }

    [Fact]
    public void Claims_FalseStatement_ChangesOneFigureTheArticleGivesToOneItNeverUses()
    {
        var question = Assert.Single(Candidates(Passage, "article-claims"));

        var wrong = question.Options!.Where(o => !o.IsCorrect).Select(o => o.Text).ToList();
        var sentences = Passage.Split(". ").Select(s => s.TrimEnd('.')).ToList();
        Assert.All(wrong, w =>
        {
            // Same words as one of the article's sentences except for one figure.
            var original = Assert.Single(sentences, s => s.Split(' ').Length == w.Split(' ').Length && s.Split(' ').Zip(w.Split(' ')).Count(p => p.First != p.Second) == 1);
            var changed = original.Split(' ').Zip(w.Split(' ')).Single(p => p.First != p.Second);
            Assert.Matches(@"^[\d,]+$", changed.First);
            Assert.DoesNotContain(changed.Second, Passage, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Claims_OppositeVerb_MakesAFalseStatement()
    {
        var body = "Norway supported the Arctic fisheries treaty in Oslo. Denmark opened a consulate in Nuuk in 2014. " +
            "Sweden sent 40 delegations to the Stockholm forum in 2018.";

        var question = Assert.Single(Candidates(body, "article-claims"));

        Assert.Contains(question.Options!, o => !o.IsCorrect && o.Text == "Norway opposed the Arctic fisheries treaty in Oslo" ||
            !o.IsCorrect && o.Text.Contains(" 20", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Norway may export 1,200 tonnes of salmon to Japan in 2026.")]
    [InlineData("We believe Norway should export 1,200 tonnes of salmon to Japan.")]
    [InlineData("Norway exported 1,200 tonnes of salmon to Japan last year.")]
    [InlineData("It exported 1,200 tonnes of salmon to Japan in 2019.")]
    [InlineData("The other exported 1,200 tonnes of salmon to Japan in 2019.")]
    [InlineData("Critics say Norway exported 1,200 tonnes of salmon to Japan in 2019.")]
    public void Claims_HedgedOpinionRelativeOrContextBound_IsNeverAnOption(string sentence)
    {
        var body = sentence + " " + Passage;

        var options = Candidates(body, "article-claims").SelectMany(c => c.Options!).Select(o => o.Text).ToList();

        Assert.DoesNotContain(options, o => o.Contains("salmon", StringComparison.Ordinal) && !o.StartsWith("Norway exported 1,", StringComparison.Ordinal));
    }

    [Fact]
    public void Claims_TooFewCheckableStatements_AskNothing()
    {
        var body = "Norway exported 1,200 tonnes of salmon to Japan in 2019. The weather was pleasant. Everyone agreed it mattered.";

        Assert.Empty(Candidates(body, "article-claims"));
    }

    [Fact]
    public void Generate_UnderstandingQuestions_ReachTheBankThroughTheGates()
    {
        var result = new ArticleGenerator().Generate("Nordic Diplomacy in Brief\n\n" + Actors + "\n\n" + Causes + "\n\n" + Passage);

        // Every kind passes the gates; the bank keeps room for one of each kind, up to half its size (two of three here).
        var all = result.Questions.Concat(result.MoreCandidates).ToList();
        Assert.Contains(all, q => q.Stem.StartsWith("Which country", StringComparison.Ordinal));
        Assert.Contains(all, q => q.Stem.StartsWith("According to the article, why", StringComparison.Ordinal));
        Assert.Equal(2, result.Questions.Count(q => q.Stem.StartsWith("Which", StringComparison.Ordinal) || q.Stem.StartsWith("According to", StringComparison.Ordinal)));
        Assert.Empty(BankAudit.Audit(result));
    }
}
