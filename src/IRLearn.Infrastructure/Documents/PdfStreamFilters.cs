using System.IO.Compression;

namespace IRLearn.Infrastructure.Documents;

/// <summary>
/// Decoders for the PDF stream filters that expand data (Flate, LZW, run-length) and the two text
/// encodings that may sit in front of them (ASCII hex, ASCII85), written only to measure: each stage's
/// output is counted against the <see cref="DocumentBudget"/> as it is produced and held in a buffer
/// that can never outgrow the per-part limit. Damaged data ends the stage quietly with what was decoded
/// so far; the real parser reports damage later, and only size matters here.
/// </summary>
public static class PdfStreamFilters
{
    /// <summary>What a filter name (full or abbreviated) does, or null for one that is not decoded for text (images, crypt).</summary>
    public static Func<byte[], DocumentBudget, byte[]>? Decoder(string name) => name switch
    {
        "FlateDecode" or "Fl" => Flate,
        "LZWDecode" or "LZW" => Lzw,
        "RunLengthDecode" or "RL" => RunLength,
        "ASCIIHexDecode" or "AHx" => AsciiHex,
        "ASCII85Decode" or "A85" => Ascii85,
        _ => null,
    };

    public static byte[] Flate(byte[] data, DocumentBudget budget)
    {
        var output = new CappedBuffer(budget);

        // Readers skip the two-byte zlib header without checking it, so this does too: a forged header must not hide a bomb.
        if (data.Length < 2)
        {
            return [];
        }

        using var inflater = new DeflateStream(new MemoryStream(data, 2, data.Length - 2, writable: false), CompressionMode.Decompress);
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = inflater.Read(chunk)) > 0)
            {
                output.Append(chunk.AsSpan(0, read));
            }
        }
        catch (InvalidDataException)
        {
            // Damaged or not deflate at all: measured up to here.
        }

        return output.ToArray();
    }

    public static byte[] Lzw(byte[] data, DocumentBudget budget)
    {
        const int Clear = 256, End = 257, MaxCodes = 4096;
        var output = new CappedBuffer(budget);
        var prefix = new int[MaxCodes];
        var suffix = new byte[MaxCodes];
        var length = new int[MaxCodes];
        var scratch = new byte[MaxCodes];
        for (var i = 0; i < 256; i++)
        {
            prefix[i] = -1;
            suffix[i] = (byte)i;
            length[i] = 1;
        }

        int next = 258, width = 9, previous = -1;
        long bits = 0;
        int bitCount = 0;
        foreach (var b in data)
        {
            bits = (bits << 8) | b;
            bitCount += 8;
            while (bitCount >= width)
            {
                var code = (int)((bits >> (bitCount - width)) & ((1 << width) - 1));
                bitCount -= width;
                if (code == End)
                {
                    return output.ToArray();
                }

                if (code == Clear)
                {
                    (next, width, previous) = (258, 9, -1);
                    continue;
                }

                if (code > next || (code == next && previous < 0))
                {
                    return output.ToArray();
                }

                if (previous >= 0 && next < MaxCodes)
                {
                    // The new entry is the previous string plus the first byte of this one (or of itself, for the KwKwK case).
                    var first = code < next ? FirstByte(code) : FirstByte(previous);
                    prefix[next] = previous;
                    suffix[next] = first;
                    length[next] = length[previous] + 1;
                    next++;
                }

                var n = length[code];
                for (int c = code, i = n - 1; i >= 0; c = prefix[c], i--)
                {
                    scratch[i] = suffix[c];
                }

                output.Append(scratch.AsSpan(0, n));
                previous = code;

                // EarlyChange 1 (the default): the code width grows one code before the table needs it.
                width = next + 1 >= 2048 ? 12 : next + 1 >= 1024 ? 11 : next + 1 >= 512 ? 10 : 9;
            }
        }

        return output.ToArray();

        byte FirstByte(int code)
        {
            while (prefix[code] >= 0)
            {
                code = prefix[code];
            }

            return suffix[code];
        }
    }

    public static byte[] RunLength(byte[] data, DocumentBudget budget)
    {
        var output = new CappedBuffer(budget);
        Span<byte> run = stackalloc byte[128];
        var i = 0;
        while (i < data.Length)
        {
            var n = data[i++];
            if (n == 128)
            {
                break;
            }

            if (n < 128)
            {
                var count = Math.Min(n + 1, data.Length - i);
                output.Append(data.AsSpan(i, count));
                i += count;
            }
            else if (i < data.Length)
            {
                run[..(257 - n)].Fill(data[i++]);
                output.Append(run[..(257 - n)]);
            }
        }

        return output.ToArray();
    }

    public static byte[] AsciiHex(byte[] data, DocumentBudget budget)
    {
        var output = new CappedBuffer(budget);
        var high = -1;
        foreach (var b in data)
        {
            if (b == (byte)'>')
            {
                break;
            }

            var digit = HexValue(b);
            if (digit < 0)
            {
                continue;
            }

            if (high < 0)
            {
                high = digit;
            }
            else
            {
                output.Append((byte)((high << 4) | digit));
                high = -1;
            }
        }

        if (high >= 0)
        {
            output.Append((byte)(high << 4));
        }

        return output.ToArray();
    }

    public static byte[] Ascii85(byte[] data, DocumentBudget budget)
    {
        var output = new CappedBuffer(budget);
        Span<byte> group = stackalloc byte[4];
        uint value = 0;
        var count = 0;
        for (var i = 0; i < data.Length; i++)
        {
            var b = data[i];
            if (b == (byte)'~')
            {
                break;
            }

            if (b == (byte)'z' && count == 0)
            {
                group.Clear();
                output.Append(group);
                continue;
            }

            if (b is < (byte)'!' or > (byte)'u')
            {
                continue;
            }

            value = unchecked((value * 85) + (uint)(b - '!'));
            if (++count == 5)
            {
                Write(value, 4);
                (value, count) = (0, 0);
            }
        }

        if (count > 1)
        {
            for (var pad = count; pad < 5; pad++)
            {
                value = unchecked((value * 85) + 84);
            }

            Write(value, count - 1);
        }

        return output.ToArray();

        void Write(uint v, int bytes)
        {
            Span<byte> four = [(byte)(v >> 24), (byte)(v >> 16), (byte)(v >> 8), (byte)v];
            output.Append(four[..bytes]);
        }
    }

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    /// <summary>A growable byte buffer that counts every byte against the budget, so it can never outgrow the per-part limit.</summary>
    private sealed class CappedBuffer(DocumentBudget budget)
    {
        private byte[] _bytes = new byte[4096];
        private int _length;

        public void Append(byte b) => Append([b]);

        public void Append(ReadOnlySpan<byte> chunk)
        {
            budget.CheckTime();
            budget.AddInflated(_length + (long)chunk.Length, chunk.Length);
            if (_length + chunk.Length > _bytes.Length)
            {
                Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _length + chunk.Length));
            }

            chunk.CopyTo(_bytes.AsSpan(_length));
            _length += chunk.Length;
        }

        public byte[] ToArray() => _bytes.AsSpan(0, _length).ToArray();
    }
}
