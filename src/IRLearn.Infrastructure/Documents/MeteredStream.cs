namespace IRLearn.Infrastructure.Documents;

/// <summary>
/// A read-only view of an inflating stream (a ZIP entry, a PDF stream's decoder) that counts what it
/// yields against a <see cref="DocumentBudget"/> and stops the read the moment a limit is passed, so a
/// bomb is refused after inflating at most the limit, never its full size. Declared sizes are never
/// trusted: only bytes actually produced are counted.
/// </summary>
public sealed class MeteredStream(Stream inner, DocumentBudget budget) : Stream
{
    private long _produced;

    public long Produced => _produced;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _produced;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        budget.CheckTime();
        var read = inner.Read(buffer);
        _produced += read;
        budget.AddInflated(_produced, read);
        return read;
    }

    /// <summary>Reads to the end, handing every chunk to <paramref name="observe"/>; returns the bytes produced.</summary>
    public long Drain(ChunkObserver? observe = null)
    {
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = Read(buffer)) > 0)
        {
            observe?.Invoke(buffer.AsSpan(0, read));
        }

        return _produced;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}

/// <summary>Sees each chunk of inflated bytes as it is produced.</summary>
public delegate void ChunkObserver(ReadOnlySpan<byte> chunk);
