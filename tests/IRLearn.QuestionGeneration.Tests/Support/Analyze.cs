using IRLearn.QuestionGeneration.Analysis;
using IRLearn.QuestionGeneration.Cleaning;
using IRLearn.QuestionGeneration.Gazetteer;

namespace IRLearn.QuestionGeneration.Tests.Support;

/// <summary>Runs cleaning and analysis on an inline body (a title is added so the body is never taken for one).</summary>
public static class Analyze
{
    public static ArticleAnalysis Body(string body) => Article("Test Article Title", body);

    public static ArticleAnalysis Article(string title, string body) =>
        ArticleAnalyzer.Analyze(BoilerplateRemover.Clean(title + "\n\n" + body), IrGazetteer.Default);
}
