using IRLearn.QuestionGeneration.Cleaning;
using UglyToad.PdfPig;

namespace IRLearn.Infrastructure.Documents;

/// <summary>
/// Reads .pdf with PdfPig. Each page is laid out as lines (<see cref="PdfPageLayout"/>), with a paragraph break where the
/// layout leaves a gap; lines are then joined into paragraphs and words hyphenated across a line end are mended. What the
/// page prints around the text is set aside in <see cref="ExtractedDocument.Removed"/>: a running header or footer (a
/// line at the top or foot of two pages or more that differs only in its figures, such as a report's series name or a
/// browser's "12/7/26, 9:33 AM" and "https://… 2/5"), a page number, and the notes set small at the foot of a page. A
/// paragraph that runs onto the next page is then rejoined across them.
/// Throws PdfPig's exceptions for a damaged file; the caller reports them.
/// </summary>
public static class PdfExtractor
{
    /// <summary>How many lines at the top of a page may be its running header.</summary>
    private const int HeaderLines = 2;

    /// <summary>How many lines at the foot of a page may be its running footer and page number.</summary>
    private const int FooterLines = 3;

    /// <summary>How many of the first paragraphs may be the heading a title field wraps in a site's name.</summary>
    private const int TitleSearch = 20;

    /// <summary>A heading the title field holds is a headline, not a name of a word or two ("Home | Whitcombe Institute").</summary>
    private const int MinHeadingWords = 4;

    /// <summary>Notes at the foot of a page are set smaller than the text: at most this share of its size.</summary>
    private const double NoteSize = 0.9;

    public static ExtractedDocument Extract(byte[] pdf, CancellationToken cancellationToken = default)
    {
        using var document = PdfDocument.Open(pdf);
        var pages = new List<List<PdfLine>>();
        foreach (var page in document.GetPages())
        {
            cancellationToken.ThrowIfCancellationRequested();
            pages.Add(PdfPageLayout.Lines(page.Letters));
        }

        var candidates = pages.Select(MarginCandidates).ToList();
        var running = RunningLines(candidates);
        var textSize = TextSize(pages);
        var paragraphs = new List<string>();
        var removed = new List<string>();
        var marginsSeen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (lines, candidate) in pages.Zip(candidates))
        {
            var margins = Margins(candidate, running);
            var notes = FootNotes(lines, margins, textSize);
            // A running header or footer, or a page number, is shown to the instructor once, as it first stands.
            removed.AddRange(margins.Where(l => marginsSeen.Add(PrintedPages.Pattern(l.Text))).Select(l => l.Text));
            removed.AddRange(Paragraphs(notes));

            var pageParagraphs = Paragraphs(lines.Where(l => !margins.Contains(l) && !notes.Contains(l)));
            if (pageParagraphs.Count == 0)
            {
                continue;
            }

            if (paragraphs.Count > 0 && PrintedPages.Continues(paragraphs[^1], pageParagraphs[0]))
            {
                paragraphs[^1] = ArticleText.JoinLines([paragraphs[^1], pageParagraphs[0]]);
                pageParagraphs.RemoveAt(0);
            }

            paragraphs.AddRange(pageParagraphs);
        }

