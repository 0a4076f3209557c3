using IRLearn.Application.Common.Interfaces;
using IRLearn.QuestionGeneration;
using IRLearn.QuestionGeneration.Questions;
using IRLearn.QuestionGeneration.Questions.Scoring;

namespace IRLearn.Cli.Quality;

/// <summary>One corpus document run through the engine exactly as <c>irlearn generate</c> runs it.</summary>
public sealed record DocumentRun(CorpusDocument Document, GenerationTrace Trace)
{
    /// <summary>Body words as the corpus labels count them, else as the engine counts them.</summary>
    public int BodyWords => Document.BodyWords ?? Trace.BodyWords;

    /// <summary>The run's candidates rescored by other models (cross-validation), and the bank those models would choose.</summary>
    public (IReadOnlyList<ScoredCandidate> Candidates, QuestionSelector.Selection Selection) Replay(QualityModels models)
    {
        ArgumentNullException.ThrowIfNull(models);
        var rescored = Trace.Candidates
            .Select(c => c with { Confidence = models.Quality.Probability(c.QualityFeatures), KeyFact = models.KeyFact.Probability(c.FactFeatures) })
            .ToList();
        return (rescored, QuestionSelector.Choose(rescored, Trace.BodyWords));
    }
}

public static class CorpusRun
{
    /// <summary>Reads each document with the same reader as the generate command (so .html goes through the HTML extractor) and generates.</summary>
    public static async Task<List<DocumentRun>> RunAsync(IEnumerable<CorpusDocument> documents, IDocumentReader reader, ArticleGenerator generator, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(generator);
        var runs = new List<DocumentRun>();
        foreach (var document in documents)
        {
            await using var stream = File.OpenRead(document.Path);
            var read = await reader.ReadAsync(stream, Path.GetFileName(document.Path), cancellationToken);
            if (!read.Succeeded)
            {
                throw new InvalidDataException($"{document.Path}: {read.Error!.Message}");
            }

            runs.Add(new DocumentRun(document, generator.Trace(read.Text!, read.Title)));
        }

        return runs;
    }
}
