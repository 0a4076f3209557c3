namespace IRLearn.Infrastructure.Tests.Documents.Hostile;

/// <summary>
/// An LZW encoder as PDF's /LZWDecode expects (9–12 bit codes, most significant bit first, clear code
/// 256, end code 257, the code width growing one code early), to feed the reader's decoder.
/// </summary>
public static class Lzw
{
    private const int Clear = 256, End = 257, First = 258, Full = 4095;

    public static byte[] Encode(ReadOnlySpan<byte> data)
    {
        var output = new List<byte>();
        long bits = 0;
        var bitCount = 0;
        var width = 9;
        var table = new Dictionary<(int Prefix, byte Next), int>();
        var next = First;
        Emit(Clear);

        var current = -1;
        foreach (var b in data)
        {
            if (current < 0)
            {
                current = b;
                continue;
            }

            if (table.TryGetValue((current, b), out var code))
            {
                current = code;
                continue;
            }

            Emit(current);
            if (next < Full)
            {
                table[(current, b)] = next++;

                // The decoder's table runs one entry behind; with early change it widens when its own next code
                // reaches 511, 1023, 2047, which is when the encoder's reaches 512, 1024, 2048.
                width = next >= 2048 ? 12 : next >= 1024 ? 11 : next >= 512 ? 10 : 9;
            }
            else
            {
                Emit(Clear);
                (next, width) = (First, 9);
                table.Clear();
            }

            current = b;
        }

        if (current >= 0)
        {
            Emit(current);
        }

        Emit(End);
        if (bitCount > 0)
        {
            output.Add((byte)(bits << (8 - bitCount)));
        }

        return [.. output];

        void Emit(int code)
        {
            bits = (bits << width) | (uint)code;
            bitCount += width;
            while (bitCount >= 8)
            {
                output.Add((byte)(bits >> (bitCount - 8)));
                bitCount -= 8;
            }

            bits &= (1L << bitCount) - 1;
        }
    }
}
