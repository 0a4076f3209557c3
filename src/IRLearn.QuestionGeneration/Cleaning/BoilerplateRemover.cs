using System.Text;
using System.Text.RegularExpressions;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Cleaning;

/// <summary>
/// Separates the article from what a web page wraps around it: the dek, bylines and timestamps, image
/// credits and captions, video cards, author bios, related and most-read lists, newsletter and share
/// prompts, pull quotes, and wire-service datelines. Works block by block (blocks are separated by
/// blank lines) because that is how scraped pages arrive; <see cref="ArticleBodyFinder"/> decides which
/// blocks are the article. Every removed block is listed in <see cref="CleanedArticle.Removed"/>.
/// </summary>
public static partial class BoilerplateRemover
{
    // An inline pointer to another story inside a paragraph: "[Read: Why the talks stalled]".
    [GeneratedRegex(@"\s*\[(?:Read|Read more|Related|See|See also|Also read|Watch|Listen|More)\s*:[^\[\]]{1,200}\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlinePointer();

    // A reference mark to a note glued to the words it qualifies: "… on trade.[1]", "… the council[12] said", a run of them
    // ("… in 2024.[12][13]"), a lettered note after its stop ("… in 2019.[a]", "[note 2]"; "give[s]" is an editor's letter,
    // not a note), and what a copied wiki page keeps of its editing: "Background[edit]", "… in 2024.[citation needed]".
    [GeneratedRegex(@"(?<=[\p{L}.,;:!?”"")’\]])\[(?:[0-9]{1,3}|(?:note|nb) [0-9]{1,3})\]|(?<=[.,;:!?”"")’\]])\[[a-z]\]|(?<=\S)\[(?:edit|citation needed|better source needed|failed verification|clarification needed|dubious(?: – discuss)?|page needed|full citation needed|when\?|who\?|which\?|according to whom\?|unreliable source\?|original research\?)\]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NoteReference();

    // A note's number that a copy from a PDF glues to the end of a sentence, where it was set small and raised: "… by
    // bilateral deals.1 Kazakhstan and …". Only after a word's last letters and a full stop, and before a capital, so
    // "the U.S.2 plan", "version 2.1" and "3.5 million" are not touched.
    [GeneratedRegex(@"(?<=\p{Ll}\p{Ll}[.!?][”"")’]?)[0-9]{1,3}(?=\s+[“""‘(]?\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex GluedNoteNumber();

    [GeneratedRegex(@"^\s*(?:#{1,6}\s+|[-*•]\s+|>\s*)", RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownPrefix();

    [GeneratedRegex(@"^[0-9]{1,2}(?:\.[0-9]{1,2})*\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex ContentsEntry();

    [GeneratedRegex(@"\*\*|__", RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownEmphasis();

    // A title that ends in an initialism keeps its last full stop: "… Ambassador to the U.N.", "… Relations With U.S.".
    [GeneratedRegex(@"(?<![\p{L}.])(?:\p{Lu}\.){2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex FinalInitialism();

    /// <summary>How many lines of site furniture may stand above the headline before the first line is taken for it.</summary>
    private const int MaxFurnitureAboveTitle = 6;

    /// <summary>
    /// How far down the page a headline is looked for when the first line after the furniture is not about the article: a
    /// page selected whole and pasted brings its menus, a hundred lines and more of them.
    /// </summary>
    private const int MaxHeadlineSearch = 200;

    /// <summary>How many of the article's first paragraphs a headline is compared with.</summary>
    private const int LeadParagraphs = 3;

    /// <summary>A running header is a line or two; a longer block seen twice is a repeated paragraph, not a header.</summary>
    private const int MaxRunningHeaderWords = 14;

    /// <summary>A kicker over a headline is a few words ("Into the abyss"); a headline is longer.</summary>
    private const int MaxKickerWords = 4;

    /// <summary>How many content words a line must share with the lead to be about the article.</summary>
    private const int HeadlineSharedWords = 2;

    // A meetings record's headline runs to 300 characters; in title case, at least 8 words of four letters or more, 80 % capitalised.
    private const int MaxLongTitleLength = 300;
    private const int MinLongTitleWords = 8;
    private const double LongTitleCapitalShare = 0.8;

    public static CleanedArticle Clean(string rawText, string? title = null)
    {
        var removed = new List<string>();
        var blocks = PrintedPages.Remove(SplitBlocks(rawText).Select(b => b.Text).ToList(), removed).Select(t => new RawBlock(t)).ToList();
        var start = 0;

        // Site furniture a scraper keeps above the headline ("Skip to main content", a section name such as "World", the
        // site's own name and motto) is neither the title nor the article.
        var furniture = HeadlineIndex(blocks.Select(b => b.Text).ToList());
        string resolvedTitle;
        if (!string.IsNullOrWhiteSpace(title))
        {
            resolvedTitle = Words.CollapseSpace(title);
            if (blocks.Count > furniture && Words.Normalize(blocks[furniture].Text) == Words.Normalize(resolvedTitle))
            {
                removed.AddRange(blocks.Take(furniture).Select(b => b.Text));
                start = furniture + 1;
            }
        }
        else
        {
            removed.AddRange(blocks.Take(furniture).Select(b => b.Text));
            start = furniture;
            if (blocks.Count - start > 1 && LooksLikeHeadline(blocks[start].Text))
            {
                resolvedTitle = blocks[start].Text;
                start++;
            }
            else
            {
                resolvedTitle = FallbackTitle(blocks.Count > start ? blocks[start].Text : string.Empty);
            }
        }

        // Inline pointers to other stories go first, so that the paragraph around them is judged as the prose it is.
        for (var i = start; i < blocks.Count; i++)
        {
            blocks[i] = new RawBlock(StripInlinePointers(StripNoteReferences(blocks[i].Text), removed));
        }

        var kinds = ArticleBodyFinder.Classify(blocks.Skip(start).Select(b => b.Text).ToList());
        var firstBody = Array.FindIndex(kinds, k => k == BlockKind.Body) + start;

        var text = new StringBuilder(rawText.Length);
        var kept = new List<ArticleBlock>();
        for (var i = start; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var kind = kinds[i - start];
            if (kind is not (BlockKind.Body or BlockKind.Heading))
            {
                removed.Add(block.Text);
                continue;
            }

            var content = kind == BlockKind.Body ? StripDateline(block.Text, i == firstBody, removed) : block.Text;
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            kept.Add(new ArticleBlock(new TextRange(text.Length, content.Length), kind == BlockKind.Heading));
            text.Append(content);
        }

        return new CleanedArticle(resolvedTitle, text.ToString(), kept, removed);
    }

    /// <summary>
    /// Where a page's headline stands: after the site furniture above it (<see cref="FurnitureAboveTitle"/>), unless the line
    /// there is not about the article while a later title-like line above the article's first paragraph is. A site's name
    /// or motto ("Global news, data and analysis for professionals") shares at most one content word with the article's
    /// lead; its headline shares two or more. Everything above the headline is the site's.
    /// </summary>
    public static int HeadlineIndex(IReadOnlyList<string> page)
    {
        ArgumentNullException.ThrowIfNull(page);

        // Reference marks and a wiki page's "[edit]" links say nothing of where the article starts, and hide its prose.
        var blocks = page.Select(StripNoteReferences).ToList();
        var first = FurnitureAboveTitle(blocks.Take(MaxFurnitureAboveTitle + 1).ToList());
        while (first < Math.Min(blocks.Count - 1, MaxFurnitureAboveTitle) && (IsRunningHeader(blocks, first) || IsLetterSpaced(blocks[first]) || BoilerplatePatterns.IsSeriesLabel(blocks[first])))
        {
            // "BRIEF / 12 | 2024 · Institute for Security Studies" stands again atop every page of a report: it is the
            // document's running header, not its title. A letterhead set in spaced capitals ("N O R D I C  I N S T I T U T E")
            // comes out of a PDF as single letters, and "Working Paper No. 2025-07" numbers the paper: neither is its headline.
            first++;
        }

        if (blocks.Count - first < 3 || AboveByline(blocks, first))
        {
            // Standing where a headline stands, right above its byline or under a dek above it, it is the headline whatever
            // its words: a headline may speak in images ("The Small Miracle Nobody Noticed"). Only a page without that shape
            // pays for a look at its body.
            return first;
        }

        var kinds = ArticleBodyFinder.Classify(blocks.Skip(first).ToList());
        // The lead is the first paragraph of prose: a headline the body finder kept at the top of the body is not.
        var lead = Enumerable.Range(0, kinds.Length).FirstOrDefault(i => kinds[i] == BlockKind.Body && !LooksLikeHeadline(blocks[first + i]), -1);
        if (lead <= 1)
        {
            return first;
        }

        var leadWords = Enumerable.Range(lead, kinds.Length - lead).Where(i => kinds[i] == BlockKind.Body).Take(LeadParagraphs)
            .SelectMany(i => Words.ContentWords(blocks[first + i])).Select(Stem).ToHashSet(StringComparer.Ordinal);
        int Shared(string block) => Words.ContentWords(block).Select(Stem).Distinct(StringComparer.Ordinal).Count(leadWords.Contains);
        if (Shared(blocks[first]) >= HeadlineSharedWords && !InContentsList(first))
        {
            return first;
        }

        // A page copied whole brings the site's menus along, dozens of lines of them: the headline is the line standing over
        // a byline that is about the article, or else the first line about it. A line of a few words right above another
        // such line is the headline's kicker ("Into the abyss" above "The battle over deep-sea mining is going national").
        var headline = -1;
        for (var i = first + 1; i < first + Math.Min(lead, MaxHeadlineSearch); i++)
        {
            if (!AboutTheArticle(i))
            {
                continue;
            }

            if (AboveByline(blocks, i))
            {
                return i;
            }

            var kicker = WordCount(blocks[i]) <= MaxKickerWords && i + 1 < first + lead && AboutTheArticle(i + 1);
            headline = headline < 0 && !kicker ? i : headline;
        }

        return headline < 0 ? first : headline;

        // A line that the next one carries on in lower case ("… can turn into" over "a confrontation between …") is a
        // wrapped line of prose that lost its paragraph, not a headline.
        bool AboutTheArticle(int i) =>
            LooksLikeHeadline(blocks[i]) && WordCount(blocks[i]) >= 3 && !BoilerplatePatterns.IsNavigation(blocks[i]) &&
            !(i + 1 < blocks.Count && blocks[i + 1].Length > 0 && char.IsLower(blocks[i + 1][0])) &&
            !BoilerplatePatterns.IsBylineOrTimestamp(blocks[i]) && !BoilerplatePatterns.EndsWithCredit(blocks[i]) && !InContentsList(i) &&
            Shared(blocks[i]) >= HeadlineSharedWords;

        // "3.1 Customs and digital window" among "3 Provisions" and "3.2 Ferry fleet": a line of the page's table of contents.
        bool InContentsList(int i) =>
            ContentsEntry().IsMatch(blocks[i]) && (i > 0 && ContentsEntry().IsMatch(blocks[i - 1]) || i + 1 < blocks.Count && ContentsEntry().IsMatch(blocks[i + 1]));

        // "sign", "signs" and "signed" are one word to a headline; so are "Finland" and "Finnish".
        static string Stem(string word) => word.Length > 5 ? word[..5] : word;
    }

    private static bool IsRunningHeader(List<string> blocks, int index)
    {
        var header = Words.Normalize(blocks[index]);
        return header.Length > 0 && header.Split(' ').Length <= MaxRunningHeaderWords &&
            blocks.Skip(index + 1).Any(b => b.Length <= header.Length + 8 && Words.Normalize(b).Contains(header, StringComparison.Ordinal));
    }

    private static bool IsLetterSpaced(string block)
    {
        var tokens = block.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return tokens.Length >= 6 && tokens.Count(t => t.Length == 1) * 2 > tokens.Length;
    }

    private static bool AboveByline(List<string> blocks, int index) =>
        Enumerable.Range(index + 1, 2).Any(i => i < blocks.Count && BoilerplatePatterns.IsBylineOrTimestamp(blocks[i]));

    /// <summary>How many blocks at the top of a page are site furniture above its headline (none when the page starts with it).</summary>
    public static int FurnitureAboveTitle(IReadOnlyList<string> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var count = 0;
        while (count + 1 < blocks.Count && count < MaxFurnitureAboveTitle && IsFurnitureAboveTitle(blocks, count))
        {
            count++;
        }

        return count;
    }

    /// <summary>
    /// A navigation prompt ("Skip to main content", "Sign in"), or a line of one or two words (a section name, or one
    /// step of a breadcrumb: "World", "Asia") above a line that reads like a headline of four words or more, with only
    /// such short lines between: headlines are longer than section names.
    /// </summary>
    private static bool IsFurnitureAboveTitle(IReadOnlyList<string> blocks, int index)
    {
        // A language menu's other scripts ("العربية", "中文") are as much a menu as "Skip to main content".
        if (BoilerplatePatterns.IsNavigation(blocks[index]) || InAnotherScript(blocks[index]))
        {
            return true;
        }

        var next = index;
        while (next < blocks.Count && WordCount(blocks[next]) <= 2)
        {
            next++;
        }

        return next > index && next < blocks.Count && LooksLikeTitle(blocks[next]) && WordCount(blocks[next]) >= 4 &&
            !BoilerplatePatterns.IsBylineOrTimestamp(blocks[next]) && !BoilerplatePatterns.IsNavigation(blocks[next]);
    }

    /// <summary>Letters, none of them Latin: "العربية", "中文", "Русский".</summary>
    private static bool InAnotherScript(string block) => block.Any(char.IsLetter) && !block.Any(c => char.IsLetter(c) && c <= '\u024F');

    private static int WordCount(string block) => block.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>A headline: a title, or a long one in title case.</summary>
    private static bool LooksLikeHeadline(string block) => LooksLikeTitle(block) || IsLongTitleCased(block);

    /// <summary>
    /// A long headline in title case, as a meetings record writes it ("Security Council Extends Mandate of … Force for Abyei
    /// until November 2027, Adopting Resolution … by 13 Votes in Favour, 2 Abstentions"): too long for <see cref="LooksLikeTitle"/>,
    /// but nearly every word of four letters or more capitalised ("until" need not be), which no sentence of prose is.
    /// </summary>
    private static bool IsLongTitleCased(string block)
    {
        if (block.Length > MaxLongTitleLength || block[^1] is '.' or '…' or ',' or ';')
        {
            return false;
        }

        var words = block.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 4 && char.IsLetter(w[0])).ToList();
        return words.Count >= MinLongTitleWords && words.Count(w => char.IsUpper(w[0])) >= words.Count * LongTitleCapitalShare;
    }

    /// <summary>A title: short, capitalised, and not finished like a sentence.</summary>
    public static bool LooksLikeTitle(string block)
    {
        var first = block.TrimStart('"', '“', '‘', '\'');
        if (first.Length == 0 || block.Length > 160 || !char.IsUpper(first[0]) && !char.IsDigit(first[0]))
        {
            return false;
        }

        var wordCount = block.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (wordCount > 22)
        {
            return false;
        }

        var last = block[^1];
        return last is not ('.' or '…' or ',' or ';') || block.EndsWith('?');
    }

    /// <summary>
    /// Takes the wire dateline off a paragraph ("SEOUL, South Korea — "), or off the first one the
    /// dangling dash a lost dateline leaves. What is taken off is listed as removed.
    /// </summary>
    private static string StripDateline(string content, bool firstBody, List<string> removed)
    {
        var dateline = BoilerplatePatterns.OpeningDateline(content, firstBody);
        if (dateline.Success && dateline.Length < content.Length - 20)
        {
            removed.Add(dateline.Value.Trim());
            content = content[dateline.Length..];
        }
        else if (firstBody && BoilerplatePatterns.DanglingDash().Match(content) is { Success: true } dash)
        {
            removed.Add(dash.Value.Trim());
            content = content[dash.Length..];
        }

        return content;
    }

    /// <summary>
    /// Reference marks go from the text, so that a sentence ending in one still ends like a sentence and no
    /// question quotes it; the notes themselves are blocks of their own (<see cref="BlockKind.Footnote"/>).
    /// </summary>
    private static string StripNoteReferences(string text) =>
        GluedNoteNumber().Replace(text.Contains('[', StringComparison.Ordinal) ? NoteReference().Replace(text, string.Empty) : text, string.Empty);

    private static string StripInlinePointers(string text, List<string> removed)
    {
        if (!text.Contains('[', StringComparison.Ordinal))
        {
            return text;
        }

        var stripped = InlinePointer().Replace(text, string.Empty).Trim();

        // A block that is nothing but a pointer stays whole, to be removed (and listed) as a block.
        if (stripped.Length == 0)
        {
            return text;
        }

        foreach (Match pointer in InlinePointer().Matches(text))
        {
            removed.Add(pointer.Value.Trim());
        }

        return stripped;
    }

    private static string FallbackTitle(string firstBlock)
    {
        var sentences = SentenceSplitter.Split(firstBlock);
        var first = sentences.Count > 0 ? sentences[0].Slice(firstBlock) : firstBlock;
        return first.Length > 90 ? first[..90].TrimEnd() + "…" : FinalInitialism().IsMatch(first) ? first : first.TrimEnd('.');
    }

    /// <summary>
    /// Blocks separated by blank lines; inside a block, hard-wrapped lines are joined back into one paragraph and the lines
    /// a browser copy puts one under the other stay apart (<see cref="LineBreaks"/>).
    /// </summary>
    private static List<RawBlock> SplitBlocks(string rawText)
    {
        var text = rawText.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            .Replace('\u00A0', ' ').Replace('\t', ' ').Replace("\u200B", string.Empty, StringComparison.Ordinal)
            .Replace("\uFEFF", string.Empty, StringComparison.Ordinal);
        var blocks = new List<RawBlock>();
        var lines = new List<string>();
        foreach (var rawLine in text.Split('\n'))
        {
            var line = Words.CollapseSpace(MarkdownEmphasis().Replace(MarkdownPrefix().Replace(rawLine, string.Empty), string.Empty));
            if (line.Length > 0)
            {
                lines.Add(line);
                continue;
            }

            Flush(blocks, lines);
        }

        Flush(blocks, lines);
        return blocks;
    }

    private static void Flush(List<RawBlock> blocks, List<string> lines)
    {
        blocks.AddRange(LineBreaks.Paragraphs(lines).Select(p => new RawBlock(string.Join(' ', p))));
        lines.Clear();
    }

    private sealed record RawBlock(string Text);
}
