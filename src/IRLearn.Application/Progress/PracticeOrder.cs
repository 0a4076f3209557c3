using IRLearn.Domain.QuestionBank;

namespace IRLearn.Application.Progress;

/// <summary>
/// The order a review card shows its options in: shuffled (authors often put the right answer
/// first) but fixed per card, so the page and the answer it posts back agree without storing anything.
/// </summary>
public static class PracticeOrder
{
    public static IReadOnlyList<int> For(Guid cardId, QuestionContent content)
    {
        var order = Enumerable.Range(0, content.ChoiceCount).ToList();
        if (content.Type == QuestionType.TrueFalse)
        {
            return order;
        }

        // A small linear congruential generator seeded by the card's random bytes: stable across
        // processes (unlike HashCode), and only a layout, so it needs no cryptographic strength.
        var state = BitConverter.ToUInt32(cardId.ToByteArray(), 12);
        for (var i = order.Count - 1; i > 0; i--)
        {
            state = unchecked((state * 1664525u) + 1013904223u);
            var j = (int)((state >> 8) % (uint)(i + 1));
            (order[i], order[j]) = (order[j], order[i]);
        }

        return order;
    }
}
