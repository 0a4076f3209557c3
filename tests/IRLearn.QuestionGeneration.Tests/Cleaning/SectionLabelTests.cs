using IRLearn.QuestionGeneration.Cleaning;

namespace IRLearn.QuestionGeneration.Tests.Cleaning;

/// <summary>A page's "Opinion" label makes the article an op-ed only where the page labels the piece itself: beside its byline or date.</summary>
public sealed class SectionLabelTests
{
    [Theory]
    [InlineData("By Ana Lind", "Opinion")]
    [InlineData("Opinion", "Published 3 May 2021")]
    [InlineData("op-ed", "| May 3, 2021 9:40 AM")]
    [InlineData("Commentary:", "Ana Lind, foreign affairs columnist")]
    public void MarksOpinion_LabelBesideTheBylineOrDate_IsTrue(string first, string second)
    {
        Assert.True(SectionLabel.MarksOpinion(["Skip to content", first, second, "Share this article"]));
    }

    [Fact]
    public void MarksOpinion_LabelInANavigationMenu_IsFalse()
    {
        Assert.False(SectionLabel.MarksOpinion(["World", "Business", "Opinion", "Sport", "Culture", "By Ana Lind", "Published 3 May 2021"]));
    }

    [Fact]
    public void MarksOpinion_NoLabel_IsFalse()
    {
        Assert.False(SectionLabel.MarksOpinion([]));
        Assert.False(SectionLabel.MarksOpinion(["World", "By Ana Lind", "Published 3 May 2021", "Opinions on the treaty differ widely among members"]));
    }

    [Fact]
    public void Generate_LabelledOpEd_AsksNoTrueOrFalseOnTheWritersUnattributedClaims()
    {
        const string Body = """
            The river commission in Vienna has failed the barge crews of Romania and Bulgaria for a decade.

            Its new inspection rules, adopted in March 2021, repeat the mistakes of the 2011 code.

            Austria and Hungary have treated the Danube as a customs border rather than a shared road.

            The commission’s secretary general, Marta Kovac, said the rules would be reviewed in 2023.

            The crews deserve a commission that inspects hulls instead of paperwork.
            """;
        var plain = new ArticleGenerator().Generate("The Barge Rules Will Fail\n\n" + Body);
        var labelled = new ArticleGenerator().Generate("The Barge Rules Will Fail\n\nOpinion\n\nBy Ana Lind\n\nPublished 3 May 2021\n\n" + Body);

        // The writer's claims, stated without anyone said to hold them; the secretary general's is attributed.
        static List<GeneratedQuestion> OnUnattributedClaims(GenerationResult result) =>
            result.Questions.Concat(result.MoreCandidates)
                .Where(q => q.Type == GeneratedQuestionType.TrueFalse && !q.Source.Sentence.Contains(" said ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(OnUnattributedClaims(plain));
        Assert.Empty(OnUnattributedClaims(labelled));
        Assert.Contains(labelled.Questions.Concat(labelled.MoreCandidates), q => q.Type == GeneratedQuestionType.TrueFalse);
        Assert.Contains("Opinion", labelled.Removed);
    }
}
