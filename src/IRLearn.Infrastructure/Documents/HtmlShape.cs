namespace IRLearn.Infrastructure.Documents;

/// <summary>
/// The size of a parsed page's element tree: how many elements, how deep, <see cref="SiblingCost"/> (the
/// sum over nodes of (children)², which is what sibling walks cost in a DOM whose NextSibling is an
/// index lookup) and the length of the markup. Measured by <see cref="HtmlLimits"/>.
/// </summary>
public sealed record HtmlShape(long Elements, int Depth, long SiblingCost, long Length)
{
    // Measured with SmartReader 0.11 on adversarial shapes at these sizes: each stays near or under a
    // tenth of a second of CPU, and real news pages (300–1,200 elements, depth 10–30) sit far below.
    private const long ReaderViewMaxElements = 6_000;
    private const int ReaderViewMaxDepth = 128;
    private const long ReaderViewMaxSiblingCost = 1_000_000;

    // SmartReader parses the page again and serialises parts of it; past this size that costs more
    // memory than one upload should.
    private const long ReaderViewMaxLength = 2L * 1024 * 1024;

    /// <summary>
    /// Whether the reader-view heuristic (SmartReader, a port of Firefox's Readability) may run on the
    /// page. Its time grows with the square of an element's children and the cube of the depth, so
    /// beyond these bounds the page is read by the linear body walk instead.
    /// </summary>
    public bool AllowsReaderView =>
        Elements <= ReaderViewMaxElements && Depth <= ReaderViewMaxDepth && SiblingCost <= ReaderViewMaxSiblingCost && Length <= ReaderViewMaxLength;
}
