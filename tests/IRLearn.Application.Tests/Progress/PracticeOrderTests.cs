using IRLearn.Application.Progress;
using IRLearn.Domain.QuestionBank;

namespace IRLearn.Application.Tests.Progress;

public sealed class PracticeOrderTests
{
    private static readonly QuestionContent Choice = QuestionContent.Create(
        QuestionType.MultipleChoice,
        "In what year did Kazakhstan initiate CICA?",
        options: [new("1992", true), new("1997", false), new("2001", false), new("1989", false), new("2010", false)]);

    [Fact]
    public void For_SameCard_GivesTheSameOrderEveryTime()
    {
        var card = Guid.NewGuid();

        Assert.Equal(PracticeOrder.For(card, Choice), PracticeOrder.For(card, Choice));
    }

    [Fact]
    public void For_IsAPermutationOfTheOptions()
    {
        var order = PracticeOrder.For(Guid.NewGuid(), Choice);

        Assert.Equal([0, 1, 2, 3, 4], order.Order());
    }

    [Fact]
    public void For_ManyCards_DoNotAllPutTheFirstOptionFirst()
    {
        var firstPositions = Enumerable.Range(0, 50).Select(_ => PracticeOrder.For(Guid.NewGuid(), Choice)[0]).Distinct().Count();

        Assert.True(firstPositions > 1, "the correct option (authored first) would always be shown first");
    }

    [Fact]
    public void For_TrueFalse_KeepsTrueThenFalse()
    {
        var trueFalse = QuestionContent.Create(QuestionType.TrueFalse, "CICA was initiated by Kazakhstan.", options: [new("True", true), new("False", false)]);

        Assert.Equal([0, 1], PracticeOrder.For(Guid.NewGuid(), trueFalse));
    }

    [Fact]
    public void For_Matching_NeverShowsTheRightColumnInKeyOrder()
    {
        var matching = QuestionContent.Create(
            QuestionType.Matching,
            "Match each forum with the year it began.",
            pairs: [new("Forum A", "1992"), new("Forum B", "1996"), new("Forum C", "2001")]);

        // 1 in 6 cards would show key order with a plain shuffle; 600 cards all avoid it.
        var orders = Enumerable.Range(0, 600).Select(_ => PracticeOrder.For(Guid.NewGuid(), matching)).ToList();

        Assert.DoesNotContain(orders, o => o.SequenceEqual([0, 1, 2]));
        Assert.All(orders, o => Assert.Equal([0, 1, 2], o.Order()));
    }
}
