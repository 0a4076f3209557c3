using IRLearn.QuestionGeneration.Analysis;
using IRLearn.QuestionGeneration.Cleaning;
using IRLearn.QuestionGeneration.Gazetteer;
using IRLearn.QuestionGeneration.Lessons;
using IRLearn.QuestionGeneration.Questions;
using IRLearn.QuestionGeneration.Questions.Scoring;

namespace IRLearn.QuestionGeneration;

/// <summary>
/// The pipeline: clean → segment and recognise → resolve → template → gate, score, select → lesson.
/// Stateless and thread-safe; the gazetteer and the quality models are shared and read-only.
/// </summary>
public sealed class ArticleGenerator : IArticleGenerator
{
    private readonly IrGazetteer _gazetteer;
    private readonly QualityModels _models;

    public ArticleGenerator()
        : this(IrGazetteer.Default, QualityModels.Default)
    {
    }

    public ArticleGenerator(IrGazetteer gazetteer)
        : this(gazetteer, QualityModels.Default)
    {
    }

    public ArticleGenerator(IrGazetteer gazetteer, QualityModels models)
    {
        _gazetteer = gazetteer;
        _models = models;
    }

    public GenerationResult Generate(string rawText, string? title = null) => Trace(rawText, title).Result;

    /// <summary>The result together with every scored candidate it was chosen from: what the model fitter and the quality report need.</summary>
    public GenerationTrace Trace(string rawText, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(rawText);
        var cleaned = BoilerplateRemover.Clean(rawText, title);
        var analysis = ArticleAnalyzer.Analyze(cleaned, _gazetteer);

        var candidates = new List<QuestionCandidate>();
        foreach (var sentence in analysis.Sentences)
        {
            candidates.AddRange(QuestionTemplates.ForSentence(sentence, analysis));
        }

        candidates.AddRange(QuestionTemplates.Understanding(analysis));
        if (QuestionTemplates.AcronymMatching(analysis) is { } matching)
        {
            candidates.Add(matching);
        }

        var bodyWords = analysis.Sentences.Sum(s => s.WordCount);
        var scored = QuestionSelector.Score(candidates, analysis, _models);
        var selection = QuestionSelector.Choose(scored, bodyWords);
        var lesson = LessonBuilder.Build(analysis, selection.Bank);
        var result = new GenerationResult(cleaned.Title, cleaned.Text, lesson, cleaned.Removed, selection.Bank) { MoreCandidates = selection.More };
        return new GenerationTrace(result, scored, bodyWords);
    }
}

/// <summary>A generation and what it was chosen from: every candidate that passed the gates, scored, and the body's word count.</summary>
public sealed record GenerationTrace(GenerationResult Result, IReadOnlyList<ScoredCandidate> Candidates, int BodyWords);
