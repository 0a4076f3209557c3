namespace IRLearn.Application.Progress;

/// <summary>
/// The order a review card shows its options in: shuffled (authors often put the right answer
/// first) by the same rule as an attempt (<see cref="ChoiceOrder"/>), but fixed per card, so the page
/// and the answer it posts back agree without storing anything.
/// </summary>
public static class PracticeOrder
{
    public static IReadOnlyList<int> For(Guid cardId, QuestionContent content)
    {
        // A small linear congruential generator seeded by the card's random bytes: stable across
        // processes (unlike HashCode), and only a layout, so it needs no cryptographic strength.
        var state = BitConverter.ToUInt32(cardId.ToByteArray(), 12);
        return ChoiceOrder.For(content, shuffleOptions: true, max =>
        {
            state = unchecked((state * 1664525u) + 1013904223u);
            return (int)((state >> 8) % (uint)max);
        });
    }
}
