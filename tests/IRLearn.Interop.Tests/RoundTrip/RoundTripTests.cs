using IRLearn.Domain.QuestionBank;
using IRLearn.Interop.Mapping;
using IRLearn.Interop.Tests.Support;

namespace IRLearn.Interop.Tests.RoundTrip;

/// <summary>
/// IRLearn → format → IRLearn on the project's own fixtures (one question of each of the seven types). Every format
/// IRLearn writes carries every field of these questions (type, stem, options and keys, accepted answers, number and
/// tolerance, pairs, explanation, source sentence, difficulty, tags), so the content must come back equal, field by
/// field (<see cref="QuestionContent"/> equality compares all of them).
/// </summary>
public sealed class RoundTripTests
{
    public static TheoryData<InteropFormat> WrittenFormats() => [InteropFormat.Gift, InteropFormat.MoodleXml, InteropFormat.Qti21, InteropFormat.Qti30];

    [Theory]
    [MemberData(nameof(WrittenFormats))]
    public void AllSevenTypes_SurviveExportAndImport_Unchanged(InteropFormat format)
    {
        var originals = Fixtures.AllTypes();
        var file = Export(format, originals);

        var read = InteropFileReader.Read(file.FileName, file.Content);
        var (mapped, skipped) = DomainMapper.ToContents(read.Questions, Fixtures.Article);

        Assert.Equal(format, read.Format);
        Assert.Empty(read.Skipped);
        Assert.Empty(skipped);
        Assert.Equal(originals.Count, mapped.Count);
        for (var i = 0; i < originals.Count; i++)
        {
            AssertSameContent(originals[i], mapped[i].Content);
            Assert.Empty(mapped[i].Warnings);
        }
    }

    [Theory]
    [MemberData(nameof(WrittenFormats))]
    public void ExportedFile_ReadsBackAsTheSameInterchangeQuestions(InteropFormat format)
    {
        var questions = Fixtures.AllTypes().Select((c, i) => DomainMapper.FromContent(c, $"Q{i + 1}")).ToList();
        var file = InteropFileWriter.Write(format, [.. questions.Select((q, i) => (q, $"Q{i + 1}"))], "fixtures");

        var read = InteropFileReader.Read(file.FileName, file.Content).Questions;

        // GIFT has no cloze type: a one-blank cloze is written, and read back, as a missing-word short answer.
        var expectedTypes = questions.Select(q => format == InteropFormat.Gift && q.Type == InteropQuestionType.Cloze ? InteropQuestionType.ShortAnswer : q.Type);
        Assert.Equal(expectedTypes, read.Select(q => q.Type));
        Assert.Equal(questions.Select(q => q.Name), read.Select(q => q.Name));
        Assert.Equal(questions.Select(q => q.GeneralFeedback), read.Select(q => q.GeneralFeedback));
        Assert.Equal(questions.Select(q => q.SourceSentence), read.Select(q => q.SourceSentence));
    }

    [Fact]
    public void SourceSentenceNotInTheTargetArticle_StaysVisibleInTheExplanation()
    {
        var original = Fixtures.AllTypes()[0];
        var file = Export(InteropFormat.MoodleXml, [original]);

        var read = InteropFileReader.Read(file.FileName, file.Content);
        var (mapped, _) = DomainMapper.ToContents(read.Questions, "An article about something else entirely.");

        var content = Assert.Single(mapped).Content;
        Assert.Null(content.Source);
        Assert.Equal($"{original.Explanation}\nSource: {original.Source!.Sentence}", content.Explanation);
    }

    internal static InteropFile Export(InteropFormat format, IReadOnlyList<QuestionContent> contents) =>
        InteropFileWriter.Write(format, [.. contents.Select((c, i) => (DomainMapper.FromContent(c, $"Q{i + 1}"), $"Q{i + 1}"))], "fixtures");

    private static void AssertSameContent(QuestionContent expected, QuestionContent actual)
    {
        // Field by field first, so a failure names the field; then the content's own equality, which covers them all.
        Assert.Equal(expected.Type, actual.Type);
        Assert.Equal(expected.Stem, actual.Stem);
        Assert.Equal(expected.Options, actual.Options);
        Assert.Equal(expected.AcceptedAnswers, actual.AcceptedAnswers);
        Assert.Equal(expected.NumericAnswer, actual.NumericAnswer);
        Assert.Equal(expected.Pairs, actual.Pairs);
        Assert.Equal(expected.Explanation, actual.Explanation);
        Assert.Equal(expected.Source, actual.Source);
        Assert.Equal(expected.Difficulty, actual.Difficulty);
        Assert.Equal(expected.Tags, actual.Tags);
        Assert.Equal(expected, actual);
    }
}
