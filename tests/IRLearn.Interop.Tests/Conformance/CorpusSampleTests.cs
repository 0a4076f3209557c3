using IRLearn.Domain.QuestionBank;
using IRLearn.Interop.Mapping;
using IRLearn.Interop.Tests.Support;

namespace IRLearn.Interop.Tests.Conformance;

/// <summary>
/// The sample questions EXPECTED.md spells out (keys, tolerances, feedback, the quirks importers get wrong), checked
/// on the corpus files themselves. Each test passes, saying so, when the corpus is absent.
/// </summary>
public sealed class CorpusSampleTests(ITestOutputHelper output)
{
    [Fact]
    public void Gift_TrueFalseFeedback_FollowsMoodle_FirstFeedbackIsForTheWrongAnswer()
    {
        if (Read("gift/questions.gift.txt") is not { } result)
        {
            return;
        }

        var q1 = result.Questions.Single(q => q.Name == "Q1");
        Assert.Equal(InteropQuestionType.TrueFalse, q1.Type);
        Assert.Equal(new InteropChoice("True", 0, "42 is the Ultimate Answer."), q1.Choices[0]);
        Assert.Equal(new InteropChoice("False", 1, "You gave the right answer."), q1.Choices[1]);
        Assert.Equal("This is, of course, a Hitchiker's Guide to the Galaxy reference.", q1.GeneralFeedback);

        var all = Read("gift/gift_file_all_questions.txt")!;
        var trueWithFeedback = all.Questions.Where(q => q.Type == InteropQuestionType.TrueFalse).ElementAt(2);
        Assert.Equal(new InteropChoice("True", 1, "pero mal"), trueWithFeedback.Choices[0]);
        Assert.Equal(new InteropChoice("False", 0, "bien"), trueWithFeedback.Choices[1]);
    }

    [Fact]
    public void Gift_CatchAllAnswer_IsNotAnAcceptedAnswer_AndPartialCreditIsKeptAsSuch()
    {
        if (Read("gift/questions.gift.txt") is not { } result)
        {
            return;
        }

        var sa = result.Questions.Single(q => q.Name == "Shortanswer");
        Assert.Equal([new InteropTextAnswer("Frog", 1, "Good!"), new InteropTextAnswer("Cat", 0.5m, "What is it with Moodlers and cats?")], sa.TextAnswers);
        var num = result.Questions.Single(q => q.Name == "Q5");
        Assert.Equal(new InteropNumericAnswer(3, 2, 1), Assert.Single(num.NumericAnswers));

        var (mapped, _) = DomainMapper.ToContents([sa], null);
        Assert.Equal(["Frog"], mapped[0].Content.AcceptedAnswers);
        Assert.Contains(mapped[0].Warnings, w => w.Contains("\"Cat\" (50 %) not imported", StringComparison.Ordinal));
    }

    [Fact]
    public void Gift_RangesEscapesAndWeights_ReadAsUpstreamTestsAssert()
    {
        if (Read("gift/gift_file_all_questions.txt") is not { } all)
        {
            return;
        }

        var numbers = all.Questions.Where(q => q.Type == InteropQuestionType.Numeric).Select(q => q.NumericAnswers[0]).ToList();
        Assert.Equal(new InteropNumericAnswer(1822, 5, 1), numbers[0]);
        Assert.Equal(new InteropNumericAnswer(3.1415m, 0.0005m, 1), numbers[2]);

        var escapes = Read("gift/test10.txt")!.Questions.Single(q => q.Name == "Varias líneas");
        Assert.Equal([new InteropChoice("~~~#\\", 0), new InteropChoice("===#\\", 1)], escapes.Choices);

        var continents = Read("gift/multipleAnswersFloat.gift")!.Questions.Single();
        Assert.Equal(3, continents.Choices.Count(c => c.Fraction == 0.3333333m));
        Assert.StartsWith("Select all of the options below which name a continent:", continents.Stem, StringComparison.Ordinal);

        var greeting = Read("gift/questions_in_category.gift.txt")!.Questions.Single(q => q.Name == "Greeting");
        Assert.Contains("Listen to this greeting:", greeting.Stem, StringComparison.Ordinal);
        Assert.Equal("$course$/Default for New Features", greeting.Category);
    }

