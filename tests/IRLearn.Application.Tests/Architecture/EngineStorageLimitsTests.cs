using IRLearn.Domain.Common;
using IRLearn.Domain.QuestionBank;
using IRLearn.QuestionGeneration.Questions;

namespace IRLearn.Application.Tests.Architecture;

/// <summary>
/// The engine keeps its own copy of the question bank's storage limits (<see cref="QualityGates"/>), so that it never
/// proposes a question the bank cannot store. Each copy must be exactly the limit the domain enforces: content at the
/// engine's limit is stored, one past it is refused. A limit changed on one side only fails here (issue 15).
/// </summary>
public sealed class EngineStorageLimitsTests
{
    public static TheoryData<string, int> Limits() => new()
    {
        { nameof(QualityGates.MaxStemLength), QualityGates.MaxStemLength },
        { nameof(QualityGates.MaxOptions), QualityGates.MaxOptions },
        { nameof(QualityGates.MaxOptionLength), QualityGates.MaxOptionLength },
        { nameof(QualityGates.MaxAcceptedAnswerLength), QualityGates.MaxAcceptedAnswerLength },
        { nameof(QualityGates.MaxPairs), QualityGates.MaxPairs },
        { nameof(QualityGates.MaxSourceLength), QualityGates.MaxSourceLength },
    };

    [Theory]
    [MemberData(nameof(Limits))]
    public void TheEnginesLimit_IsExactlyWhatTheDomainStores(string limit, int size)
    {
        Assert.NotNull(ContentAt(limit, size));
        Assert.Throws<DomainException>(() => ContentAt(limit, size + 1));
    }

    [Fact]
    public void TheLimitsTheDomainNames_AreTheSameConstants()
    {
        Assert.Equal(QuestionContent.MaxStemLength, QualityGates.MaxStemLength);
        Assert.Equal(QuestionContent.MaxOptions, QualityGates.MaxOptions);
        Assert.Equal(QuestionContent.MaxOptionLength, QualityGates.MaxOptionLength);
        Assert.Equal(QuestionContent.MaxPairs, QualityGates.MaxPairs);
    }

    /// <summary>A valid question with the one measured part at <paramref name="size"/> (characters, or items for counts).</summary>
    private static QuestionContent ContentAt(string limit, int size) => limit switch
    {
        nameof(QualityGates.MaxStemLength) => QuestionContent.Create(QuestionType.ShortAnswer, Text(size), acceptedAnswers: ["Astana"]),
        nameof(QualityGates.MaxOptions) => QuestionContent.Create(
            QuestionType.MultipleChoice, "Which is it?", options: Enumerable.Range(0, size).Select(i => new QuestionOption($"Option {i}", i == 0))),
        nameof(QualityGates.MaxOptionLength) => QuestionContent.Create(
            QuestionType.MultipleChoice, "Which is it?", options: [new QuestionOption(Text(size), true), new QuestionOption("Another", false)]),
        nameof(QualityGates.MaxAcceptedAnswerLength) => QuestionContent.Create(QuestionType.ShortAnswer, "What is it?", acceptedAnswers: [Text(size)]),
        nameof(QualityGates.MaxPairs) => QuestionContent.Create(
            QuestionType.Matching, "Match them.", pairs: Enumerable.Range(0, size).Select(i => new MatchPair($"Left {i}", $"Right {i}"))),
        nameof(QualityGates.MaxSourceLength) => QuestionContent.Create(
            QuestionType.ShortAnswer, "What is it?", acceptedAnswers: ["Astana"], source: new SourceReference(Text(size), 0, 5)),
        _ => throw new ArgumentOutOfRangeException(nameof(limit), limit, "No such limit."),
    };

    private static string Text(int length) => new('a', length);
}
