using IRLearn.QuestionGeneration.Analysis;
using IRLearn.QuestionGeneration.Questions;

namespace IRLearn.QuestionGeneration.Tests.Support;

/// <summary>
/// Every candidate the templates make for an inline body, gated as the selector gates them. Tests of what the engine can
/// ask look here rather than at the default bank, whose size and caps are the selector's business.
/// </summary>
public static class Candidates
{
    public static List<QuestionCandidate> All(string body) => All(Analyze.Body(body));

    public static List<QuestionCandidate> All(ArticleAnalysis analysis)
    {
        var candidates = analysis.Sentences.SelectMany(s => QuestionTemplates.ForSentence(s, analysis)).ToList();
        candidates.AddRange(QuestionTemplates.Understanding(analysis));
        if (QuestionTemplates.AcronymMatching(analysis) is { } matching)
        {
            candidates.Add(matching);
        }

        return candidates;
    }

    /// <summary>The candidates that pass every gate.</summary>
    public static List<QuestionCandidate> Passing(string body) => Passing(Analyze.Body(body));

    public static List<QuestionCandidate> Passing(ArticleAnalysis analysis) => All(analysis).Where(c => Violations(c, analysis).Count == 0).ToList();

    public static IReadOnlyList<string> Violations(QuestionCandidate candidate, ArticleAnalysis analysis)
    {
        var source = new SourceSpan(analysis.Text.Substring(candidate.Source.Start, candidate.Source.Length), candidate.Source.Start, candidate.Source.Length);
        var question = new GeneratedQuestion("q0", candidate.Type, candidate.Stem, candidate.Options, candidate.AcceptedAnswers, candidate.NumericAnswer,
            candidate.Pairs, candidate.Explanation, source, candidate.Difficulty, candidate.Tags);
        return QualityGates.Check(question, analysis.Text, candidate.Forbidden, candidate.OptionClass);
    }

    /// <summary>The texts a student must give: correct options, else accepted answers.</summary>
    public static IEnumerable<string> Answers(QuestionCandidate candidate) =>
        candidate.Options?.Where(o => o.IsCorrect).Select(o => o.Text) ?? candidate.AcceptedAnswers ?? [];
}