    [Fact]
    public void MoodleXml_ShortAnswerMatchingAndCloze_KeepKeysAndReportWhatIRLearnCannotHold()
    {
        if (Read("moodle-xml/qtype_shortanswer-testquestion.moodle.xml") is not { } shortAnswer)
        {
            return;
        }

        var sa = shortAnswer.Questions.Single();
        Assert.Equal(["frog", "toad"], sa.TextAnswers.Select(a => a.Text));
        Assert.Equal([1m, 0.8m], sa.TextAnswers.Select(a => a.Fraction));
        Assert.False(sa.CaseSensitive);

        var match = Read("moodle-xml/qtype_match-testquestion.moodle.xml")!.Questions.Single();
        Assert.Equal([new InteropPair("frog", "amphibian"), new InteropPair("cat", "mammal"), new InteropPair("newt", "amphibian")], match.Pairs);
        Assert.Equal(["insect"], match.ExtraRightItems);
        var (_, skipped) = DomainMapper.ToContents([match], null);
        Assert.Contains("distinct", Assert.Single(skipped).Reason, StringComparison.Ordinal);

        var cloze = Read("moodle-xml/multianswer.xml")!.Questions.Single();
        Assert.Equal(["California", "Arizona", "California", "Arizona"], cloze.Blanks.Take(4).Select(b => b.Choices.Single(c => c.Fraction == 1).Text));
        Assert.Equal([new InteropTextAnswer("Paris", 1, "Congratulations!"), new InteropTextAnswer("Marseille", 0.5m, "No, that is the second largest city in France (after\nParis).")], cloze.Blanks[4].TextAnswers);
        var (perBlank, _) = DomainMapper.ToContents([cloze], null);
        Assert.Equal(5, perBlank.Count);
        Assert.Contains("_____", perBlank[4].Content.Stem, StringComparison.Ordinal);

        var pyCloze = Read("moodle-xml/PyClz00.xml")!.Questions[0];
        Assert.Equal(new InteropNumericAnswer(10.9m, 0.5m, 1), pyCloze.Blanks[0].NumericAnswers.Single());
        Assert.Equal("Lawrence", pyCloze.Blanks[1].Choices.Single(c => c.Fraction == 1).Text);
        Assert.Equal("Antoinette", pyCloze.Blanks[2].TextAnswers.Single().Text);

        var numerical = Read("moodle-xml/numerical.xml")!.Questions;
        Assert.Equal(0.00001m, numerical[3].NumericAnswers[0].Tolerance);
    }

    [Fact]
    public void Qti21_KeysTolerancesAndMappings_AreInferredFromResponseProcessing()
    {
        if (Read("qti21/TextEntrynumeric_770468849.xml") is not { } relative)
        {
            return;
        }

        Assert.Equal(new InteropNumericAnswer(4.136m, 0.2068m, 1), relative.Questions.Single().NumericAnswers.Single());

        var water = Read("qti21/choice_multiple.xml")!.Questions.Single();
        Assert.Equal(["Hydrogen", "Oxygen"], water.Choices.Where(c => c.Fraction > 0).Select(c => c.Text));
        Assert.Equal(-1m, water.Choices.Single(c => c.Text == "Helium").Fraction);

        var plays = Read("qti21/match.xml")!.Questions.Single();
        Assert.Contains(new InteropPair("Prospero", "The Tempest"), plays.Pairs);

        var onyx = Read("qti21/Choicetruefalse_176040516.xml")!.Questions.Single();
        Assert.Equal(1m, onyx.Choices.Single(c => c.Text == "True").Fraction);

        var twoNumbers = Read("qti21/TextEntrynumeric_2040297025.xml")!.Questions.Single();
        Assert.Equal([4m, 2m], twoNumbers.Blanks.Select(b => b.NumericAnswers.Single().Value));
    }

