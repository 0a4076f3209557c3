namespace IRLearn.Infrastructure.Documents;

/// <summary>Reads a stream into memory without ever holding more than a limit.</summary>
public static class BoundedRead
{
    /// <summary>
    /// The stream's bytes, or null as soon as it proves longer than <paramref name="maxBytes"/>.
    /// Stream.Length is not consulted: request streams do not know it, and a client can lie about it.
    /// </summary>
    public static async Task<byte[]?> ReadAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
