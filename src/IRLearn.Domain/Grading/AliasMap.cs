using IRLearn.Domain.Lessons;

namespace IRLearn.Domain.Grading;

/// <summary>
/// Answers that count as the same, such as an acronym and its expansion ("CICA" ↔ "Conference on
/// Interaction and Confidence Building Measures in Asia"). Equivalence is transitive: if A ↔ B and
/// B ↔ C then A ↔ C. Comparison is on normalised text (<see cref="AnswerNormalizer"/>).
/// </summary>
public sealed class AliasMap
{
    private readonly Dictionary<string, int> _groupOf = new(StringComparer.Ordinal);

    private AliasMap()
    {
    }

    public static AliasMap Empty { get; } = new();

    public static AliasMap FromPairs(IEnumerable<(string A, string B)> pairs)
    {
        var map = new AliasMap();
        var nextGroup = 0;
        foreach (var (a, b) in pairs)
        {
            var left = AnswerNormalizer.Normalize(a);
            var right = AnswerNormalizer.Normalize(b);
            if (left.Length == 0 || right.Length == 0)
            {
                continue;
            }

            var hasLeft = map._groupOf.TryGetValue(left, out var leftGroup);
            var hasRight = map._groupOf.TryGetValue(right, out var rightGroup);
            if (!hasLeft && !hasRight)
            {
                map._groupOf[left] = map._groupOf[right] = nextGroup++;
            }
            else if (!hasRight)
            {
                map._groupOf[right] = leftGroup;
            }
            else if (!hasLeft)
            {
                map._groupOf[left] = rightGroup;
            }
            else if (leftGroup != rightGroup)
            {
                foreach (var key in map._groupOf.Where(kv => kv.Value == rightGroup).Select(kv => kv.Key).ToList())
                {
                    map._groupOf[key] = leftGroup;
                }
            }
        }

        return map;
    }

    /// <summary>A lesson's key terms are the natural aliases for its questions.</summary>
    public static AliasMap FromKeyTerms(IEnumerable<KeyTerm> keyTerms) =>
        FromPairs(keyTerms.Select(k => (k.Term, k.Expansion)));

    /// <summary>True when the two already-normalised answers are equal or aliases of each other.</summary>
    public bool AreEquivalent(string normalisedA, string normalisedB) =>
        normalisedA == normalisedB
        || (_groupOf.TryGetValue(normalisedA, out var a) && _groupOf.TryGetValue(normalisedB, out var b) && a == b);
}
