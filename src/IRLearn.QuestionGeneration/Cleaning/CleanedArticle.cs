using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Cleaning;

/// <summary>
/// The article after boilerplate removal. <see cref="Text"/> is the kept blocks joined by blank lines;
/// every offset the engine reports points into it.
/// </summary>
public sealed record CleanedArticle(string Title, string Text, IReadOnlyList<ArticleBlock> Blocks, IReadOnlyList<string> Removed);

/// <summary>A kept paragraph or in-body heading. Headings name lesson sections but are never asked about.</summary>
public sealed record ArticleBlock(TextRange Range, bool IsHeading);
