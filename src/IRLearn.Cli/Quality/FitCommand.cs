using System.Globalization;
using System.Text;
using IRLearn.Application.Common.Interfaces;
using IRLearn.QuestionGeneration;
using IRLearn.QuestionGeneration.Questions.Scoring;

namespace IRLearn.Cli.Quality;

/// <summary>
/// <c>irlearn quality fit</c>: regenerates every candidate of the labelled corpora, joins the judges' labels by question
/// key, fits the quality model (positive = A) and the key-fact model (positive = the candidate covers a hand-labelled
/// fact), reports leave-one-article-out figures (each article's labels and facts predicted by models fitted without
/// it), and writes the models for the engine to embed.
/// </summary>
public sealed class FitCommand(IDocumentReader reader, TextWriter stdout)
{
    public const double DefaultLambda = 1.0;

    public async Task<int> RunAsync(QualityFitRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!QualityCorpus.IsRealNews(request.Corpus))
        {
            throw new DirectoryNotFoundException($"{request.Corpus} is not a labelled corpus (no {QualityCorpus.FactsFile})");
        }

        var documents = QualityCorpus.LoadRealNews(request.Corpus, ["txt", "html"]);
        if (request.Seed is not null)
        {
            documents.AddRange(QualityCorpus.LoadSeed(request.Seed));
        }

        var labels = QualityLabels.Read(request.Labels);
        var runs = await CorpusRun.RunAsync(documents, reader, new ArticleGenerator(), cancellationToken);
        var data = TrainingData.Build(runs, labels);
        var lambda = request.Lambda;

