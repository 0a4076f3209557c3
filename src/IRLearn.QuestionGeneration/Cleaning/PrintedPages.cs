using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Cleaning;

/// <summary>
/// Text copied from a document printed over several pages (a PDF viewer's select-all, a page a browser saved as PDF)
/// carries each page's furniture between its paragraphs: the page number ("2/5", "Page 2 of 4") and, beside it, the
/// running header and footer (a series name, a browser's "12/7/26, 9:43 AM", the page's title, its address), and it cuts
/// the paragraph that runs over the break in two. When the text counts its pages, the blocks that stand beside two page
/// numbers or more, alike but for their figures, go with the numbers, and a paragraph cut by a break is whole again.
/// </summary>
public static partial class PrintedPages
{
    /// <summary>How far from a page number a page's header or footer stands, in blocks.</summary>
    private const int FurnitureReach = 3;

    /// <summary>
    /// A header or footer is one printed line, however long a browser makes it ("12/7/26, 9:44 AM" and the page's whole
    /// title); more words than a printed line holds are a block the layout did not break, not a header.
    /// </summary>
    private const int MaxFurnitureWords = 30;

    /// <summary>A printed page holds a heading and paragraphs, or a header, paragraphs and a footer: this many blocks at least.</summary>
    private const int MinBlocksPerPage = 5;

    /// <summary>A paragraph broken off by the page is longer than a heading: more than a line.</summary>
    private const int MinBrokenParagraph = 100;

    private static readonly FrozenSet<string> BrokenOffWords = Lexicon.Default.Set(StringComparer.Ordinal, "brokenOffWords");

    // "3", "- 3 -", "Page 3", "3/12", "Page 3 of 12", "iv": a page's number, as a footer or a header prints it.
    [GeneratedRegex(@"^(?:page\s*)?[-–—]?\s*([0-9]{1,4})\s*[-–—]?(?:\s*(?:of|/)\s*[0-9]{1,4})?$|^[ivxlc]{1,7}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();

    /// <summary>Whether a line is nothing but a page's number ("3", "- 3 -", "Page 3 of 12", "3/12", "iv").</summary>
    public static bool IsPageNumber(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return PageNumber().IsMatch(line.Trim());
    }

    /// <summary>Whether a block is short enough to be a page's header or footer: one printed line, however long a browser makes it.</summary>
    public static bool FitsOnALine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxFurnitureWords;
    }

    /// <summary>The blocks without the pages' furniture, which goes to <paramref name="removed"/> once per kind.</summary>
    public static List<string> Remove(IReadOnlyList<string> blocks, List<string> removed)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(removed);
        var numbers = PageNumbers(blocks).ToHashSet();
        if (numbers.Count < 2)
        {
            return [.. blocks];
        }

        // What stands again beside another page number, alike but for its figures, is the pages' header or footer.
        var nearNumber = numbers.SelectMany(i => Enumerable.Range(i - FurnitureReach, (2 * FurnitureReach) + 1))
            .Where(i => i >= 0 && i < blocks.Count && FitsOnALine(blocks[i]))
            .ToHashSet();
        var furniture = nearNumber.GroupBy(i => Pattern(blocks[i])).Where(g => g.Count() >= 2).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);

        var kept = new List<string>();
        var shown = new HashSet<string>(StringComparer.Ordinal);
        var afterBreak = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            var pattern = Pattern(blocks[i]);
            if (numbers.Contains(i) || furniture.Contains(pattern) && nearNumber.Contains(i))
            {
                if (shown.Add(pattern))
                {
                    removed.Add(blocks[i]);
                }

                afterBreak = kept.Count > 0;
                continue;
            }

            if (afterBreak && Continues(kept[^1], blocks[i]))
            {
                kept[^1] += " " + blocks[i];
            }
            else
            {
                kept.Add(blocks[i]);
            }

            afterBreak = false;
        }

        return kept;
    }

    /// <summary>
    /// A page that ends mid-sentence and a next page that starts in lower case are one paragraph; so are a page whose
    /// paragraph of several lines breaks off after a comma or a small word ("… port tariffs, and") and a next page that
    /// starts with a name. A short line without a full stop is a heading, and what follows it starts afresh.
    /// </summary>
    public static bool Continues(string previous, string next)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(next);
        return previous.Length > 0 && next.Length > 0
            && previous[^1] is not ('.' or '!' or '?' or ':' or '"' or '\u201D' or '\u2019')
            && (char.IsLower(next[0]) || (previous.Length > MinBrokenParagraph && BreaksOffMidClause(previous)));
    }

    // "… tariffs, and" or "… signed by the": the sentence cannot end there.
    private static bool BreaksOffMidClause(string text)
    {
        var lastWord = text[(text.LastIndexOf(' ') + 1)..];
        return text[^1] is ',' or ';' || (lastWord.Length > 0 && lastWord.All(char.IsLower) && BrokenOffWords.Contains(lastWord));
    }

    // The blocks that number the pages, "1/5" or "Page 2 of 4" or a bare "3" (not "iv", which does not count), in order: each one more than the last,
    // from a first page of 1 or 2, a page's worth of blocks after it. A fraction in a table, a chart's axis or the numbers
    // of a list of notes, one under the other, do not count up so.
    private static List<int> PageNumbers(IReadOnlyList<string> blocks)
    {
        var found = new List<int>();
        var next = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            var match = PageNumber().Match(blocks[i]);
            if (!match.Success || !int.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var page))
            {
                continue;
            }

            if (found.Count == 0 ? page is 1 or 2 : page == next && i - found[^1] >= MinBlocksPerPage)
            {
                found.Add(i);
                next = page + 1;
            }
        }

        return found;
    }

    /// <summary>A block's text with its figures masked and its case and spaces dropped: a page's header is the same on every page.</summary>
    public static string Pattern(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                if (builder.Length == 0 || builder[^1] != '#')
                {
                    builder.Append('#');
                }
            }
            else if (!char.IsWhiteSpace(c))
            {
                builder.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
