using System.Text;

namespace IRLearn.Application.Grading.Common;

/// <summary>
/// Writes CSV that spreadsheet programs open cleanly and safely: RFC 4180 quoting (fields with a
/// comma, quote, CR or LF are quoted; quotes doubled; CRLF line ends), and cells that a spreadsheet
/// would run as a formula (starting with = + - @ tab or CR) are prefixed with a single quote, as
/// OWASP recommends against CSV injection. The byte-order mark is added by <see cref="ToUtf8WithBom"/>.
/// </summary>
public sealed class CsvWriter
{
    private readonly StringBuilder _text = new();

    public CsvWriter Row(params IEnumerable<string?> cells)
    {
        _text.AppendJoin(',', cells.Select(Escape)).Append("\r\n");
        return this;
    }

    public override string ToString() => _text.ToString();

    /// <summary>UTF-8 with a byte-order mark, so Excel does not read "Nurlanová" as mojibake.</summary>
    public byte[] ToUtf8WithBom() => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(_text.ToString())];

    public static string Escape(string? cell)
    {
        var text = cell ?? string.Empty;
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
    }
}
