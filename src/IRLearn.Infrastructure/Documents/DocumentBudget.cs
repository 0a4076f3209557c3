using System.Globalization;

namespace IRLearn.Infrastructure.Documents;

/// <summary>
/// The work one document may still cause: the deadline (a cancellation token) and the inflated bytes
/// counted so far across all its compressed parts. One instance per read; not thread-safe.
/// </summary>
public sealed class DocumentBudget(DocumentReaderOptions limits, CancellationToken deadline)
{
    private long _inflated;

    public DocumentReaderOptions Limits { get; } = limits;

    /// <summary>Cancelled when the deadline passes (or the caller gives up); scanners check it between chunks.</summary>
    public CancellationToken Deadline { get; } = deadline;

    public long InflatedBytes => _inflated;

    public void CheckTime() => Deadline.ThrowIfCancellationRequested();

    /// <summary>Counts bytes one part inflated to; throws as soon as the part or the whole document is over its limit.</summary>
    public void AddInflated(long partSoFar, int chunk)
    {
        _inflated += chunk;
        if (partSoFar > Limits.MaxInflatedPartBytes)
        {
            throw new DocumentTooComplexException($"one of its compressed parts inflates to more than {Size(Limits.MaxInflatedPartBytes)}");
        }

        if (_inflated > Limits.MaxInflatedBytes)
        {
            throw new DocumentTooComplexException($"its compressed parts inflate to more than {Size(Limits.MaxInflatedBytes)} together");
        }
    }

    public void CheckDepth(long depth)
    {
        if (depth > Limits.MaxDepth)
        {
            throw new DocumentTooComplexException($"it nests elements more than {Limits.MaxDepth} levels deep");
        }
    }

    public void CheckElements(long elements)
    {
        if (elements > Limits.MaxElements)
        {
            throw new DocumentTooComplexException($"it has more than {Limits.MaxElements.ToString("N0", CultureInfo.InvariantCulture)} elements");
        }
    }

    public void CheckChildren(long children)
    {
        if (children > Limits.MaxChildren)
        {
            throw new DocumentTooComplexException($"one of its elements holds more than {Limits.MaxChildren.ToString("N0", CultureInfo.InvariantCulture)} children");
        }
    }

    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB");
}
