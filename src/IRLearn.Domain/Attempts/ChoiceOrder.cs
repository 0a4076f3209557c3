using IRLearn.Domain.QuestionBank;

namespace IRLearn.Domain.Attempts;

/// <summary>
/// The order in which a question's choices are shown: options for choice questions, the right-hand
/// column for matching. Returned as canonical indexes in display order (see <see cref="AttemptItem.OptionOrder"/>).
/// <list type="bullet">
/// <item>True/false keeps its conventional order; shuffling it only confuses.</item>
/// <item>Choice questions are shuffled when the quiz asks for it.</item>
/// <item>
/// Matching is always shuffled, whatever the setting: in canonical order every left item would sit
/// beside its answer. With three or more pairs the key order itself is never shown (a draw that gives it
/// is drawn again, and if the source keeps giving it the column is rotated by one). With two pairs the
/// order is a fair coin: "never in key order" would mean "always swapped", which gives the answer away
/// just as surely (ADR 14).
/// </item>
/// </list>
/// Deterministic for a given random source, so tests can rig it.
/// </summary>
public static class ChoiceOrder
{
    // Redraws before falling back to a rotation; a fair source gives the identity with probability 1/n!,
    // so a second identity in a row means the source is rigged (or broken) and a rotation ends the loop.
    private const int Redraws = 2;

    /// <param name="nextInt">Returns a number in [0, max).</param>
    public static List<int> For(QuestionContent content, bool shuffleOptions, Func<int, int> nextInt)
    {
        var order = Enumerable.Range(0, content.ChoiceCount).ToList();
        switch (content.Type)
        {
            case QuestionType.TrueFalse:
                return order;
            case QuestionType.Matching:
                Shuffle(order, nextInt);
                if (order.Count >= 3)
                {
                    for (var redraw = 0; redraw < Redraws && IsIdentity(order); redraw++)
                    {
                        Shuffle(order, nextInt);
                    }

                    if (IsIdentity(order))
                    {
                        order = [.. order.Skip(1), order[0]];
                    }
                }

                return order;
            default:
                if (shuffleOptions)
                {
                    Shuffle(order, nextInt);
                }

                return order;
        }
    }

    /// <summary>Fisher–Yates: a uniform permutation when <paramref name="nextInt"/> is uniform.</summary>
    public static void Shuffle<T>(List<T> list, Func<int, int> nextInt)
    {
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = nextInt(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }

    private static bool IsIdentity(List<int> order)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (order[i] != i)
            {
                return false;
            }
        }

        return true;
    }
}
