namespace IRLearn.QuestionGeneration;

public sealed class ArticleGenerator : IArticleGenerator
{
    public GenerationResult Generate(string rawText, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(rawText);
        throw new NotImplementedException("The generation pipeline is being built in issue 3.");
    }
}
