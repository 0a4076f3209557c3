using IRLearn.QuestionGeneration.Analysis;
using IRLearn.QuestionGeneration.Entities;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Questions;

public static partial class QuestionTemplates
{
    /// <summary>Fewer pairs make a matching item a giveaway: with two, knowing one answers the other.</summary>
    public const int MinMatchingPairs = 3;

    public const int MaxMatchingPairs = 6;

    /// <summary>
    /// The longest passage a matching item may cite (about 400 words). Its pairs come from several sentences,
    /// so its source is the passage from the first definition to the last, and it must stay readable.
    /// </summary>
    public const int MaxMatchingPassage = 2500;

    /// <summary>
    /// Organisation ↔ acronym matching over the acronyms the article itself defines ("… (CICA)").
    /// Pairs the gazetteer supplied are left out: the article never states them, so they are not grounded.
    /// </summary>
    public static QuestionCandidate? AcronymMatching(ArticleAnalysis analysis)
    {
        var defined = analysis.Acronyms
            .Where(a => a.DefinedIn is not null && !a.Expansion.Contains(a.Acronym, StringComparison.Ordinal))
            .DistinctBy(a => Words.Normalize(a.Expansion))
            .OrderBy(a => a.DefinedIn!.Value.Start)
            .ToList();
        var window = DensestWindow(defined);
        if (window.Count < MinMatchingPairs)
        {
            return null;
        }

        var first = window[0].DefinedIn!.Value;
        var last = window[^1].DefinedIn!.Value;
        var passage = new TextRange(first.Start, last.End - first.Start);
        var sentence = analysis.Sentences.First(s => s.Range == first);
        var acronyms = window.Select(a => a.Acronym).ToList();
        return new QuestionCandidate
        {
            Type = GeneratedQuestionType.Matching,
            Stem = "Match each acronym to the name it stands for in the article.",
            Pairs = window.Select(a => new PairDraft(a.Acronym, a.Expansion)).ToList(),
            Answer = "matching:" + string.Join('|', acronyms),
            Sentence = sentence,
            Source = passage,
            Template = "acronym-matching",
            // Above any single-sentence question: one item exercises every acronym the article defines.
            Score = analysis.Sentences.Where(s => s.Range.Overlaps(passage)).Max(s => s.Salience) + 1.5,
            Difficulty = window.Count > 4 ? GeneratedDifficulty.Hard : GeneratedDifficulty.Medium,
            Forbidden = [.. acronyms, .. window.Select(a => a.Expansion)],
            Explanation = "As the article defines them: " + string.Join("; ", window.Select(a => $"{a.Acronym} stands for {a.Expansion}")) + ".",
            Tags = acronyms,
        };
    }

    /// <summary>The run of consecutive definitions with the most pairs whose passage fits the limit (earliest on ties).</summary>
    private static List<AcronymPair> DensestWindow(List<AcronymPair> defined)
    {
        var best = new List<AcronymPair>();
        for (var i = 0; i < defined.Count; i++)
        {
            var start = defined[i].DefinedIn!.Value.Start;
            var j = i;
            while (j + 1 < defined.Count && j + 1 - i < MaxMatchingPairs && defined[j + 1].DefinedIn!.Value.End - start <= MaxMatchingPassage)
            {
                j++;
            }

            if (j - i + 1 > best.Count && defined[j].DefinedIn!.Value.End - start <= MaxMatchingPassage)
            {
                best = defined.GetRange(i, j - i + 1);
            }
        }

        return best;
    }
}
