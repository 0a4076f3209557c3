using System.Text;

namespace IRLearn.Infrastructure.Documents;

/// <summary>
/// Checks a PDF against the budget before PdfPig opens it. PdfPig decodes a stream in one go when a
/// page needs it, so a stream that inflates to hundreds of megabytes is only noticed after the memory
/// is gone; and its parsers recurse into nested arrays and dictionaries. So every stream is decoded
/// here first, through its filter chain, into buffers that can never outgrow the per-part limit, and
/// the file's syntax (outside streams, and inside every decoded stream: content streams and object
/// streams are parsed too) is scanned for nesting depth and the number of objects.
/// </summary>
public static class PdfLimits
{
    private static readonly byte[] StreamKeyword = "stream"u8.ToArray();
    private static readonly byte[] EndStreamKeyword = "endstream"u8.ToArray();
    private static readonly byte[] ObjKeyword = " obj"u8.ToArray();

    // How far back from "stream" the stream's dictionary is looked for; dictionaries are short.
    private const int DictionaryWindow = 64 * 1024;

    public static void Check(byte[] pdf, DocumentBudget budget)
    {
        var syntax = new PdfSyntaxScanner(budget);
        var objects = Count(pdf, ObjKeyword);
        budget.CheckElements(objects);

        var position = 0;
        while (Next(pdf, position) is var (keyword, dataStart, dataEnd, resume))
        {
            budget.CheckTime();
            syntax.Feed(pdf.AsSpan(position, keyword - position));
            syntax.Reset();

            var decoded = Decode(pdf, keyword, dataStart, dataEnd, budget);
            syntax.Feed(decoded);
            syntax.Reset();
            budget.CheckElements(objects + syntax.Containers);
            position = resume;
        }

        syntax.Feed(pdf.AsSpan(position));
        budget.CheckElements(objects + syntax.Containers);
    }

    /// <summary>The next stream after <paramref name="from"/>: where its keyword and data start and end, and where to continue.</summary>
    private static (int Keyword, int DataStart, int DataEnd, int Resume)? Next(byte[] pdf, int from)
    {
        var search = from;
        while (search < pdf.Length)
        {
            var found = pdf.AsSpan(search).IndexOf(StreamKeyword);
            if (found < 0)
            {
                return null;
            }

            var keyword = search + found;
            search = keyword + StreamKeyword.Length;

            // "endstream" contains "stream"; only the keyword that opens data counts, and it is followed by an end of line.
            var isEnd = keyword >= 3 && pdf.AsSpan(keyword - 3, 3).SequenceEqual("end"u8);
            var dataStart = search < pdf.Length && pdf[search] == '\r' ? search + 1 : search;
            if (isEnd || dataStart >= pdf.Length || (pdf[dataStart] != '\n' && dataStart == search))
            {
                continue;
            }

            dataStart = pdf[dataStart] == '\n' ? dataStart + 1 : dataStart;
            var end = pdf.AsSpan(dataStart).IndexOf(EndStreamKeyword);
            var dataEnd = end < 0 ? pdf.Length : dataStart + end;
            var resume = end < 0 ? pdf.Length : dataEnd + EndStreamKeyword.Length;
            return (keyword, dataStart, dataEnd, resume);
        }

        return null;
    }

    private static byte[] Decode(byte[] pdf, int keyword, int dataStart, int dataEnd, DocumentBudget budget)
    {
        var data = pdf[dataStart..dataEnd];
        foreach (var filter in Filters(pdf, keyword))
        {
            // A filter that is not decoded for text (an image codec, encryption) ends the chain: its input is what gets measured.
            if (PdfStreamFilters.Decoder(filter) is not { } decode)
            {
                break;
            }

            data = decode(data, budget);
        }

        return data;
    }

    /// <summary>
    /// The filter names of the stream whose keyword is at <paramref name="keyword"/>, read from the last
    /// "/Filter" of its dictionary. A filter given indirectly ("/Filter 12 0 R") cannot be read without
    /// parsing objects, so Flate, the filter nearly every stream uses, is assumed for it.
    /// </summary>
    private static List<string> Filters(byte[] pdf, int keyword)
    {
        var windowStart = Math.Max(0, keyword - DictionaryWindow);
        var dictionary = pdf.AsSpan(windowStart, keyword - windowStart);
        var endOfPrevious = dictionary.LastIndexOf(EndStreamKeyword);
        if (endOfPrevious >= 0)
        {
            dictionary = dictionary[(endOfPrevious + EndStreamKeyword.Length)..];
        }

        var at = dictionary.LastIndexOf("/Filter"u8);
        if (at < 0)
        {
            return [];
        }

        var rest = Encoding.Latin1.GetString(dictionary[(at + "/Filter".Length)..]).TrimStart();
        if (rest.StartsWith('/'))
        {
            return [Name(rest)];
        }

        if (rest.StartsWith('['))
        {
            var close = rest.IndexOf(']', StringComparison.Ordinal);
            var array = close < 0 ? rest[1..] : rest[1..close];
            return array.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(n => Name("/" + n))
                .ToList();
        }

        return ["FlateDecode"];
    }

    private static string Name(string text)
    {
        var end = 1;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('/' or '[' or ']' or '<' or '>' or '(' or ')'))
        {
            end++;
        }

        return text[1..end];
    }

    private static long Count(ReadOnlySpan<byte> haystack, ReadOnlySpan<byte> needle)
    {
        long count = 0;
        int at;
        while ((at = haystack.IndexOf(needle)) >= 0)
        {
            count++;
            haystack = haystack[(at + needle.Length)..];
        }

        return count;
    }
}
