using IRLearn.Interop.Tests.Support;

namespace IRLearn.Interop.Tests.Conformance;

/// <summary>
/// Imports every file of the shared interop corpus (files written by Moodle, Canvas, ONYX, qti-sdk, the 1EdTech
/// examples and parser test suites) and checks the counts each folder's EXPECTED.md gives: questions by type,
/// questions skipped (unsupported type, malformed item), files refused as a whole. Where EXPECTED.md allows two
/// readings (a missing-word question as its native type or as a cloze; a lone text entry as a short answer or a
/// one-blank cloze; gapselect as dropdown blanks or skipped) the comment names the one chosen. Codes: MC, MR, TF,
/// SA, NUM, CLOZE, MATCH as in EXPECTED.md; missing-word questions count under their native type, as there.
/// When the corpus is absent the tests pass and say so.
/// </summary>
public sealed class CorpusConformanceTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Expectations() => new()
    {
        // gift/EXPECTED.md: per-file counts (missing-word questions under MC/SA/NUM).
        { "gift/questions.gift.txt", "MC=1 MR=1 TF=3 SA=1 NUM=1 MATCH=1 skipped=1" },
        { "gift/questions_in_category.gift.txt", "MC=1 TF=1 SA=1 MATCH=1" },
        { "gift/gift_file_all_questions.txt", "MC=4 MR=1 TF=4 SA=2 NUM=5 MATCH=1 skipped=2" },
        { "gift/test5.txt", "MC=19 TF=4 SA=17" },
        { "gift/test8.txt", "MC=4 MATCH=1" },
        { "gift/test10.txt", "MC=1 MR=1 TF=2 SA=4 NUM=1 skipped=1" },
        { "gift/giftFormatPhpExamples.gift", "MC=4 TF=1 SA=2 NUM=2 MATCH=1" },
        { "gift/numerical1.gift", "NUM=10" },
        { "gift/multipleAnswersFloat.gift", "MR=1" },
        { "gift/escapeAll.gift", "MC=1" },
        { "gift/options1.gift", "MC=6 MR=2 TF=1 SA=4 NUM=1" },
        { "gift/shortAnswerNotMatching.gift", "MC=2" },
        { "gift/multiLineFeedback1.gift", "MC=2" },
        { "gift/totara_moodle_numerical.gift", "NUM=1" },

        // moodle-xml/EXPECTED.md. gapselect is read as a cloze with three dropdowns (one of the two allowed readings).
        { "moodle-xml/qtype_truefalse-testquestion.moodle.xml", "TF=1" },
        { "moodle-xml/qtype_multichoice-testquestion.moodle.xml", "MR=1" },
        { "moodle-xml/qtype_shortanswer-testquestion.moodle.xml", "SA=1" },
        { "moodle-xml/qtype_match-testquestion.moodle.xml", "MATCH=1" },
        { "moodle-xml/qtype_essay-testquestion.moodle.xml", "skipped=1" },
        { "moodle-xml/qtype_ddwtos-testquestion.moodle.xml", "CLOZE=1" },
        { "moodle-xml/multianswer.xml", "CLOZE=1" },
        { "moodle-xml/PyClz00.xml", "CLOZE=6" },
        { "moodle-xml/moodle-bank-exemple.xml", "MC=5 NUM=4 skipped=4" },
        { "moodle-xml/numerical.xml", "NUM=5" },
        { "moodle-xml/broken_cloze_questions.xml", "skipped=5" },
        { "moodle-xml/error_invalid_grades.xml", "refused: not one of Moodle's grades" },

        // qti21/EXPECTED.md. text_entry and TextEntry_883368511 put the blank in running text, so they are one-blank clozes.
        { "qti21/choice.xml", "MC=1" },
        { "qti21/choice_multiple.xml", "MR=1" },
        { "qti21/text_entry.xml", "CLOZE=1" },
        { "qti21/inline_choice.xml", "CLOZE=1" },
        { "qti21/match.xml", "MATCH=1" },
        { "qti21/extended_text.xml", "skipped=1" },
        { "qti21/hotspot.xml", "skipped=1" },
        { "qti21/gap_match.xml", "skipped=1" },
        { "qti21/order.xml", "skipped=1" },
        { "qti21/Choicetruefalse_176040516.xml", "TF=1" },
        { "qti21/TextEntrynumeric_770468849.xml", "NUM=1" },
        { "qti21/TextEntrynumeric_2040297025.xml", "CLOZE=1" },
        { "qti21/TextEntry_883368511.xml", "CLOZE=1" },
        { "qti21/malformed.xml", "refused: not well-formed XML (line" },
        { "qti21/xsdinvalid.xml", "MC=1" },

        // qti30/EXPECTED.md.
        { "qti30/BBQsTest.zip", "MC=3 MR=1 TF=1 SA=1 NUM=1 CLOZE=2 MATCH=2 skipped=11" },
        { "qti30/BBQsTest-items/id-83210b60ed8f/TF-choice.xml", "TF=1" },
        { "qti30/BBQsTest-items/id-371b0f88774a/MultipleChoice-choice-polynomials.xml", "MC=1" },
        { "qti30/BBQsTest-items/id-3cd82285401e/MultipleAnswer-choice-materials.xml", "MR=1" },
        { "qti30/BBQsTest-items/id-c0bdd9a130c7/text_entry-calculus.xml", "SA=1" },
        { "qti30/BBQsTest-items/id-7f35b6c393d5/matching-match-trigDeriv.xml", "MATCH=1" },
        { "qti30/BBQsTest-items/id-377d71221b04/jumble-inlineChoice.xml", "CLOZE=1" },
        { "qti30/BBQsTest-items/id-f9f3153e2ba4/TheAnswer-001.xml", "NUM=1" },
        { "qti30/BBQsTest-items/id-75bd778a3504/essay-vacation.xml", "skipped=1" },
        { "qti30/BBQsTest-items/id-992e8bd3c9ac/hotspot-maximum.xml", "skipped=1" },
        { "qti30/BBQsTest-items/id-f8e13982226c/jumble-gapMatch.xml", "skipped=1" },
        { "qti30/BBQsTest-items/id-bd44a757f562/SineRule-001.xml", "skipped=1" },
        { "qti30/choice.xml", "MC=1" },
        { "qti30/TextEntrynumeric_770468849.xml", "NUM=1" },
        { "qti30/empty_item.xml", "skipped=1" },

        // qti12/EXPECTED.md. The two stimuli count as skipped (not questions), next to categorization and ordering.
        { "qti12/canvas-numeric-experiment", "NUM=6" },
        { "qti12/canvas-newquizzes-fitb-matching", "CLOZE=4 MATCH=1 skipped=4" },
        { "qti12/mchc_ir_01.xml", "MC=1" },
        { "qti12/mrsp_ir_01.xml", "MR=1" },
        { "qti12/fibs_ir_01.xml", "SA=1" },
        { "qti12/fibn_ir_01.xml", "NUM=1" },
        { "qti12/ihsp_ir_01.xml", "skipped=1" },
        { "qti12/empty.xml", "skipped=1" },
    };

    [Theory]
    [MemberData(nameof(Expectations))]
    public void CorpusFile_ImportsAsExpectedMdSays(string relative, string expected)
    {
        if (Corpus.Root is null)
        {
            output.WriteLine(Corpus.AbsentMessage);
            return;
        }

        var (name, content) = Corpus.Load(relative);
        string actual;
        try
        {
            actual = Summary(InteropFileReader.Read(name, content));
        }
        catch (InteropFileException ex)
        {
            output.WriteLine(ex.Message);
            Assert.StartsWith("refused: ", expected, StringComparison.Ordinal);
            Assert.Contains(expected["refused: ".Length..], ex.Message, StringComparison.Ordinal);
            return;
        }

        output.WriteLine($"{relative}: {actual}");
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void EveryCorpusFile_HasAnExpectation()
    {
        if (Corpus.Root is null)
        {
            output.WriteLine(Corpus.AbsentMessage);
            return;
        }

        var covered = Expectations().Select(row => row.Data.Item1).ToHashSet(StringComparer.Ordinal);
        var packages = covered.Where(c => Directory.Exists(Corpus.Path(c))).ToList();
        var files = Directory.EnumerateFiles(Corpus.Root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Corpus.Root, f).Replace('\\', '/'))
            .Where(f => Path.GetDirectoryName(f)!.Length > 0 && !f.EndsWith(".md", StringComparison.Ordinal) && !f.Contains("expected-upstream", StringComparison.Ordinal))
            .Where(f => !packages.Exists(p => f.StartsWith(p + "/", StringComparison.Ordinal)))
            .ToList();
        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.Contains(f, covered));
    }

    internal static string Summary(InteropReadResult result)
    {
        var order = new[] { (InteropQuestionType.MultipleChoice, "MC"), (InteropQuestionType.MultipleResponse, "MR"), (InteropQuestionType.TrueFalse, "TF"), (InteropQuestionType.ShortAnswer, "SA"), (InteropQuestionType.Numeric, "NUM"), (InteropQuestionType.Cloze, "CLOZE"), (InteropQuestionType.Matching, "MATCH") };
        var parts = order.Select(o => (o.Item2, Count: result.Questions.Count(q => q.Type == o.Item1))).Where(p => p.Count > 0).Select(p => $"{p.Item1}={p.Count}").ToList();
        if (result.Skipped.Count > 0)
        {
            parts.Add($"skipped={result.Skipped.Count}");
        }

        return string.Join(' ', parts);
    }
}
