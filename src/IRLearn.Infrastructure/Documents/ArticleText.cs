using System.Text;
using IRLearn.Domain.Common;
using IRLearn.QuestionGeneration.Cleaning;

namespace IRLearn.Infrastructure.Documents;

/// <summary>
/// What an extractor found: a title when the document states one, its paragraphs in order, the blocks
/// it left out as page furniture around the article (captions, asides, related lists), for the instructor,
/// a timestamp line when the document states when it was published, and the section it is filed under
/// ("Opinion") when its metadata says.
/// </summary>
public sealed record ExtractedDocument(string? Title, IReadOnlyList<string> Paragraphs, IReadOnlyList<string>? Removed = null, string? Published = null, string? Section = null);

/// <summary>
/// Builds the one text format every reader returns, the "scraped" format the generator is tuned on:
/// the title line, a blank line, then paragraphs separated by blank lines, with "\n" newlines.
/// </summary>
public static class ArticleText
{
    /// <summary>Longer than this, a first paragraph is prose rather than a headline.</summary>
    public const int MaxTitleLength = 200;

    public static string Compose(ExtractedDocument document)
    {
        var title = document.Title is null ? null : CleanInline(document.Title);
        var paragraphs = document.Paragraphs.Select(CleanInline).Where(p => p.Length > 0).ToList();
        var published = document.Published is null ? string.Empty : CleanInline(document.Published);
        if (string.IsNullOrEmpty(title))
        {
            // Without a title the first line would be taken for one, so the timestamp goes last.
            return string.Join("\n\n", published.Length > 0 && paragraphs.Count > 0 ? [.. paragraphs, published] : paragraphs);
        }

        // Documents usually repeat their title as the first heading, below any site furniture; say it once.
        var headline = BoilerplateRemover.HeadlineIndex(paragraphs);
        if (paragraphs.Count > headline && string.Equals(paragraphs[headline], title, StringComparison.OrdinalIgnoreCase))
        {
            paragraphs.RemoveAt(headline);
        }

        // The timestamp stands under the headline, as on the page, and the section label above it.
        if (published.Length > 0 && paragraphs.Count > 0)
        {
            paragraphs.Insert(0, published);
        }

        var section = document.Section is null ? string.Empty : CleanInline(document.Section);
        if (section.Length > 0 && paragraphs.Count > 0)
        {
            paragraphs.Insert(0, section);
        }

        return paragraphs.Count == 0 ? title : title + "\n\n" + string.Join("\n\n", paragraphs);
    }

    /// <summary>Unix newlines only, so offsets and blank-line splitting behave the same for every source.</summary>
    public static string NormaliseNewlines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    /// <summary>
    /// One paragraph on one line: whitespace runs (including no-break spaces and tabs) become one space,
    /// and invisible characters that break word matching (soft hyphens, zero-width spaces, BOMs) go, as
    /// do the bidirectional embedding, override and isolate controls (<see cref="BidiControls"/>).
    /// </summary>
    public static string CleanInline(string paragraph)
    {
        var builder = new StringBuilder(paragraph.Length);
        var pendingSpace = false;
        foreach (var c in paragraph)
        {
            if (c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' || BidiControls.IsBidiControl(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Joins the lines of one visual paragraph. A line ending in a letter and a hyphen, followed by
    /// a line starting in lower case, is a word split by the layout ("inter-" + "national"), so the
    /// hyphen goes. This misjoins the rare compound that breaks at its own hyphen ("well-" + "known");
    /// PDFs hyphenate at line ends far more often than that.
    /// </summary>
    public static string JoinLines(IEnumerable<string> lines)
    {
        var builder = new StringBuilder();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (builder.Length == 0)
            {
                builder.Append(line);
            }
            else if (EndsWithSplitWord(builder) && char.IsLower(line[0]))
            {
                builder.Length--;
                builder.Append(line);
            }
            else
            {
                builder.Append(' ').Append(line);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The first paragraph after any site furniture when it reads like a headline: short, and not ending like a sentence
    /// (a question mark is allowed: "Skynet or Strategic Supremacy?"). Null otherwise.
    /// </summary>
    public static string? GuessTitle(IReadOnlyList<string> paragraphs)
    {
        // "Skip to main content", a section name or the site's motto above the headline is the site's, not the article's.
        var skip = BoilerplateRemover.HeadlineIndex(paragraphs);
        if (paragraphs.Count - skip < 2)
        {
            return null;
        }

        var first = CleanInline(paragraphs[skip]);
        return first.Length is > 0 and <= MaxTitleLength && first[^1] is not ('.' or ',' or ';' or ':' or '…')
            ? first
            : null;
    }

    /// <summary>Splits text on blank lines (lines holding only whitespace) into blocks of lines.</summary>
    public static List<List<string>> SplitBlocks(string text)
    {
        var blocks = new List<List<string>>();
        var current = new List<string>();
        foreach (var line in NormaliseNewlines(text).Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                if (current.Count > 0)
                {
                    blocks.Add(current);
                    current = [];
                }

                continue;
            }

            current.Add(line);
        }

        if (current.Count > 0)
        {
            blocks.Add(current);
        }

        return blocks;
    }

    private static bool EndsWithSplitWord(StringBuilder builder) =>
        builder.Length >= 2 && builder[^1] == '-' && char.IsLetter(builder[^2]);
}
