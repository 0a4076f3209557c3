using IRLearn.QuestionGeneration.Questions;

namespace IRLearn.QuestionGeneration.Tests.Questions;

public sealed class QualityGatesTests
{
    private const string Text = "Kazakhstan initiated the Conference on Interaction and Confidence Building Measures in Asia in 1992. It grew.";
    private const string Sentence = "Kazakhstan initiated the Conference on Interaction and Confidence Building Measures in Asia in 1992.";

    private static GeneratedQuestion Question(
        string stem = "In what year did Kazakhstan initiate the Conference on Interaction and Confidence Building Measures in Asia?",
        GeneratedQuestionType type = GeneratedQuestionType.MultipleChoice,
        IReadOnlyList<OptionDraft>? options = null,
        IReadOnlyList<string>? accepted = null,
        SourceSpan? source = null) =>
        new(
            "q1",
            type,
            stem,
            type is GeneratedQuestionType.FillInBlank or GeneratedQuestionType.ShortAnswer ? null : options ?? [new("1992", true), new("1997", false), new("1991", false)],
            accepted ?? ["1992"],
            null,
            null,
            "Because the article says so.",
            source ?? new SourceSpan(Sentence, 0, Sentence.Length),
            GeneratedDifficulty.Medium,
            []);

    [Fact]
    public void Check_WellFormedQuestion_PassesEveryGate()
    {
        Assert.Empty(QualityGates.Check(Question(), Text));
    }

    [Fact]
    public void Check_SourceNotAtItsOffset_FailsSourceGate()
    {
        Assert.Contains(QualityGates.SourceMismatch, QualityGates.Check(Question(source: new SourceSpan(Sentence, 3, Sentence.Length)), Text));
    }

    [Fact]
    public void Check_AnswerNotInSourceSentence_FailsGrounding()
    {
        var question = Question(options: [new("1993", true), new("1997", false), new("1991", false)]);

        Assert.Contains(QualityGates.Ungrounded, QualityGates.Check(question, Text));
    }

    [Fact]
    public void Check_AnswerInStem_FailsGate()
    {
        var question = Question(stem: "Did Kazakhstan initiate the conference in 1992 or later?");

        Assert.Contains(QualityGates.AnswerInStem, QualityGates.Check(question, Text));
    }

    [Fact]
    public void Check_AcronymOfAnswerInStem_FailsGateWhenForbidden()
    {
        var question = Question(
            stem: "Kazakhstan initiated the _____ (CICA) in 1992.",
            options: [new("Conference on Interaction and Confidence Building Measures in Asia", true), new("Commonwealth of Independent States", false), new("Shanghai Cooperation Organisation", false)],
            accepted: ["Conference on Interaction and Confidence Building Measures in Asia"]);

        Assert.Contains(QualityGates.AnswerInStem, QualityGates.Check(question, Text, ["CICA"]));
    }

    [Fact]
    public void Check_UnresolvedPronoun_FailsGate()
    {
        var question = Question(stem: "In what year did it initiate the forum?");

        Assert.Contains(QualityGates.UnresolvedPronoun, QualityGates.Check(question, Text));
    }

    [Fact]
    public void Check_DuplicateOptions_FailsGate()
    {
        var question = Question(options: [new("1992", true), new("1997", false), new("1997", false)]);

        Assert.Contains(QualityGates.OptionsDuplicate, QualityGates.Check(question, Text));
    }

    [Fact]
    public void Check_DistractorOfAnotherKind_FailsTypeGate()
    {
        var question = Question(options: [new("1992", true), new("Kazakhstan", false), new("80%", false)]);

        Assert.Contains(QualityGates.OptionsMistyped, QualityGates.Check(question, Text));
    }

    [Fact]
    public void Check_TwoCorrectOptionsInMultipleChoice_FailsShapeGate()
    {
        var question = Question(options: [new("1992", true), new("1997", true), new("1991", false)]);

        Assert.Contains(QualityGates.OptionsShape, QualityGates.Check(question, Text));
    }

    [Fact]
    public void Check_ArticleDisagrees_FailsAgreementGate()
    {
        var question = Question(stem: "In what year did Kazakhstan initiate a organisation in Asia?");

        Assert.Contains(QualityGates.ArticleAgreement, QualityGates.Check(question, Text));
    }

