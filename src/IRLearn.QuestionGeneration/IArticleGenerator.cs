namespace IRLearn.QuestionGeneration;

/// <summary>
/// Turns an article's plain text into a lesson and a question bank. Pure and deterministic:
/// the same input always gives the same output, and nothing is read from or written to disk.
/// </summary>
public interface IArticleGenerator
{
    /// <param name="rawText">The article as pasted or extracted from a document, boilerplate included.</param>
    /// <param name="title">A title known from the document's metadata; when null the engine takes it from the text.</param>
    GenerationResult Generate(string rawText, string? title = null);
}
