using System.Globalization;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Questions;

/// <summary>
/// Gates, ranks and de-duplicates candidates: at most a few questions per sentence and per answer,
/// near-duplicate stems dropped, then emitted in article order with ids q1, q2, …. Every other candidate that
/// passes the gates is kept as a "more candidates" question (ids m1, m2, …), best first, without repeating a stem.
/// </summary>
public static class QuestionSelector
{
    public const int PerSentence = 4;
    public const int PerAnswer = 3;
    /// <summary>Two questions with the same answer and this much stem overlap test the same fact.</summary>
    public const double SameAnswerOverlap = 0.5;
    public const int WordsPerQuestion = 60;

    /// <summary>The default bank (in article order) and the other candidates that pass every gate (best first).</summary>
    public sealed record Selection(IReadOnlyList<GeneratedQuestion> Bank, IReadOnlyList<GeneratedQuestion> More);

    public static Selection Select(IReadOnlyList<QuestionCandidate> candidates, string cleanedText, int bodyWords)
    {
        var ranked = candidates
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Source.Start)
            .ThenBy(c => c.Stem, StringComparer.Ordinal)
            .ToList();

        // Every candidate is gated once: the bank takes the best, "more candidates" keeps the rest that pass.
        var gated = new Dictionary<QuestionCandidate, GeneratedQuestion?>(ReferenceEqualityComparer.Instance);
        GeneratedQuestion? Passing(QuestionCandidate candidate)
        {
            if (!gated.TryGetValue(candidate, out var question))
            {
                question = ToQuestion(candidate, cleanedText, "q0");
                question = QualityGates.Check(question, cleanedText, candidate.Forbidden, candidate.OptionClass).Count == 0 ? question : null;
                gated[candidate] = question;
            }

            return question;
        }

        var target = Math.Max(1, (bodyWords + WordsPerQuestion - 1) / WordsPerQuestion);
        var chosen = Pick(ranked, Passing, PerSentence, PerAnswer);
        if (chosen.Count < target)
        {
            // Short of the density target: let well-supported sentences carry one more question each.
            chosen = Pick(ranked, Passing, PerSentence + 2, PerAnswer + 1);
        }

        var bank = chosen
            .OrderBy(p => p.Candidate.Source.Start)
            .ThenByDescending(p => p.Candidate.Score)
            .Select((p, i) => p.Question with { Id = "q" + (i + 1).ToString(CultureInfo.InvariantCulture), Confidence = InterimConfidence(p.Candidate) })
            .ToList();

        var inBank = chosen.Select(p => p.Candidate).ToHashSet(ReferenceEqualityComparer.Instance);
        var stems = bank.Select(q => Words.Normalize(q.Stem)).ToHashSet(StringComparer.Ordinal);
        var more = new List<GeneratedQuestion>();
        foreach (var candidate in ranked)
        {
            if (!inBank.Contains(candidate) && Passing(candidate) is { } question && stems.Add(Words.Normalize(question.Stem)))
            {
                more.Add(question with { Id = "m" + (more.Count + 1).ToString(CultureInfo.InvariantCulture), Confidence = InterimConfidence(candidate) });
            }
        }

        return new Selection(bank, more);
    }

    /// <summary>The heuristic score squashed into 0–1; stands in until the fitted quality model scores candidates.</summary>
    private static double InterimConfidence(QuestionCandidate candidate) => 1 / (1 + Math.Exp(-(candidate.Score - 2.5)));

    private static List<(QuestionCandidate Candidate, GeneratedQuestion Question)> Pick(
        List<QuestionCandidate> ranked, Func<QuestionCandidate, GeneratedQuestion?> passing, int perSentence, int perAnswer)
    {
        var perSentenceCount = new Dictionary<int, int>();
        var perAnswerCount = new Dictionary<string, int>(StringComparer.Ordinal);
        // Kept stems by answer: only questions with the same answer are compared, so picking stays linear in the bank.
        var keptStems = new Dictionary<string, List<HashSet<string>>>(StringComparer.Ordinal);
        var seenStems = new HashSet<string>(StringComparer.Ordinal);
        var chosen = new List<(QuestionCandidate, GeneratedQuestion)>();
        foreach (var candidate in ranked)
        {
            var sentenceKey = candidate.Sentence.Index;
            var answerKey = Words.Normalize(candidate.Answer);
            // A long sentence carries more facts, so it may carry more questions.
            var sentenceCap = perSentence + (candidate.Sentence.WordCount / 15);
            if (perSentenceCount.GetValueOrDefault(sentenceKey) >= sentenceCap || perAnswerCount.GetValueOrDefault(answerKey) >= perAnswer ||
                passing(candidate) is not { } question)
            {
                continue;
            }

            var stem = Words.Normalize(candidate.Stem);
            if (!seenStems.Add(stem) || !seenStems.Add(answerKey + "@" + candidate.Sentence.Range.Start.ToString(CultureInfo.InvariantCulture)))
            {
                continue;
            }

            var tokens = Words.ContentWords(candidate.Stem).ToHashSet(StringComparer.Ordinal);
            if (keptStems.TryGetValue(answerKey, out var sameAnswer) && sameAnswer.Any(k => Jaccard(k, tokens) >= SameAnswerOverlap))
            {
                continue;
            }

            if (sameAnswer is null)
            {
                keptStems[answerKey] = sameAnswer = [];
            }

            sameAnswer.Add(tokens);
            perSentenceCount[sentenceKey] = perSentenceCount.GetValueOrDefault(sentenceKey) + 1;
            perAnswerCount[answerKey] = perAnswerCount.GetValueOrDefault(answerKey) + 1;
            chosen.Add((candidate, question));
        }

        return chosen;
    }

    public static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 && b.Count == 0)
        {
            return 1;
        }

        var intersection = a.Count(b.Contains);
        return (double)intersection / (a.Count + b.Count - intersection);
    }

    private static GeneratedQuestion ToQuestion(QuestionCandidate candidate, string cleanedText, string id) =>
        new(
            id,
            candidate.Type,
            candidate.Stem,
            candidate.Options,
            candidate.AcceptedAnswers,
            candidate.NumericAnswer,
            candidate.Pairs,
            candidate.Explanation,
            new SourceSpan(cleanedText.Substring(candidate.Source.Start, candidate.Source.Length), candidate.Source.Start, candidate.Source.Length),
            candidate.Difficulty,
            candidate.Tags);
}
