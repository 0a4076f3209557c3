using IRLearn.QuestionGeneration.Analysis;
using IRLearn.QuestionGeneration.Cleaning;
using IRLearn.QuestionGeneration.Gazetteer;

namespace IRLearn.QuestionGeneration.Tests.Support;

/// <summary>Runs cleaning and analysis on an inline body (a title is added so the body is never taken for one).</summary>
public static class Analyze
{
    public static ArticleAnalysis Body(string body) =>
        ArticleAnalyzer.Analyze(BoilerplateRemover.Clean("Test Article Title\n\n" + body), IrGazetteer.Default);
}
