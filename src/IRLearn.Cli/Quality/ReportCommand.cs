using IRLearn.Application.Common.Interfaces;
using IRLearn.QuestionGeneration;

namespace IRLearn.Cli.Quality;

/// <summary>
/// <c>irlearn quality report --corpus &lt;dir&gt; [--labels &lt;tsv&gt;…]</c>: generates every document of a labelled corpus
/// and prints <see cref="QualityReport"/>'s table. The real-news corpus is third-party text kept outside the
/// repository, so a missing folder is not an error: the command says so and succeeds, and CI prints whatever it has.
/// </summary>
public sealed class ReportCommand(IDocumentReader reader, ArticleGenerator generator, TextWriter stdout)
{
    public async Task<int> RunAsync(QualityReportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Directory.Exists(request.Corpus))
        {
            await stdout.WriteLineAsync($"quality report: no corpus at {request.Corpus}; nothing to measure (passes)");
            return ExitCodes.Ok;
        }

        var missing = request.Labels.FirstOrDefault(l => !File.Exists(l));
        if (missing is not null)
        {
            throw new FileNotFoundException($"label file {missing} not found", missing);
        }

        var documents = QualityCorpus.IsRealNews(request.Corpus)
            ? QualityCorpus.LoadRealNews(request.Corpus, ["txt", "html"])
            : QualityCorpus.LoadSeed(request.Corpus);
        if (documents.Count == 0)
        {
            await stdout.WriteLineAsync($"quality report: {request.Corpus} holds no labelled documents; nothing to measure (passes)");
            return ExitCodes.Ok;
        }

        var labels = QualityLabels.Read(request.Labels);
        var runs = await CorpusRun.RunAsync(documents, reader, generator, cancellationToken);
        var rows = runs.Select(r => QualityReport.Measure(r.Document, r.Trace.Result, r.BodyWords, labels)).ToList();
        await stdout.WriteLineAsync($"quality report over {request.Corpus} ({documents.Count} documents, {labels.Count} labels)");
        await stdout.WriteAsync(QualityReport.Render(rows));
        return ExitCodes.Ok;
    }
}
