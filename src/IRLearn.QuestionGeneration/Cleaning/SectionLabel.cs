using System.Collections.Frozen;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Cleaning;

/// <summary>
/// The section label a publisher prints over an op-ed ("Opinion", "Op-Ed", "Commentary"), found among the removed lines.
/// It counts only beside the byline or the date, where a page puts the piece's own label; the same word in a navigation
/// menu stands among other section names instead.
/// </summary>
public static class SectionLabel
{
    private const int Reach = 2;

    private static readonly FrozenSet<string> OpinionLabels = Lexicon.Default.Set(StringComparer.OrdinalIgnoreCase, "opinionLabels");

    public static bool MarksOpinion(IReadOnlyList<string> removed)
    {
        ArgumentNullException.ThrowIfNull(removed);
        for (var i = 0; i < removed.Count; i++)
        {
            if (!OpinionLabels.Contains(removed[i].Trim().TrimEnd(':', '|').Trim()))
            {
                continue;
            }

            for (var j = Math.Max(0, i - Reach); j <= Math.Min(removed.Count - 1, i + Reach); j++)
            {
                if (j != i && BoilerplatePatterns.IsBylineOrTimestamp(removed[j].Trim()))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
