using System.Text;

namespace IRLearn.Domain.QuestionBank;

/// <summary>
/// Twins are questions that give each other away because they come from the same source sentence: a
/// true/false that quotes the sentence a fill-in blanks, a multiple choice that asks for the year a
/// numeric question asks for. Two questions are twins when both carry a source and their sentences are
/// equal after <see cref="KeyOf(QuestionContent)"/>'s normalisation, whatever lesson they belong to (the
/// same sentence in two lessons gives the same fact away). Offsets are not compared: they go stale when
/// an article's removed blocks are put back, and a question imported or authored by hand carries the
/// sentence but no meaningful position. Questions without a source have no twins. ADR 14.
/// </summary>
public static class SourceTwins
{
    /// <summary>
    /// The sentence that identifies a question's twins: Unicode-normalised (NFKC, so a non-breaking space
    /// or a ligature does not hide a twin), lower-cased, runs of white space made one space, trimmed.
    /// Null when the question has no source.
    /// </summary>
    public static string? KeyOf(QuestionContent content)
    {
        if (content.Source is not { } source || string.IsNullOrWhiteSpace(source.Sentence))
        {
            return null;
        }

        // Splitting on null splits on every white-space character.
        var words = source.Sentence.Normalize(NormalizationForm.FormKC).ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words);
    }

    /// <summary>
    /// For questions listed in quiz order, which earlier question each one would be left out for: the
    /// rule an attempt follows (<see cref="Attempts.QuestionSelection"/>) keeps the first of each source
    /// sentence. Returns, for each index, the index of the kept twin, or null when the question is kept.
    /// </summary>
    public static IReadOnlyList<int?> LeftOutFor(IReadOnlyList<QuestionContent> inOrder)
    {
        var firstBySentence = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new int?[inOrder.Count];
        for (var i = 0; i < inOrder.Count; i++)
        {
            if (KeyOf(inOrder[i]) is not { } key)
            {
                continue;
            }

            if (firstBySentence.TryGetValue(key, out var kept))
            {
                result[i] = kept;
            }
            else
            {
                firstBySentence[key] = i;
            }
        }

        return result;
    }
}