        var quality = LogisticFitter.Fit(data.Quality(lenient: false), lambda);
        var lenient = LogisticFitter.Fit(data.Quality(lenient: true), lambda);
        var keyFact = LogisticFitter.Fit(data.KeyFact, lambda);
        var validation = CrossValidate(runs, data, labels, lambda);

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"labels: {labels.Count} read, {data.MatchedKeys} matched to regenerated candidates ({data.QualityExamples.Count} examples: A {data.QualityExamples.Count(e => e.Label.Grade == 'A')}, B {data.QualityExamples.Count(e => e.Label.Grade == 'B')}, C {data.QualityExamples.Count(e => e.Label.Grade == 'C')}); {labels.Count - data.MatchedKeys} keys no longer generated");
        report.AppendLine(CultureInfo.InvariantCulture, $"key-fact examples: {data.KeyFact.Count} candidates of {runs.Count(r => r.Document.Format == "txt")} .txt documents, {data.KeyFact.Count(s => s.Positive)} cover a labelled fact; lambda {lambda}");
        report.Append(validation.Render());
        report.AppendLine(Weights("quality model (positive = A)", quality));
        report.AppendLine(Weights("quality model, B-inclusive variant (reported only)", lenient));
        report.AppendLine(Weights("key-fact model", keyFact));
        await stdout.WriteAsync(report.ToString());

        if (request.Out is not null)
        {
            var fit = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["how"] = "irlearn quality fit (see docs/question-generation.md, Selection and ranking)",
                ["lambda"] = lambda.ToString(CultureInfo.InvariantCulture),
                ["qualityExamples"] = string.Create(CultureInfo.InvariantCulture, $"{data.QualityExamples.Count} labelled questions ({data.QualityExamples.Count(e => e.Label.Grade == 'A')} A, {data.QualityExamples.Count(e => e.Label.Grade == 'B')} B)"),
                ["keyFactExamples"] = string.Create(CultureInfo.InvariantCulture, $"{data.KeyFact.Count} candidates ({data.KeyFact.Count(s => s.Positive)} covering a labelled fact)"),
                ["crossValidated"] = validation.Summary(),
            };
            await using var output = File.Create(request.Out);
            new QualityModels(quality, keyFact).Write(output, fit);
            await output.WriteAsync("\n"u8.ToArray(), cancellationToken);
            await stdout.WriteLineAsync($"wrote {request.Out}");
        }

        if (request.LabelsOut is not null)
        {
            QualityLabels.Write(request.LabelsOut, labels.Values);
            await stdout.WriteLineAsync($"wrote {labels.Count} labels (key, label, reason) to {request.LabelsOut}");
        }

        return ExitCodes.Ok;
    }

    private static Validation CrossValidate(List<DocumentRun> runs, TrainingData data, IReadOnlyDictionary<string, QualityLabel> labels, double lambda)
    {
        var validation = new Validation();
        foreach (var article in runs.Select(r => r.Document.Article).Distinct(StringComparer.Ordinal))
        {
            var quality = LogisticFitter.Fit(data.Quality(lenient: false).Where(s => s.Group != article).ToList(), lambda);
            var lenient = LogisticFitter.Fit(data.Quality(lenient: true).Where(s => s.Group != article).ToList(), lambda);
            var keyFact = LogisticFitter.Fit(data.KeyFact.Where(s => s.Group != article).ToList(), lambda);
            foreach (var example in data.QualityExamples.Where(e => e.Group == article))
            {
                validation.Quality.Add((quality.Probability(example.Features), example.Label.Grade == 'A'));
                validation.Lenient.Add((lenient.Probability(example.Features), example.Label.Grade != 'C'));
            }

            validation.KeyFact.AddRange(data.KeyFact.Where(s => s.Group == article).Select(s => (keyFact.Probability(s.Features), s.Positive)));
            foreach (var run in runs.Where(r => r.Document.Article == article))
            {
                var bank = run.Replay(new QualityModels(quality, keyFact)).Selection;
                var lenientBank = run.Replay(new QualityModels(lenient, keyFact)).Selection;
                validation.Add(QualityReport.Measure(run.Document, run.Trace.Result with { Questions = bank.Bank, MoreCandidates = bank.More }, run.BodyWords, labels),
                    QualityReport.Measure(run.Document, run.Trace.Result with { Questions = lenientBank.Bank, MoreCandidates = lenientBank.More }, run.BodyWords, labels));
            }
        }

        return validation;
    }

    private static string Weights(string title, LogisticModel model)
    {
        var text = new StringBuilder().AppendLine(CultureInfo.InvariantCulture, $"{title}: bias {model.Bias:+0.00;-0.00}");
        foreach (var (name, weight) in model.Weights.OrderByDescending(w => Math.Abs(w.Value)).ThenBy(w => w.Key, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {weight,6:+0.00;-0.00}  {name}");
        }

        return text.ToString();
    }

    /// <summary>Leave-one-article-out predictions and the banks the held-out models chose.</summary>
    private sealed class Validation
    {
        private readonly List<DocumentQuality> _rows = [];
        private readonly List<DocumentQuality> _lenientRows = [];

        public List<(double Score, bool Positive)> Quality { get; } = [];

        public List<(double Score, bool Positive)> Lenient { get; } = [];

        public List<(double Score, bool Positive)> KeyFact { get; } = [];

        public void Add(DocumentQuality row, DocumentQuality lenientRow)
        {
            _rows.Add(row);
            _lenientRows.Add(lenientRow);
        }

        public string Summary()
        {
            var corpus = _rows.Where(r => !r.Article.StartsWith("seed/", StringComparison.Ordinal)).ToList();
            int labelled = corpus.Sum(r => r.Labelled), a = corpus.Sum(r => r.LabelledA), ab = a + corpus.Sum(r => r.LabelledB);
            return string.Create(CultureInfo.InvariantCulture,
                $"leave-one-article-out on the real-news pages (.txt and .html): bank precision A {Ratio(a, labelled):0.00}, A+B {Ratio(ab, labelled):0.00} over {labelled} labelled bank questions; quality AUC {LogisticFitter.Auc(Quality):0.00}; key-fact AUC {LogisticFitter.Auc(KeyFact):0.00}");
        }

        public string Render()
        {
            var text = new StringBuilder();
            text.AppendLine("leave-one-article-out (every figure below comes from models fitted without the article it describes):");
            text.AppendLine(CultureInfo.InvariantCulture, $"  quality model (A): AUC {LogisticFitter.Auc(Quality):0.000} over {Quality.Count} labelled questions; precision at p >= 0.5: {Precision(Quality, 0.5)}");
            text.AppendLine(CultureInfo.InvariantCulture, $"  B-inclusive variant: AUC {LogisticFitter.Auc(Lenient):0.000}; precision (A or B) at p >= 0.5: {Precision(Lenient, 0.5)}");
            text.AppendLine(CultureInfo.InvariantCulture, $"  key-fact model: AUC {LogisticFitter.Auc(KeyFact):0.000} over {KeyFact.Count} candidates");
            foreach (var (name, rows) in new[] { ("ranked by the A model", _rows), ("ranked by the B-inclusive model", _lenientRows) })
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  default bank {name}:");
                foreach (var group in rows.GroupBy(r => (r.Article.StartsWith("seed/", StringComparison.Ordinal) ? "seed " : "corpus ") + r.Format))
                {
                    text.Append("    ").AppendLine(group.Key.PadRight(11) + QualityReport.Total(group.ToList()));
                }
            }

            return text.ToString();
        }

        private static string Precision(List<(double Score, bool Positive)> scored, double cut)
        {
            var above = scored.Where(s => s.Score >= cut).ToList();
            return string.Create(CultureInfo.InvariantCulture, $"{Ratio(above.Count(s => s.Positive), above.Count):0.00} ({above.Count(s => s.Positive)}/{above.Count}); base rate {Ratio(scored.Count(s => s.Positive), scored.Count):0.00}");
        }

        private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
    }
}

