using IRLearn.Domain.Common;

namespace IRLearn.Domain.Articles;

/// <summary>
/// An imported document: what the instructor gave us (<see cref="RawText"/>), what survived
/// boilerplate removal (<see cref="CleanedText"/>) and what was removed, so the instructor can
/// see it and put a block back. Questions point into <see cref="CleanedText"/> by offset.
/// </summary>
public sealed class Article : AggregateRoot, IOwned
{
    public const int MaxTitleLength = 300;
    public const int MaxBylineLength = 300;
    public const int MaxSourceLength = 2000;

    // Stored as JSON by EF; reassigned only through methods.
    private List<string> _removedBlocks = [];

    private Article()
    {
    }

    private Article(Guid id)
        : base(id)
    {
    }

    public string OwnerId { get; private set; } = string.Empty;

    public string Title { get; private set; } = string.Empty;

    public string? Byline { get; private set; }

    /// <summary>Where the article came from: a URL or a file name.</summary>
    public string? Source { get; private set; }

    public string RawText { get; private set; } = string.Empty;

    public string CleanedText { get; private set; } = string.Empty;

    public IReadOnlyList<string> RemovedBlocks => _removedBlocks;

    public DateTimeOffset ImportedAt { get; private set; }

    public static Article Import(
        string ownerId,
        string title,
        string? byline,
        string? source,
        string rawText,
        string cleanedText,
        IEnumerable<string>? removedBlocks,
        DateTimeOffset now)
    {
        Check.That(!string.IsNullOrWhiteSpace(rawText), "article.text_required", "The article has no text.");
        Check.That(!string.IsNullOrWhiteSpace(cleanedText), "article.text_required", "Nothing is left of the article after removing boilerplate.");

        return new Article(Guid.CreateVersion7())
        {
            OwnerId = Check.UserId(ownerId),
            Title = Check.RequiredText(title, MaxTitleLength, "article.title_invalid", "The title"),
            Byline = Check.OptionalText(byline, MaxBylineLength, "article.byline_invalid", "The byline"),
            Source = Check.OptionalText(source, MaxSourceLength, "article.source_invalid", "The source"),
            RawText = rawText,
            CleanedText = cleanedText.Trim(),
            _removedBlocks = (removedBlocks ?? []).Where(b => !string.IsNullOrWhiteSpace(b)).Select(b => b.Trim()).ToList(),
            ImportedAt = now,
        };
    }

    public void Rename(string title) =>
        Title = Check.RequiredText(title, MaxTitleLength, "article.title_invalid", "The title");

    /// <summary>
    /// Puts a block that was removed as boilerplate back into the article. It is appended as a
    /// new paragraph, so offsets of existing questions into <see cref="CleanedText"/> stay valid.
    /// </summary>
    public void RestoreBlock(int index)
    {
        Check.That(
            index >= 0 && index < _removedBlocks.Count,
            "article.removed_block_not_found",
            $"There is no removed block number {index}.");

        var block = _removedBlocks[index];
        CleanedText = CleanedText + "\n\n" + block;
        _removedBlocks.RemoveAt(index);
    }
}
