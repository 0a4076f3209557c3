using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace IRLearn.Infrastructure.Tests.Documents.Hostile;

/// <summary>
/// A one-page PDF written byte by byte, for files no PDF library would write: streams that inflate to
/// hundreds of megabytes, filters chained or given indirectly, arrays nested thousands deep.
/// </summary>
public static class RawPdf
{
    /// <summary>A text content stream that shows <paramref name="lines"/> in Helvetica, one per line.</summary>
    public static byte[] TextContent(IEnumerable<string> lines)
    {
        var content = new StringBuilder("BT /F1 11 Tf 50 780 Td 14 TL\n");
        foreach (var line in lines)
        {
            content.Append('(').Append(line.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal)).Append(") Tj T*\n");
        }

        return Encoding.Latin1.GetBytes(content.Append("ET\n").ToString());
    }

    /// <summary>
    /// The document: catalog, page tree, one page whose content stream holds <paramref name="content"/>
    /// (already encoded) with <paramref name="streamDictionary"/> entries such as "/Filter /FlateDecode",
    /// and <paramref name="extraObjects"/> appended as objects 6, 7… (their bodies, without "obj").
    /// </summary>
    public static byte[] Build(byte[] content, string streamDictionary = "", params string[] extraObjects)
    {
        using var output = new MemoryStream();
        var offsets = new List<long>();
        Write(output, "%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n");
        Object("<< /Type /Catalog /Pages 2 0 R >>");
        Object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>");
        offsets.Add(output.Position);
        Write(output, $"4 0 obj\n<< /Length {content.Length} {streamDictionary} >>\nstream\n");
        output.Write(content);
        Write(output, "\nendstream\nendobj\n");
        Object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        foreach (var extra in extraObjects)
        {
            Object(extra);
        }

        var xref = output.Position;
        Write(output, $"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write(output, offset.ToString("D10", CultureInfo.InvariantCulture) + " 00000 n \n");
        }

        Write(output, $"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();

        void Object(string body)
        {
            offsets.Add(output.Position);
            Write(output, $"{offsets.Count} 0 obj\n{body}\nendobj\n");
        }
    }

    /// <summary>zlib-compressed (what /FlateDecode holds) <paramref name="length"/> bytes of <paramref name="fill"/>, without holding them.</summary>
    public static byte[] FlateOf(long length, byte fill = (byte)' ')
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            var chunk = new byte[1 << 20];
            Array.Fill(chunk, fill);
            for (var left = length; left > 0; left -= chunk.Length)
            {
                zlib.Write(chunk, 0, (int)Math.Min(chunk.Length, left));
            }
        }

        return output.ToArray();
    }

    public static byte[] Flate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>Run-length encoding at its most expansive: every two bytes decode to 128.</summary>
    public static byte[] RunLengthBomb(int pairs) =>
        [.. Enumerable.Range(0, pairs).SelectMany(_ => new byte[] { 129, (byte)' ' }), 128];

    public static byte[] AsciiHex(byte[] data) =>
        Encoding.ASCII.GetBytes(Convert.ToHexString(data) + ">");

    private static void Write(Stream output, string text) => output.Write(Encoding.Latin1.GetBytes(text));
}
