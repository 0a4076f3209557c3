namespace IRLearn.QuestionGeneration.Cleaning;

/// <summary>
/// Finds pull quotes and highlight boxes: short blocks whose words the article says again elsewhere.
/// A block counts as a repeat when nearly all of its word triples occur in the other kept blocks (a pull
/// quote often drops the "he said" between two pieces of a quotation). Shorter blocks are judged
/// first and a repeat stops counting as evidence, so of two identical blocks one is kept.
/// </summary>
internal static class DuplicateFinder
{
    private const int MinWords = 6;
    private const int MaxWords = 60;
    private const double MinCoveredShare = 0.8;

    public static void MarkRepeats(IReadOnlyList<string> blocks, BlockKind[] kinds)
    {
        var triples = new List<ulong>?[blocks.Count];
        var pool = new Dictionary<ulong, int>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (kinds[i] != BlockKind.Body)
            {
                continue;
            }

            triples[i] = Triples(blocks[i]);
            foreach (var triple in triples[i]!)
            {
                pool[triple] = pool.GetValueOrDefault(triple) + 1;
            }
        }

        var candidates = Enumerable.Range(0, blocks.Count)
            .Where(i => triples[i] is { Count: >= MinWords - 2 and <= MaxWords - 2 })
            .OrderBy(i => triples[i]!.Count)
            .ThenByDescending(i => i);
        foreach (var i in candidates)
        {
            var own = triples[i]!;
            var counts = new Dictionary<ulong, int>();
            foreach (var triple in own)
            {
                counts[triple] = counts.GetValueOrDefault(triple) + 1;
            }

            var covered = own.Count(t => pool[t] > counts[t]);
            if (covered < own.Count * MinCoveredShare)
            {
                continue;
            }

            kinds[i] = BlockKind.Duplicate;
            foreach (var triple in own)
            {
                pool[triple]--;
            }
        }
    }

    /// <summary>
    /// Each run of three words (letters and digits, case ignored) as one 64-bit FNV-1a hash: no strings
    /// are built, and unlike string.GetHashCode the result is the same in every process.
    /// </summary>
    private static List<ulong> Triples(string text)
    {
        const ulong offset = 14695981039346656037UL;
        const ulong prime = 1099511628211UL;
        var triples = new List<ulong>();
        var (previous, beforePrevious) = (0UL, 0UL);
        var words = 0;
        var word = offset;
        var inWord = false;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                word = (word ^ char.ToLowerInvariant(text[i])) * prime;
                inWord = true;
                continue;
            }

            if (!inWord)
            {
                continue;
            }

            if (++words >= 3)
            {
                triples.Add((((beforePrevious * prime) ^ previous) * prime) ^ word);
            }

            (beforePrevious, previous, word, inWord) = (previous, word, offset, false);
        }

        return triples;
    }
}
