using System.Text;
using System.Text.RegularExpressions;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Cleaning;

/// <summary>
/// Separates the article from what a web page wraps around it: image credits, author bios,
/// "related article" teasers, share and subscribe prompts, and wire-service datelines.
/// Works block by block (blocks are separated by blank lines) because that is how scraped pages arrive.
/// </summary>
public static partial class BoilerplateRemover
{
    [GeneratedRegex(@"^[\[(]?\s*(?:featured\s+|cover\s+|file\s+|header\s+|top\s+)?(?:image|photo|photograph|picture|illustration|pic|credit|source|graphic)s?(?:\s+credit)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditStart();

    [GeneratedRegex(@"\b(?:Pixabay|Unsplash|Shutterstock|Getty Images|Wikimedia|Wikipedia Commons|Flickr|iStock|Pexels|Alamy|AP Photo|AFP via|Reuters/|EPA-EFE|Creative Commons|CC BY)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StockSource();

    [GeneratedRegex(@"\b(?:views|opinions)\s+(?:and\s+opinions\s+|and\s+views\s+)?expressed\b|\bdo(?:es)?\s+not\s+necessarily\s+(?:reflect|represent)\b|^about\s+the\s+author\b|^the\s+author\s+is\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BioDisclaimer();

    [GeneratedRegex(@"^(?:Dr\.?\s+|Prof\.?\s+)?[A-Z][\p{L}'’.-]+(?:\s+[A-Z][\p{L}'’.-]+){1,3},?\s+(?:is|was|has been|serves as|works as)\s+(?:an?|the|currently|formerly|also)\b[^.]{0,200}\b(?:professor|lecturer|researcher|analyst|fellow|journalist|writer|author|editor|student|scholar|director|consultant|expert|correspondent|candidate|diplomat|academic|specialist|associate|graduate|founder|economist|historian|commentator|contributor)", RegexOptions.CultureInvariant)]
    private static partial Regex BioSentence();

    [GeneratedRegex(@"^(?:share(?:\s+this)?|share\s+on|tweet|e-?mail\s+this|print(?:\s+this)?|subscribe|sign\s+up|follow\s+us|like\s+us|join\s+(?:us|our)|click\s+here|read\s+more|read\s+also|also\s+read|see\s+also|related(?:\s+(?:articles?|posts?|stories|content|reading))?|recommended|more\s+from|advertisement|sponsored|tags?\s*:|filed\s+under|comments?\b|leave\s+a\s+(?:comment|reply)|copyright|©|all\s+rights\s+reserved|download\s+(?:our|the)\s+app|get\s+the\s+latest|newsletter|you\s+may\s+also\s+like|continue\s+reading|back\s+to\s+top)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PromptStart();

    // "Follow IRL on social media for daily updates.", "Follow us on X".
    [GeneratedRegex(@"\b(?:subscribe|newsletter|sign up for|share this article|follow us on|our app|follow\s+\S+(?:\s+\S+)?\s+on\s+(?:social\s+media|twitter|x|facebook|instagram|linkedin|telegram|whatsapp|youtube|bluesky|threads)|for\s+(?:daily|weekly|regular)\s+updates)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PromptAnywhere();

    // "ASTANA, Oct 14 (Reuters) - ", "GENEVA (AP) — ", "WASHINGTON, March 3 — ".
    [GeneratedRegex(@"^(?<place>[A-Z][A-Z.'’-]{2,}(?:[ ,/]+[A-Z][A-Z.'’-]+){0,3})(?<date>,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?))?\s*(?<agency>\((?:[A-Za-z][A-Za-z .&-]{0,30})\))?\s*[-–—]{1,2}\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    [GeneratedRegex(@"^(?:By|BY|Written by|Words by)\s+[A-Z][\p{L}.'’-]+(?:\s+(?:and\s+)?[A-Z][\p{L}.'’-]+){0,4}(?:\s*[,|–—-]\s*.{0,60})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    [GeneratedRegex(@"^\s*(?:#{1,6}\s+|[-*•]\s+|>\s*)", RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownPrefix();

    [GeneratedRegex(@"\*\*|__", RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownEmphasis();

    public static CleanedArticle Clean(string rawText, string? title = null)
    {
        var blocks = SplitBlocks(rawText);
        var removed = new List<string>();
        var start = 0;

        string resolvedTitle;
        if (!string.IsNullOrWhiteSpace(title))
        {
            resolvedTitle = Words.CollapseSpace(title);
            if (blocks.Count > 0 && Words.Normalize(blocks[0].Text) == Words.Normalize(resolvedTitle))
            {
                start = 1;
            }
        }
        else if (blocks.Count > 1 && LooksLikeTitle(blocks[0].Text))
        {
            resolvedTitle = blocks[0].Text;
            start = 1;
        }
        else
        {
            resolvedTitle = FallbackTitle(blocks.Count > 0 ? blocks[0].Text : string.Empty);
        }

        var kinds = new BlockKind[blocks.Count];
        var bioSeen = false;
        for (var i = start; i < blocks.Count; i++)
        {
            kinds[i] = Classify(blocks[i], i == start, bioSeen);
            bioSeen |= kinds[i] is BlockKind.Bio;
        }

        // A teaser is a title-like line followed by a snippet that trails off; both go.
        for (var i = start; i < blocks.Count; i++)
        {
            if (kinds[i] == BlockKind.TeaserSnippet && i > start && kinds[i - 1] is BlockKind.Heading or BlockKind.Body &&
                LooksLikeTitle(blocks[i - 1].Text))
            {
                kinds[i - 1] = BlockKind.TeaserTitle;
            }
        }

        // Headings stranded at the end (after the last paragraph of prose) are link lists, not sections.
        var lastBody = Array.FindLastIndex(kinds, k => k == BlockKind.Body);
        for (var i = Math.Max(start, lastBody + 1); i < blocks.Count; i++)
        {
            if (kinds[i] == BlockKind.Heading && bioSeen)
            {
                kinds[i] = BlockKind.TeaserTitle;
            }
        }

        var text = new StringBuilder(rawText.Length);
        var kept = new List<ArticleBlock>();
        for (var i = start; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (kinds[i] is not (BlockKind.Body or BlockKind.Heading))
            {
                removed.Add(block.Text);
                continue;
            }

            var content = block.Text;
            if (kinds[i] == BlockKind.Body)
            {
                var dateline = Dateline().Match(content);
                if (dateline.Success && IsDateline(dateline, i == start) && dateline.Length < content.Length - 20)
                {
                    removed.Add(dateline.Value.Trim());
                    content = content[dateline.Length..];
                }
            }

            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            kept.Add(new ArticleBlock(new TextRange(text.Length, content.Length), kinds[i] == BlockKind.Heading));
            text.Append(content);
        }

        return new CleanedArticle(resolvedTitle, text.ToString(), kept, removed);
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

    private static bool IsDateline(Match match, bool firstBlock)
    {
        var place = match.Groups["place"].Value;
        var hasLetters = place.Count(char.IsLetter) >= 3;
        return hasLetters && (match.Groups["agency"].Success || match.Groups["date"].Success || firstBlock);
    }

    private static BlockKind Classify(RawBlock block, bool first, bool afterBio)
    {
        var text = block.Text;
        var wordCount = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

        if (text.EndsWith("...", StringComparison.Ordinal) || text.EndsWith('…'))
        {
            return BlockKind.TeaserSnippet;
        }

        if (wordCount <= 14 && Byline().IsMatch(text))
        {
            return BlockKind.Byline;
        }

        if (wordCount <= 40 && (CreditStart().IsMatch(text) && (text.StartsWith('[') || text.StartsWith('(') ||
            text.Contains(" by ", StringComparison.OrdinalIgnoreCase) || text.Contains(" from ", StringComparison.OrdinalIgnoreCase) ||
            text.Contains(':', StringComparison.Ordinal) || text.Contains(" via ", StringComparison.OrdinalIgnoreCase) ||
            StockSource().IsMatch(text)) || StockSource().IsMatch(text) && wordCount <= 20))
        {
            return BlockKind.Credit;
        }

        if (text.StartsWith('[') && text.EndsWith(']') && wordCount <= 30)
        {
            return BlockKind.Credit;
        }

        if (wordCount <= 120 && (BioDisclaimer().IsMatch(text) || BioSentence().IsMatch(text) && !first))
        {
            return BlockKind.Bio;
        }

        if (wordCount <= 30 && (PromptStart().IsMatch(text) || PromptAnywhere().IsMatch(text)))
        {
            return BlockKind.Prompt;
        }

        if (LooksLikeTitle(text) && wordCount <= 14 && !ContainsSentenceEnd(text))
        {
            return afterBio ? BlockKind.TeaserTitle : BlockKind.Heading;
        }

        return BlockKind.Body;
    }

    private static bool ContainsSentenceEnd(string text) =>
        text.Contains(". ", StringComparison.Ordinal) || text.EndsWith('.');

    private static string FallbackTitle(string firstBlock)
    {
        var sentences = SentenceSplitter.Split(firstBlock);
        var first = sentences.Count > 0 ? sentences[0].Slice(firstBlock) : firstBlock;
        return first.Length <= 90 ? first.TrimEnd('.') : first[..90].TrimEnd() + "…";
    }

    /// <summary>Blocks separated by blank lines; hard-wrapped lines inside a block are joined back into one paragraph.</summary>
    private static List<RawBlock> SplitBlocks(string rawText)
    {
        var text = rawText.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            .Replace('\u00A0', ' ').Replace('\t', ' ').Replace("\u200B", string.Empty, StringComparison.Ordinal)
            .Replace("\uFEFF", string.Empty, StringComparison.Ordinal);
        var blocks = new List<RawBlock>();
        var current = new StringBuilder();
        string? previousLine = null;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = Words.CollapseSpace(MarkdownEmphasis().Replace(MarkdownPrefix().Replace(rawLine, string.Empty), string.Empty));
            if (line.Length == 0)
            {
                Flush(blocks, current);
                previousLine = null;
                continue;
            }

            if (previousLine is not null && !ContinuesParagraph(previousLine, line))
            {
                Flush(blocks, current);
            }

            if (current.Length > 0)
            {
                current.Append(' ');
            }

            current.Append(line);
            previousLine = line;
        }

        Flush(blocks, current);
        return blocks;
    }

    private static bool ContinuesParagraph(string previous, string line)
    {
        var last = previous[^1];
        if (last is '.' or '!' or '?' or '"' or '”' or '…' or ':' or ']')
        {
            return false;
        }

        return char.IsLower(line[0]) || previous.Length >= 60;
    }

    private static void Flush(List<RawBlock> blocks, StringBuilder current)
    {
        if (current.Length > 0)
        {
            blocks.Add(new RawBlock(current.ToString()));
            current.Clear();
        }
    }

    private sealed record RawBlock(string Text);

    private enum BlockKind
    {
        Body,
        Heading,
        Credit,
        Bio,
        Prompt,
        Byline,
        TeaserTitle,
        TeaserSnippet,
    }
}