    [Fact]
    public void Check_StemWithoutQuestionMarkOrBlank_FailsFormGate()
    {
        var question = Question(stem: "Kazakhstan initiated a forum in Asia");

        Assert.Contains(QualityGates.StemForm, QualityGates.Check(question, Text));
    }

    [Fact]
    public void Check_TrueFalseWithOtherOptions_FailsShapeGate()
    {
        var question = Question(
            stem: "True or false: Kazakhstan initiated the forum in 1992.",
            type: GeneratedQuestionType.TrueFalse,
            options: [new("Yes", true), new("No", false)],
            accepted: ["True"]);

        Assert.Contains(QualityGates.OptionsShape, QualityGates.Check(question, Text));
    }

    [Fact]
    public void Check_MoreOptionsThanTheBankStores_FailsLengthGate()
    {
        var options = new List<OptionDraft> { new("1992", true) };
        options.AddRange(Enumerable.Range(1993, 12).Select(y => new OptionDraft(y.ToString(System.Globalization.CultureInfo.InvariantCulture), false)));

        Assert.Contains(QualityGates.TooLong, QualityGates.Check(Question(options: options), Text));
    }

    [Fact]
    public void Check_ClozeWithOneBlank_PassesFormGate()
    {
        var question = Question(
            stem: "Kazakhstan initiated the Conference on Interaction and Confidence Building Measures in Asia in _____.",
            type: GeneratedQuestionType.FillInBlank);

        Assert.Empty(QualityGates.Check(question, Text));
    }

    [Fact]
    public void Check_StatementOpeningWithIt_FailsPronounGateEvenWhenANameFollows()
    {
        var question = Question(stem: "True or false: It was upgraded to a summit of leaders in 2008, when the first meeting was held in Washington.", type: GeneratedQuestionType.TrueFalse, options: [new("True", true), new("False", false)]);

        Assert.Contains(QualityGates.UnresolvedPronoun, QualityGates.Check(question, Text));
    }

    private const string Passage = "The Association of Southeast Asian Nations (ASEAN) met in Jakarta. Analysts at the Center for Strategic and International Studies (CSIS) counted the ships.";

    private static GeneratedQuestion Matching(IReadOnlyList<PairDraft> pairs, string stem = "Match each acronym to the name it stands for in the article.") =>
        new("q1", GeneratedQuestionType.Matching, stem, null, null, null, pairs, "As the article defines them.", new SourceSpan(Passage, 0, Passage.Length), GeneratedDifficulty.Medium, []);

    [Fact]
    public void Check_MatchingWithEveryPairInItsPassage_PassesEveryGate()
    {
        Assert.Empty(QualityGates.Check(Matching([new("ASEAN", "Association of Southeast Asian Nations"), new("CSIS", "Center for Strategic and International Studies")]), Passage));
    }

    [Fact]
    public void Check_MatchingWithAPairSideNotInItsPassage_FailsGrounding()
    {
        var question = Matching([new("ASEAN", "Association of Southeast Asian Nations"), new("CSIS", "Center for Strategic and International Studies"), new("UN", "United Nations")]);

        Assert.Contains(QualityGates.Ungrounded, QualityGates.Check(question, Passage));
    }

    [Fact]
    public void Check_MatchingWithAnAcronymInItsStem_FailsAnswerInStem()
    {
        var question = Matching([new("ASEAN", "Association of Southeast Asian Nations"), new("CSIS", "Center for Strategic and International Studies")], "Match ASEAN and the other acronym to their names.");

        Assert.Contains(QualityGates.AnswerInStem, QualityGates.Check(question, Passage));
    }

    [Fact]
    public void Check_MatchingWithARepeatedSide_FailsDistinctness()
    {
        var question = Matching([new("ASEAN", "Association of Southeast Asian Nations"), new("ASEAN", "Center for Strategic and International Studies")]);

        Assert.Contains(QualityGates.OptionsDuplicate, QualityGates.Check(question, Passage));
    }

    [Fact]
    public void Check_ListStemWhoseQuotedSentenceHasAnObjectIt_FailsPronounGate()
    {
        var question = Question(stem: "Which of these countries does the article name here: “_____ rejected it.”?", type: GeneratedQuestionType.MultipleResponse, options: [new("Egypt", true), new("Sudan", true), new("Uganda", false)]);

        Assert.Contains(QualityGates.UnresolvedPronoun, QualityGates.Check(question, Text));
    }

}
