using System.Globalization;
using System.Text;
using IRLearn.QuestionGeneration.Questions;
using IRLearn.QuestionGeneration.Tests.Support;

namespace IRLearn.QuestionGeneration.Tests.DevelopmentSet;

/// <summary>
/// Runs the engine over every article in seed/articles and measures it the way it will be judged: key-fact recall
/// against the hand-labelled facts, of the default bank and of everything that passes the gates (bank and more
/// candidates), every quality gate, the bank's density and per-sentence cap, and distractor types.
/// </summary>
public sealed class DevelopmentSetTests(ITestOutputHelper output)
{
    /// <summary>What the engine can ask about at all: every question that passes the gates.</summary>
    public const double RecallTarget = 0.85;

    /// <summary>
    /// The default bank holds about one question per 45 words, so it cannot cover every labelled fact; this floor
    /// catches a selector that stops preferring key facts (leave-one-article-out on the real-news pages it reaches about
    /// 0.5, on this set about 0.6).
    /// </summary>
    public const double BankRecallFloor = 0.55;

    public const double DistractorTypeTarget = 0.98;
    public const int WordsPerQuestion = 60;

    /// <summary>Key facts may take the bank past its density target, but never denser than one question per 30 words.</summary>
    public const int DensestWordsPerQuestion = QuestionSelector.DensestWordsPerQuestion;

    [Fact]
    public void Generate_DevelopmentSet_MeetsRecallGatesDensityAndDistractorTargets()
    {
        var articles = Directory.GetFiles(RepositoryRoot.SeedArticles, "*.txt").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(articles);

        var generator = new ArticleGenerator();
        var report = new StringBuilder();
        report.AppendLine("article                               facts  bank   all  bankRecall allRecall  words  bank  more  per60 mcTyped violations");
        int totalFacts = 0, totalBank = 0, totalAll = 0, totalTyped = 0, totalMc = 0, totalViolations = 0;
        var densityFailures = new List<string>();
        var misses = new StringBuilder();
        foreach (var path in articles)
        {
            var factsPath = Path.ChangeExtension(path, ".facts.json");
            var result = generator.Generate(File.ReadAllText(path));
            var all = result.Questions.Concat(result.MoreCandidates).ToList();
            var facts = File.Exists(factsPath) ? FactCoverage.Load(factsPath) : [];
            var bank = facts.Count(f => FactCoverage.IsCovered(f, result.Questions));
            var covered = facts.Count(f => FactCoverage.IsCovered(f, all));
            foreach (var fact in facts.Where(f => !FactCoverage.IsCovered(f, result.Questions)))
            {
                var where = FactCoverage.IsCovered(fact, all) ? "more" : "none";
                misses.AppendLine(CultureInfo.InvariantCulture, $"  miss ({where}) {Path.GetFileName(path)} {fact.Id} [{fact.Type}] {fact.Answer} <= {fact.Evidence}");
            }

            // The bank passes every check, duplicates included; more candidates pass every gate (near-duplicates of the
            // bank are what they are for).
            var findings = BankAudit.Audit(result)
                .Concat(result.MoreCandidates.SelectMany(q => QualityGates.Check(q, result.CleanedText).Select(v => new BankAudit.Finding(q.Id, v))))
                .Concat(BankAudit.SentenceCap(result, QuestionSelector.PerSentence))
                .ToList();
            foreach (var finding in findings)
            {
                var question = all.First(q => q.Id == finding.QuestionId);
                misses.AppendLine(CultureInfo.InvariantCulture, $"  GATE {Path.GetFileName(path)} {finding.QuestionId} {finding.Rule}: {question.Stem}");
            }

            var (typed, mc) = BankAudit.DistractorTypes(all);
            var words = BankAudit.BodyWords(result);
            var per60 = result.Questions.Count * (double)WordsPerQuestion / Math.Max(1, words);
            if (per60 < 1 || words < result.Questions.Count * DensestWordsPerQuestion)
            {
                densityFailures.Add(Path.GetFileName(path));
            }

            totalFacts += facts.Count;
            totalBank += bank;
            totalAll += covered;
            totalTyped += typed;
            totalMc += mc;
            totalViolations += findings.Count;
            report.AppendLine(CultureInfo.InvariantCulture,
                $"{Path.GetFileNameWithoutExtension(path),-37} {facts.Count,5} {bank,5} {covered,5} {Ratio(bank, facts.Count),11:F2} {Ratio(covered, facts.Count),9:F2} {words,6} {result.Questions.Count,5} {result.MoreCandidates.Count,5} {per60,6:F2} {typed,3}/{mc,-3} {findings.Count,4}");
        }

        var bankRecall = Ratio(totalBank, totalFacts);
        var recall = Ratio(totalAll, totalFacts);
        var typedRatio = totalMc == 0 ? 1 : Ratio(totalTyped, totalMc);
        report.AppendLine(CultureInfo.InvariantCulture, $"TOTAL facts={totalFacts} bank recall={bankRecall:F3} ({totalBank}) all-candidates recall={recall:F3} ({totalAll}) mcTyped={totalTyped}/{totalMc} ({typedRatio:F3}) violations={totalViolations}");
        output.WriteLine(report.ToString());
        output.WriteLine(misses.ToString());

        Assert.True(recall >= RecallTarget, $"Key-fact recall of all candidates {recall:F3} is below {RecallTarget}.");
        Assert.True(bankRecall >= BankRecallFloor, $"Key-fact recall of the default bank {bankRecall:F3} is below {BankRecallFloor}.");
        Assert.Equal(0, totalViolations);
        Assert.Empty(densityFailures);
        Assert.True(typedRatio >= DistractorTypeTarget, $"Only {typedRatio:P1} of multiple-choice questions have distractors of the answer's type.");
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
