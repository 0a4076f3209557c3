using System.Globalization;
using System.Text;
using IRLearn.QuestionGeneration.Tests.Support;

namespace IRLearn.QuestionGeneration.Tests.DevelopmentSet;

/// <summary>
/// Runs the engine over every article in seed/articles and measures it the way it will be judged:
/// key-fact recall against the hand-labelled facts, every quality gate, density and distractor types.
/// </summary>
public sealed class DevelopmentSetTests(ITestOutputHelper output)
{
    public const double RecallTarget = 0.85;
    public const double DistractorTypeTarget = 0.98;
    public const int WordsPerQuestion = 60;

    [Fact]
    public void Generate_DevelopmentSet_MeetsRecallGatesDensityAndDistractorTargets()
    {
        var articles = Directory.GetFiles(RepositoryRoot.SeedArticles, "*.txt").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(articles);

        var generator = new ArticleGenerator();
        var report = new StringBuilder();
        report.AppendLine("article                               facts covered recall  words  qs  per60 mcTyped violations");
        int totalFacts = 0, totalCovered = 0, totalTyped = 0, totalMc = 0, totalViolations = 0;
        var densityFailures = new List<string>();
        var misses = new StringBuilder();
        foreach (var path in articles)
        {
            var factsPath = Path.ChangeExtension(path, ".facts.json");
            var result = generator.Generate(File.ReadAllText(path));
            var facts = File.Exists(factsPath) ? FactCoverage.Load(factsPath) : [];
            var covered = facts.Count(f => FactCoverage.IsCovered(f, result.Questions));
            foreach (var fact in facts.Where(f => !FactCoverage.IsCovered(f, result.Questions)))
            {
                misses.AppendLine(CultureInfo.InvariantCulture, $"  miss {Path.GetFileName(path)} {fact.Id} [{fact.Type}] {fact.Answer} <= {fact.Evidence}");
            }

            var findings = BankAudit.Audit(result);
            foreach (var finding in findings)
            {
                var question = result.Questions.First(q => q.Id == finding.QuestionId);
                misses.AppendLine(CultureInfo.InvariantCulture, $"  GATE {Path.GetFileName(path)} {finding.QuestionId} {finding.Rule}: {question.Stem}");
            }

            var (typed, mc) = BankAudit.DistractorTypes(result);
            var words = BankAudit.BodyWords(result);
            var per60 = result.Questions.Count * (double)WordsPerQuestion / Math.Max(1, words);
            if (per60 < 1)
            {
                densityFailures.Add(Path.GetFileName(path));
            }

            totalFacts += facts.Count;
            totalCovered += covered;
            totalTyped += typed;
            totalMc += mc;
            totalViolations += findings.Count;
            report.AppendLine(CultureInfo.InvariantCulture,
                $"{Path.GetFileNameWithoutExtension(path),-37} {facts.Count,5} {covered,7} {Ratio(covered, facts.Count),6:F2} {words,6} {result.Questions.Count,3} {per60,6:F2} {typed,3}/{mc,-3} {findings.Count,4}");
        }

        var recall = Ratio(totalCovered, totalFacts);
        var typedRatio = totalMc == 0 ? 1 : Ratio(totalTyped, totalMc);
        report.AppendLine(CultureInfo.InvariantCulture, $"TOTAL facts={totalFacts} covered={totalCovered} recall={recall:F3} mcTyped={totalTyped}/{totalMc} ({typedRatio:F3}) violations={totalViolations}");
        output.WriteLine(report.ToString());
        output.WriteLine(misses.ToString());

        Assert.True(recall >= RecallTarget, $"Key-fact recall {recall:F3} is below {RecallTarget}.");
        Assert.Equal(0, totalViolations);
        Assert.Empty(densityFailures);
        Assert.True(typedRatio >= DistractorTypeTarget, $"Only {typedRatio:P1} of multiple-choice questions have distractors of the answer's type.");
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
