namespace IRLearn.QuestionGeneration.Cleaning;

/// <summary>
/// Which line breaks inside a block of text (lines with no blank line between them) end a paragraph. A page selected in
/// a browser and pasted puts each menu item, byline, caption and paragraph on a line of its own with no blank line
/// between them, while a hard-wrapped file breaks its lines inside sentences. A break is a wrap when the block is wrapped
/// at one width (every line but the last about as long as the longest), or when the line before does not end like a
/// sentence and either the next line goes on in lower case or the line before is as long as a wrapped line (and the next
/// is not the byline or timestamp under a headline).
/// </summary>
public static class LineBreaks
{
    /// <summary>A line at least this long that does not end like a sentence was wrapped.</summary>
    private const int WrappedLineLength = 60;

    /// <summary>Nobody wraps text this wide: a longer line is a paragraph of its own, as a browser copies one.</summary>
    private const int MaxWrapWidth = 100;

    /// <summary>A printed page's line in a proportional type holds up to this many characters (an A4 or letter page, small type).</summary>
    private const int MaxPrintedWidth = 130;

    /// <summary>A block copied from a printed page is known by its width when it has this many lines.</summary>
    private const int MinPrintedLines = 5;

    /// <summary>How much shorter than the longest line a wrapped line may be (the next word did not fit).</summary>
    private const int WrapSlack = 25;

    /// <summary>The block's lines grouped into paragraphs, in order; blank lines are not expected here.</summary>
    public static List<List<string>> Paragraphs(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count < 2 || WrappedAtOneWidth(lines))
        {
            return lines.Count == 0 ? [] : [[.. lines]];
        }

        var width = PrintedWidth(lines);
        var paragraphs = new List<List<string>> { new() { lines[0] } };
        for (var i = 1; i < lines.Count; i++)
        {
            if (Continues(lines[i - 1], lines[i], width))
            {
                paragraphs[^1].Add(lines[i]);
            }
            else
            {
                paragraphs.Add([lines[i]]);
            }
        }

        return paragraphs;
    }

    /// <summary>
    /// Whether <paramref name="line"/> goes on with the paragraph that <paramref name="previous"/> is part of; a block copied
    /// from a printed page (<see cref="PrintedWidth"/>) wraps as wide as its <paramref name="printedWidth"/>.
    /// </summary>
    public static bool Continues(string previous, string line, int printedWidth = 0)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(line);
        var before = previous.TrimEnd();
        var after = line.TrimStart();
        if (before.Length == 0 || after.Length == 0 || before.Length > Math.Max(MaxWrapWidth, printedWidth))
        {
            return false;
        }

        if (before[^1] is '.' or '!' or '?' or '"' or '”' or '…' or ':' or ']')
        {
            return false;
        }

        // A page's markers for screen readers ("list of 4 items", "list 1 of 4") are lines of their own in lower case.
        if (BoilerplatePatterns.IsListBoxMarker(before) || BoilerplatePatterns.IsListBoxMarker(after.TrimEnd()))
        {
            return false;
        }

        if (char.IsLower(after[0]))
        {
            return true;
        }

        // A headline as long as a wrapped line, with its byline or timestamp under it ("… Lake Balkhash Shrinks" / "By RFE/RL"),
        // or a caption that ends in its credit ("… on March 11.PHOTO: AFP" / "Chalida Ong") ends there.
        return before.Length >= WrappedLineLength && !BoilerplatePatterns.IsBylineOrTimestamp(after) && !BoilerplatePatterns.EndsWithCredit(before);
    }

    // Text copied from a PDF: a block of five lines or more, none longer than a printed line, two thirds of them within a
    // few words of the longest, with headings, list items and paragraph ends between. Its width, or 0.
    private static int PrintedWidth(IReadOnlyList<string> lines)
    {
        if (lines.Count < MinPrintedLines)
        {
            return 0;
        }

        var lengths = lines.Select(l => l.Trim().Length).ToList();
        var width = lengths.Max();
        return width <= MaxPrintedWidth && lengths.Count(l => l >= width - WrapSlack) * 3 >= lengths.Count * 2 ? width : 0;
    }

    // Three lines or more, every one but the last within a few words of the longest: text wrapped at one width, whose
    // sentences may end at a line's end without ending the paragraph.
    private static bool WrappedAtOneWidth(IReadOnlyList<string> lines)
    {
        if (lines.Count < 3)
        {
            return false;
        }

        var wrapped = lines.Take(lines.Count - 1).Select(l => l.Trim().Length).ToList();
        var width = wrapped.Max();
        return width is >= WrappedLineLength and <= MaxWrapWidth && wrapped.Min() >= width - WrapSlack;
    }
}
