using IRLearn.Domain.Attempts;
using IRLearn.Domain.QuestionBank;
using static IRLearn.Domain.Tests.TestData;

namespace IRLearn.Domain.Tests.Attempts;

public class ChoiceOrderTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void For_MatchingWhoseFirstDrawIsKeyOrder_DrawsAgainFromTheSameSource(bool shuffleOptions)
    {
        // The first three draws (for i = 3, 2, 1) keep everything in place; the next ones swap 3 and 0.
        var draws = new Queue<int>([3, 2, 1, 0, 2, 1]);

        var order = ChoiceOrder.For(Pairs(4), shuffleOptions, _ => draws.Dequeue());

        Assert.Equal([3, 1, 2, 0], order);
        Assert.Empty(draws);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(20)]
    public void For_MatchingAndASourceThatOnlyGivesKeyOrder_RotatesTheColumnSoNoPairSitsSideBySide(int pairs)
    {
        var order = ChoiceOrder.For(Pairs(pairs), shuffleOptions: false, max => max - 1);

        Assert.Equal(Enumerable.Range(0, pairs).Order(), order.Order());
        Assert.All(Enumerable.Range(0, pairs), i => Assert.NotEqual(i, order[i]));
    }

    [Fact]
    public void For_TwoPairs_EitherOrderCanBeShown()
    {
        // Forbidding key order with two pairs would mean "always swapped", which gives the answer away.
        var kept = ChoiceOrder.For(Pairs(2), shuffleOptions: false, _ => 1);
        var swapped = ChoiceOrder.For(Pairs(2), shuffleOptions: false, _ => 0);

        Assert.Equal([0, 1], kept);
        Assert.Equal([1, 0], swapped);
    }

    [Fact]
    public void For_MatchingWithAFairSource_NeverGivesKeyOrderAndIsAPermutation()
    {
        var random = new Random(17);
        for (var trial = 0; trial < 2000; trial++)
        {
            var order = ChoiceOrder.For(Pairs(3), shuffleOptions: false, random.Next);

            Assert.NotEqual([0, 1, 2], order);
            Assert.Equal([0, 1, 2], order.Order());
        }
    }

    [Fact]
    public void For_ChoiceQuestionWithoutShuffle_KeepsCanonicalOrder()
    {
        Assert.Equal([0, 1, 2], ChoiceOrder.For(MultipleChoice(), shuffleOptions: false, _ => 0));
        Assert.Equal([0, 1], ChoiceOrder.For(TrueFalse(), shuffleOptions: true, _ => 0));
    }

    private static QuestionContent Pairs(int count) =>
        QuestionContent.Create(
            QuestionType.Matching,
            "Match each capital with its country.",
            pairs: Enumerable.Range(1, count).Select(i => new MatchPair($"Left {i}", $"Right {i}")));
}
