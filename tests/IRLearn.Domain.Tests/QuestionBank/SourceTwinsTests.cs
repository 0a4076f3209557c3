using IRLearn.Domain.QuestionBank;

namespace IRLearn.Domain.Tests.QuestionBank;

public class SourceTwinsTests
{
    [Theory]
    [InlineData("The treaty was signed in Astana.", "The treaty was signed in Astana.")]
    [InlineData("The treaty was signed in Astana.", "  the TREATY was\tsigned in\nAstana. ")]
    [InlineData("The treaty was signed in Astana.", "The treaty was signed in\u00A0Astana.")]
    public void KeyOf_SameSentenceWrittenDifferently_IsTheSameKey(string one, string other)
    {
        Assert.Equal(SourceTwins.KeyOf(From(one, 0)), SourceTwins.KeyOf(From(other, 500)));
    }

    [Fact]
    public void KeyOf_DifferentSentences_DifferentKeys()
    {
        Assert.NotEqual(SourceTwins.KeyOf(From("The treaty was signed in Astana.", 0)), SourceTwins.KeyOf(From("The treaty was signed in Almaty.", 0)));
    }

    [Fact]
    public void KeyOf_NoSource_IsNull()
    {
        Assert.Null(SourceTwins.KeyOf(QuestionContent.Create(QuestionType.ShortAnswer, "Where was the treaty signed?", acceptedAnswers: ["Astana"])));
    }

    [Fact]
    public void LeftOutFor_KeepsTheFirstOfEachSentence()
    {
        var list = new[]
        {
            From("Sentence one.", 0),
            From("Sentence two.", 20),
            QuestionContent.Create(QuestionType.ShortAnswer, "No source here?", acceptedAnswers: ["x"]),
            From("sentence ONE.", 0),
            From("Sentence two.", 20),
            QuestionContent.Create(QuestionType.ShortAnswer, "No source either?", acceptedAnswers: ["y"]),
        };

        Assert.Equal([null, null, null, 0, 1, null], SourceTwins.LeftOutFor(list));
    }

    private static QuestionContent From(string sentence, int start) =>
        QuestionContent.Create(QuestionType.ShortAnswer, "Where was the treaty signed?", acceptedAnswers: ["Astana"], source: new SourceReference(sentence, start, 30));
}
