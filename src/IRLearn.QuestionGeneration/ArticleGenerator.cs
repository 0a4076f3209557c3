using IRLearn.QuestionGeneration.Analysis;
using IRLearn.QuestionGeneration.Cleaning;
using IRLearn.QuestionGeneration.Gazetteer;
using IRLearn.QuestionGeneration.Lessons;
using IRLearn.QuestionGeneration.Questions;

namespace IRLearn.QuestionGeneration;

/// <summary>
/// The pipeline: clean → segment and recognise → resolve → template → gate, rank, de-duplicate → lesson.
/// Stateless and thread-safe; the gazetteer is shared and read-only.
/// </summary>
public sealed class ArticleGenerator : IArticleGenerator
{
    private readonly IrGazetteer _gazetteer;

    public ArticleGenerator()
        : this(IrGazetteer.Default)
    {
    }

    public ArticleGenerator(IrGazetteer gazetteer)
    {
        _gazetteer = gazetteer;
    }

    public GenerationResult Generate(string rawText, string? title = null)
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
        var selection = QuestionSelector.Select(candidates, cleaned.Text, bodyWords);
        var lesson = LessonBuilder.Build(analysis, selection.Bank);
        return new GenerationResult(cleaned.Title, cleaned.Text, lesson, cleaned.Removed, selection.Bank) { MoreCandidates = selection.More };
    }
}
