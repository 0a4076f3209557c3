namespace IRLearn.Infrastructure.Documents;

/// <summary>
/// Limits for reading uploaded documents; bound from the "Documents" configuration section. Every limit
/// bounds the work one upload can cause (time, memory, parser effort), so a hostile file is refused
/// with "too large or too complex" instead of occupying a core or the heap. The defaults leave real
/// articles (a few hundred elements, nesting under 40, a few hundred KB of text) far inside them.
/// </summary>
public sealed class DocumentReaderOptions
{
    public const string SectionName = "Documents";

    /// <summary>5 MB holds a long article as PDF or DOCX with room to spare, and keeps one upload from hogging memory.</summary>
    public const long DefaultMaxBytes = 5L * 1024 * 1024;

    /// <summary>The largest document accepted, in bytes. Enforced while reading, whatever the stream claims its length is.</summary>
    public long MaxBytes { get; set; } = DefaultMaxBytes;

    /// <summary>
    /// Wall-clock deadline for reading one document. A backstop: the structural limits below already
    /// bound the work, so this only fires on a machine that is badly overloaded or on a parser bug.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How deeply elements may nest (HTML elements, XML elements of a Word part, PDF arrays and
    /// dictionaries). Parsers spend time proportional to depth for every element, so depth times
    /// size is what a nesting attack multiplies.
    /// </summary>
    public int MaxDepth { get; set; } = 256;

    /// <summary>How many elements a document may have (HTML elements, XML elements of all Word parts, PDF objects).</summary>
    public int MaxElements { get; set; } = 100_000;

    /// <summary>
    /// How many children one HTML element may hold. Real article pages stay under a few hundred; a page
    /// with tens of thousands of links in one element is a generated dump, and every later step (the
    /// furniture pass, the body walk, the generator) pays for it in memory.
    /// </summary>
    public int MaxChildren { get; set; } = 10_000;

    /// <summary>How many bytes one compressed part (a .docx ZIP entry, a PDF stream) may inflate to.</summary>
    public long MaxInflatedPartBytes { get; set; } = 8L * 1024 * 1024;

    /// <summary>How many bytes all compressed parts of one document may inflate to together.</summary>
    public long MaxInflatedBytes { get; set; } = 48L * 1024 * 1024;

    /// <summary>
    /// How much text one document may yield (about 33,000 words, a 100-page report; a long article has
    /// 60,000 characters). The question generator's time grows with the text (about a second of CPU for
    /// this much), so this bounds the import as a whole.
    /// </summary>
    public int MaxTextCharacters { get; set; } = 200_000;

    /// <summary>
    /// The longest run of text without a sentence end or a line break. Real sentences stay under a
    /// thousand characters; a run this long is a dump, and the generator's per-sentence work is
    /// superlinear in sentence length.
    /// </summary>
    public int MaxSentenceCharacters { get; set; } = 10_000;

    /// <summary>Fewer words than this is a note or a heading, not an article to make a lesson from.</summary>
    public int MinWords { get; set; } = 20;
}
