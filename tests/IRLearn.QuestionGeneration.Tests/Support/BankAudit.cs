using IRLearn.QuestionGeneration.Questions;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Tests.Support;

/// <summary>
/// Every quality rule of BRIEF.md checked on a finished result, independently of the generator's own
/// bookkeeping: the public gates, boilerplate sources, duplicates, and distractor types.
/// </summary>
public static class BankAudit
{
    public sealed record Finding(string QuestionId, string Rule);

    public static List<Finding> Audit(GenerationResult result)
    {
        var findings = new List<Finding>();
        var stems = new HashSet<string>(StringComparer.Ordinal);
        var answerSources = new Dictionary<string, List<HashSet<string>>>(StringComparer.Ordinal);
        foreach (var question in result.Questions)
        {
            findings.AddRange(QualityGates.Check(question, result.CleanedText).Select(v => new Finding(question.Id, v)));
            if (result.Removed.Any(r => r.Contains(question.Source.Sentence, StringComparison.Ordinal)))
            {
                findings.Add(new Finding(question.Id, "from-boilerplate"));
            }

            if (!stems.Add(Words.Normalize(question.Stem)))
            {
                findings.Add(new Finding(question.Id, "duplicate-stem"));
            }

            // The same answer from the same source, asked the same way with mostly the same words, is one question twice.
            var answer = string.Join("|", QualityGates.CorrectAnswers(question).Select(Words.Normalize)) + "@" + question.Source.Start + "#" + question.Type;
            var words = Words.ContentWords(question.Stem).ToHashSet(StringComparer.Ordinal);
            if (question.Type != GeneratedQuestionType.TrueFalse)
            {
                if (answerSources.TryGetValue(answer, out var earlier) && earlier.Any(e => QuestionSelector.Jaccard(e, words) >= QuestionSelector.SameAnswerOverlap))
                {
                    findings.Add(new Finding(question.Id, "duplicate-question"));
                }

                answerSources.TryAdd(answer, []);
                answerSources[answer].Add(words);
            }
        }

        return findings;
    }

    /// <summary>Bank questions past the per-sentence cap (a question's sentence is where its source starts).</summary>
    public static IEnumerable<Finding> SentenceCap(GenerationResult result, int perSentence) =>
        result.Questions.GroupBy(q => q.Source.Start).Where(g => g.Count() > perSentence).SelectMany(g => g.Skip(perSentence)).Select(q => new Finding(q.Id, "per-sentence-cap"));

    /// <summary>Multiple-choice questions whose every option classifies as the correct option's kind.</summary>
    public static (int Typed, int Total) DistractorTypes(IEnumerable<GeneratedQuestion> questions)
    {
        var multipleChoice = questions.Where(q => q.Type == GeneratedQuestionType.MultipleChoice && q.Options is { Count: > 1 }).ToList();
        var typed = multipleChoice.Count(q =>
        {
            var expected = AnswerTypes.Classify(q.Options!.First(o => o.IsCorrect).Text);
            return q.Options!.All(o => AnswerTypes.Classify(o.Text) == expected);
        });
        return (typed, multipleChoice.Count);
    }

    public static int BodyWords(GenerationResult result) =>
        result.CleanedText.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
}