/// <summary>A labelled question found among the regenerated candidates of one article.</summary>
public sealed record QualityExample(string Group, string Key, QualityLabel Label, IReadOnlyList<Feature> Features);

/// <summary>The examples both models are fitted on, built from corpus runs.</summary>
public sealed class TrainingData
{
    public required List<QualityExample> QualityExamples { get; init; }

    public required List<Sample> KeyFact { get; init; }

    public required int MatchedKeys { get; init; }

    public List<Sample> Quality(bool lenient) =>
        QualityExamples.Select(e => new Sample(e.Features, lenient ? e.Label.Grade != 'C' : e.Label.Grade == 'A', e.Group)).ToList();

    /// <summary>
    /// Quality examples: each labelled key once per article (a page's .txt and .html may both generate it). Key-fact
    /// examples: every candidate of every .txt document, positive when it covers one of the document's facts.
    /// </summary>
    public static TrainingData Build(IReadOnlyList<DocumentRun> runs, IReadOnlyDictionary<string, QualityLabel> labels)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(labels);
        var examples = new List<QualityExample>();
        var seen = new HashSet<(string, string)>();
        var matched = new HashSet<string>(StringComparer.Ordinal);
        var keyFact = new List<Sample>();
        foreach (var run in runs)
        {
            foreach (var candidate in run.Trace.Candidates)
            {
                var key = QuestionKey.Compute(candidate.Question);
                if (labels.TryGetValue(key, out var label) && seen.Add((run.Document.Article, key)))
                {
                    matched.Add(key);
                    examples.Add(new QualityExample(run.Document.Article, key, label, candidate.QualityFeatures));
                }

                if (run.Document.Format == "txt")
                {
                    keyFact.Add(new Sample(candidate.FactFeatures, run.Document.Facts.Any(f => FactMatcher.Covers(candidate.Question, f)), run.Document.Article));
                }
            }
        }

        return new TrainingData { QualityExamples = examples, KeyFact = keyFact, MatchedKeys = matched.Count };
    }
}