        var title = UsefulTitle(document.Information.Title, paragraphs) ?? ArticleText.GuessTitle(paragraphs);
        return new ExtractedDocument(title, paragraphs, removed.Count > 0 ? removed : null);
    }

    private static List<string> Paragraphs(IEnumerable<PdfLine> lines)
    {
        var paragraphs = new List<List<string>>();
        foreach (var line in lines)
        {
            // Text drawn at the top of the next column goes on with the paragraph the column before broke off.
            var goesOn = paragraphs.Count > 0
                && (!line.StartsParagraph || line.Elsewhere && PrintedPages.Continues(ArticleText.JoinLines(paragraphs[^1]), line.Text));
            if (!goesOn)
            {
                paragraphs.Add([]);
            }

            paragraphs[^1].Add(line.Text);
        }

        return paragraphs.Select(ArticleText.JoinLines).Where(p => p.Length > 0).ToList();
    }

    // The few lines at the top and the foot of a page, where headers, footers and page numbers are printed.
    private static List<PdfLine> MarginCandidates(List<PdfLine> lines)
    {
        var byHeight = lines.OrderByDescending(l => l.Baseline).ToList();
        return [.. byHeight.Take(HeaderLines), .. byHeight.Skip(HeaderLines).TakeLast(FooterLines)];
    }

    // Patterns of the lines that stand in the margins of two pages or more.
    private static HashSet<string> RunningLines(List<List<PdfLine>> candidates)
    {
        var pagesWith = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var lines in candidates)
        {
            foreach (var pattern in lines.Where(l => PrintedPages.FitsOnALine(l.Text)).Select(l => PrintedPages.Pattern(l.Text)).Distinct())
            {
                pagesWith[pattern] = pagesWith.GetValueOrDefault(pattern) + 1;
            }
        }

        return pagesWith.Where(p => p.Value >= 2 && p.Key.Length > 0).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
    }

    private static HashSet<PdfLine> Margins(List<PdfLine> candidates, HashSet<string> running) =>
        candidates
            .Where(l => PrintedPages.IsPageNumber(l.Text) || (PrintedPages.FitsOnALine(l.Text) && running.Contains(PrintedPages.Pattern(l.Text))))
            .ToHashSet();

    // The size most of the document's text is set in.
    private static double TextSize(List<List<PdfLine>> pages) =>
        pages.SelectMany(p => p)
            .GroupBy(l => Math.Round(l.Size))
            .OrderByDescending(g => g.Sum(l => l.Text.Length))
            .Select(g => g.Key)
            .FirstOrDefault();

    // Lines set smaller than the text below the page's last line of text, the first of them opening with a note's
    // number or mark: "1 Convention on the Legal Status of the Caspian Sea, 2018."
    private static HashSet<PdfLine> FootNotes(List<PdfLine> lines, HashSet<PdfLine> margins, double textSize)
    {
        var kept = lines.Where(l => !margins.Contains(l)).ToList();
        var text = kept.Where(l => Math.Round(l.Size) >= textSize).ToList();
        if (text.Count == 0)
        {
            return [];
        }

        var lastText = text.Min(l => l.Baseline);
        var notes = kept.Where(l => l.Baseline < lastText && l.Size < textSize * NoteSize).ToList();
        var top = notes.OrderByDescending(l => l.Baseline).FirstOrDefault();
        return top is not null && top.Text.Length > 0 && PdfPageLayout.IsNoteSign(top.Text[0])
            ? notes.ToHashSet()
            : [];
    }

    // Word and other tools stamp file names into the title field ("Microsoft Word - draft3.docx"); a browser prints the
    // page's title, site name and all ("Thin Ice: … Barents Sea | Whitcombe Institute"), where the heading on the page is
    // the headline alone.
    private static string? UsefulTitle(string? title, IReadOnlyList<string> paragraphs)
    {
        var clean = ArticleText.CleanInline(title ?? string.Empty);
        if (clean.Length == 0
            || clean.StartsWith("Microsoft Word - ", StringComparison.OrdinalIgnoreCase)
            || Path.GetExtension(clean).ToLowerInvariant() is ".doc" or ".docx" or ".pdf" or ".odt" or ".rtf" or ".tex")
        {
            return null;
        }

        // The heading is the larger part of the field, and a headline of some words; the site's name, a series code or
        // a logo's words are the rest.
        return paragraphs.Take(TitleSearch)
            .Select(ArticleText.CleanInline)
            .Where(p => p.Length * 2 > clean.Length && p.Length < clean.Length
                && p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinHeadingWords
                && (clean.StartsWith(p + " ", StringComparison.Ordinal) || clean.EndsWith(" " + p, StringComparison.Ordinal)))
            .MaxBy(p => p.Length) ?? clean;
    }
}
