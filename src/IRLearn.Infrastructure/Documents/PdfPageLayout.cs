using System.Text;
using UglyToad.PdfPig.Content;

namespace IRLearn.Infrastructure.Documents;

/// <summary>
/// One printed line of a PDF page: its text, where its baseline stands, its type size, whether a paragraph gap is above it,
/// and whether it is drawn well above the line before (<paramref name="Elsewhere"/>: the top of the next column, or a block
/// the page places on its own), where a paragraph may go on or a new one start.
/// </summary>
internal sealed record PdfLine(string Text, double Baseline, double Size, bool StartsParagraph, bool Elsewhere = false);

/// <summary>
/// Lays a PDF page's letters out as lines, in the order the file draws them (which is reading order for what word
/// processors, browsers and typesetters write, columns included). A new line starts where the baseline moves by most of
/// a line, and a paragraph where it drops by more than one and a half, or climbs to text drawn elsewhere. A note mark set small and raised after a word
/// ("… bilateral deals.¹") is left out, so the sentence still ends like one; typographic ligatures ("ﬁ") are spelt out.
/// </summary>
internal static class PdfPageLayout
{
    /// <summary>A baseline this many type sizes away is another line.</summary>
    private const double NewLine = 0.9;

    /// <summary>A baseline this many type sizes lower is past a paragraph gap.</summary>
    private const double ParagraphGap = 1.7;

    /// <summary>
    /// A baseline this many type sizes higher is text drawn elsewhere on the page: the next column's top, or a block placed
    /// on its own. A chart's labels climb its axis a few lines at a time and stay one paragraph.
    /// </summary>
    private const double Elsewhere = 10;

    /// <summary>A gap between two letters wider than this many type sizes is a word space.</summary>
    private const double WordSpace = 0.2;

    /// <summary>A note mark is set at most this share of the text's size ...</summary>
    private const double MarkSize = 0.85;

    /// <summary>... raised by at least this share of it and less than a line (<see cref="MarkRaiseMax"/>) ...</summary>
    private const double MarkRaise = 0.15;

    private const double MarkRaiseMax = 0.7;

    /// <summary>... and set right after it, within this many of its sizes.</summary>
    private const double MarkGap = 1.0;

    public static List<PdfLine> Lines(IReadOnlyList<Letter> letters)
    {
        ArgumentNullException.ThrowIfNull(letters);
        var lines = new List<PdfLine>();
        var text = new StringBuilder();
        Letter? first = null;
        Letter? last = null;
        var lastEnd = 0.0;
        var pendingSpace = false;
        var startsParagraph = true;
        var elsewhere = false;
        foreach (var letter in letters)
        {
            if (string.IsNullOrEmpty(letter.Value))
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(letter.Value))
            {
                pendingSpace = text.Length > 0;
                continue;
            }

            if (last is not null)
            {
                if (IsNoteMark(last, lastEnd, letter))
                {
                    lastEnd = letter.EndBaseLine.X;
                    continue;
                }

                var size = Math.Min(Math.Round(last.PointSize), Math.Round(letter.PointSize));
                var drop = last.StartBaseLine.Y - letter.StartBaseLine.Y;
                if (Math.Abs(drop) > size * NewLine)
                {
                    lines.Add(new PdfLine(text.ToString(), first!.StartBaseLine.Y, Math.Round(first.PointSize, 1), startsParagraph, elsewhere));
                    elsewhere = -drop > size * Elsewhere;
                    startsParagraph = drop > size * ParagraphGap || elsewhere;
                    text.Clear();
                    pendingSpace = false;
                }
                else if (pendingSpace || Math.Abs(letter.StartBaseLine.X - lastEnd) > size * WordSpace)
                {
                    // A gap, or a jump back along the line to text drawn out of order ("1" at the right, then the address).
                    text.Append(' ');
                }
            }

            if (text.Length == 0)
            {
                first = letter;
            }

            text.Append(SpellOutLigatures(letter.Value));
            pendingSpace = false;
            last = letter;
            lastEnd = letter.EndBaseLine.X;
        }

        if (text.Length > 0)
        {
            lines.Add(new PdfLine(text.ToString(), first!.StartBaseLine.Y, Math.Round(first.PointSize, 1), startsParagraph, elsewhere));
        }

        return lines;
    }

    // A digit, asterisk or dagger set small and raised just after the text it follows: "deals.¹", "programme²".
    private static bool IsNoteMark(Letter text, double textEnd, Letter letter)
    {
        var raise = letter.StartBaseLine.Y - text.StartBaseLine.Y;
        var gap = letter.StartBaseLine.X - textEnd;
        return letter.Value.Length == 1
            && IsNoteSign(letter.Value[0])
            && letter.PointSize < text.PointSize * MarkSize
            && raise > text.PointSize * MarkRaise && raise < text.PointSize * MarkRaiseMax
            && gap > -text.PointSize * MarkGap && gap < text.PointSize * MarkGap;
    }

    /// <summary>What numbers or marks a note: a digit, an asterisk, a dagger or a double dagger.</summary>
    internal static bool IsNoteSign(char c) => char.IsAsciiDigit(c) || c is '*' or '\u2020' or '\u2021';

    /// <summary>The letters of a typesetter's ligature (U+FB00–U+FB06: "ff", "fi", "fl", "ffi", "ffl", "st"); any other glyph as it is.</summary>
    internal static string SpellOutLigatures(string value) =>
        value.Length == 1 && value[0] is >= '\uFB00' and <= '\uFB06'
            ? value.Normalize(NormalizationForm.FormKC)
            : value;
}
