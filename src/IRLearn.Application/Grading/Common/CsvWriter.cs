using System.Buffers;
using System.Text;

namespace IRLearn.Application.Grading.Common;

/// <summary>
/// Writes CSV that spreadsheet programs open cleanly and safely: RFC 4180 quoting (fields with a
/// comma, quote, CR or LF are quoted; quotes doubled; CRLF line ends), and cells that a spreadsheet
/// would run as a formula (starting with = + - @ tab or CR) are prefixed with a single quote, as
/// OWASP recommends against CSV injection. The byte-order mark is added by <see cref="ToUtf8WithBom"/>.
/// </summary>
/// <remarks>
/// Cells go straight into one builder (<see cref="Cell"/>, <see cref="EndRow"/>): an export writes a cell per student
/// and assignment, so an escaped copy or an array per cell grew the gradebook CSV with the class (issue 16).
/// </remarks>
public sealed class CsvWriter
{
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");
    private readonly StringBuilder _text = new();
    private bool _rowStarted;

    public CsvWriter Row(params IEnumerable<string?> cells)
    {
        foreach (var cell in cells)
        {
            Cell(cell);
        }

        return EndRow();
    }

    /// <summary>Appends one cell to the current row.</summary>
    public CsvWriter Cell(string? cell)
    {
        if (_rowStarted)
        {
            _text.Append(',');
        }

        _rowStarted = true;
        Append(_text, cell);
        return this;
    }

    public CsvWriter EndRow()
    {
        _text.Append("\r\n");
        _rowStarted = false;
        return this;
    }

    public override string ToString() => _text.ToString();

    /// <summary>UTF-8 with a byte-order mark, so Excel does not read "Nurlanová" as mojibake.</summary>
    public byte[] ToUtf8WithBom()
    {
        var text = _text.ToString();
        var preamble = Encoding.UTF8.Preamble;
        var bytes = new byte[preamble.Length + Encoding.UTF8.GetByteCount(text)];
        preamble.CopyTo(bytes);
        Encoding.UTF8.GetBytes(text, bytes.AsSpan(preamble.Length));
        return bytes;
    }

    public static string Escape(string? cell)
    {
        var text = new StringBuilder();
        Append(text, cell);
        return text.ToString();
    }

    private static void Append(StringBuilder text, string? cell)
    {
        var value = (cell ?? string.Empty).AsSpan();
        var formula = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
        if (value.IndexOfAny(NeedsQuotes) < 0)
        {
            text.Append(formula ? "'" : string.Empty).Append(value);
            return;
        }

        text.Append('"').Append(formula ? "'" : string.Empty);
        int quote;
        while ((quote = value.IndexOf('"')) >= 0)
        {
            text.Append(value[..(quote + 1)]).Append('"');
            value = value[(quote + 1)..];
        }

        text.Append(value).Append('"');
    }
}