    [Fact]
    public void Qti30_KebabNamesTwoValueTolerancesAndKeysOnlyInProcessing_AreRead()
    {
        if (Read("qti30/TextEntrynumeric_770468849.xml") is not { } relative)
        {
            return;
        }

        Assert.Equal(new InteropNumericAnswer(4.136m, 0.2068m, 1), relative.Questions.Single().NumericAnswers.Single());
        Assert.Equal(new InteropNumericAnswer(42, 0, 1), Read("qti30/BBQsTest-items/id-f9f3153e2ba4/TheAnswer-001.xml")!.Questions.Single().NumericAnswers.Single());
        var trueFalse = Read("qti30/BBQsTest-items/id-83210b60ed8f/TF-choice.xml")!.Questions.Single();
        Assert.Equal(1m, trueFalse.Choices.Single(c => c.Text == "False").Fraction);
        Assert.Equal("You must stay with your luggage at all times.", Read("qti30/choice.xml")!.Questions.Single().Choices.Single(c => c.Fraction == 1).Text);
    }

    [Fact]
    public void Qti12_CanvasBoundsGreekCharsetAndCaseSensitivity_AreRead()
    {
        if (Read("qti12/canvas-numeric-experiment") is not { } canvas)
        {
            return;
        }

        Assert.Equal(
            [(4.0m, 0m), (5.00m, 0.05m), (6.0m, 1.0m), (7.0m, 1.0m), (8.0m, 0.5m), (9.0m, 0.5m)],
            canvas.Questions.Select(q => (q.NumericAnswers[0].Value, q.NumericAnswers[0].Tolerance)));

        var circle = Read("qti12/fibn_ir_01.xml")!.Questions.Single();
        Assert.Equal(new InteropNumericAnswer(12.56m, 0.001m, 1), circle.NumericAnswers.Single());
        Assert.Contains("π", circle.Stem, StringComparison.Ordinal);

        var letter = Read("qti12/fibs_ir_01.xml")!.Questions.Single();
        Assert.True(letter.CaseSensitive);
        Assert.Equal("S", letter.TextAnswers.Single().Text);

        var tools = Read("qti12/mrsp_ir_01.xml")!.Questions.Single();
        Assert.Equal(3, tools.Choices.Count(c => c.Fraction > 0));

        var dropdown = Read("qti12/canvas-newquizzes-fitb-matching")!.Questions.Where(q => q.Type == InteropQuestionType.Cloze).ElementAt(1);
        Assert.Equal("stem (correct answer)", dropdown.Blanks.Single().Choices.Single(c => c.Fraction == 1).Text);
    }

    [Fact]
    public void EveryQuestionReadFromTheCorpus_BecomesValidIRLearnContent_OrIsSkippedWithAReason()
    {
        if (Corpus.Root is null)
        {
            output.WriteLine(Corpus.AbsentMessage);
            return;
        }

        var imported = 0;
        var types = new HashSet<QuestionType>();
        foreach (var relative in CorpusConformanceTests.Expectations().Select(row => row.Data.Item1))
        {
            var (name, content) = Corpus.Load(relative);
            InteropReadResult result;
            try
            {
                result = InteropFileReader.Read(name, content);
            }
            catch (InteropFileException)
            {
                continue;
            }

            foreach (var question in result.Questions)
            {
                var (mapped, skipped) = DomainMapper.ToContents([question], null);
                Assert.True(
                    mapped.Count > 0 != skipped.Count > 0,
                    $"{relative}: question \"{question.Name}\" must either become content or be skipped, not both or neither");
                Assert.All(skipped, s => Assert.False(string.IsNullOrWhiteSpace(s.Reason)));
                Assert.All(mapped, m => Assert.True(Enum.IsDefined(m.Content.Type)));
                imported += mapped.Count;
                types.UnionWith(mapped.Select(m => m.Content.Type));
            }
        }

        output.WriteLine($"{imported} IRLearn questions from the corpus");
        Assert.Equal(Enum.GetValues<QuestionType>().ToHashSet(), types);
    }

    private InteropReadResult? Read(string relative)
    {
        if (Corpus.Root is null)
        {
            output.WriteLine(Corpus.AbsentMessage);
            return null;
        }

        var (name, content) = Corpus.Load(relative);
        return InteropFileReader.Read(name, content);
    }
}
