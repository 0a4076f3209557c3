using System.Text;
using System.Text.RegularExpressions;

namespace IRLearn.Infrastructure.Documents;

/// <summary>
/// Reads .md into plain paragraphs: headings become lines of their own, list items become paragraphs,
/// and inline syntax (emphasis, links, code spans, images, HTML tags) is reduced to its text. Code
/// blocks are dropped because they are not article prose. The title is the front matter's "title:",
/// else the first level-1 heading, else a headline-like first paragraph.
/// </summary>
public static partial class MarkdownExtractor
{
    private const int EscapeBase = 0xE000;

    // A backstop for every pattern below: each is linear or bounded, and a match that still runs this
    // long is refused as "too complex" by the reader instead of holding a core.
    private const int Timeout = 1000;

    public static ExtractedDocument Extract(string markdown)
    {
        var lines = ArticleText.NormaliseNewlines(markdown).Split('\n');
        var paragraphs = new List<string>();
        var pending = new List<string>();
        string? title = null;
        string? firstH1 = null;
        var fence = (string?)null;

        var start = SkipFrontMatter(lines, ref title);
        for (var i = start; i < lines.Length; i++)
        {
            var line = lines[i];

            if (fence is not null)
            {
                fence = line.TrimStart().StartsWith(fence, StringComparison.Ordinal) ? null : fence;
                continue;
            }

            if (FenceOpen().Match(line) is { Success: true } open)
            {
                Flush();
                fence = open.Groups["fence"].Value;
                continue;
            }

            line = BlockQuote().Replace(line, string.Empty);

            if (string.IsNullOrWhiteSpace(line) || ReferenceDefinition().IsMatch(line) || TableSeparator().IsMatch(line))
            {
                Flush();
                continue;
            }

            if (AtxHeading().Match(line) is { Success: true } heading)
            {
                Flush();
                AddHeading(WithoutClosingHashes(heading.Groups["text"].Value), heading.Groups["marks"].Length);
                continue;
            }

            // "Title" underlined with === or --- is a heading; a --- line on its own is a rule.
            if (pending.Count == 1 && SetextUnderline().Match(line) is { Success: true } underline)
            {
                var text = pending[0];
                pending.Clear();
                AddHeading(text, underline.Value.TrimStart()[0] == '=' ? 1 : 2);
                continue;
            }

            if (HorizontalRule().IsMatch(line))
            {
                Flush();
                continue;
            }

            if (ListItem().Match(line) is { Success: true } item)
            {
                Flush();
                pending.Add(item.Groups["text"].Value);
                continue;
            }

            if (line.TrimStart().StartsWith('|'))
            {
                Flush();
                pending.Add(string.Join("; ", line.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
                Flush();
                continue;
            }

            pending.Add(line);
        }

        Flush();
        return new ExtractedDocument(title ?? firstH1 ?? ArticleText.GuessTitle(paragraphs), paragraphs);

        void Flush()
        {
            var text = StripInline(ArticleText.JoinLines(pending));
            if (text.Length > 0)
            {
                paragraphs.Add(text);
            }

            pending.Clear();
        }

        void AddHeading(string text, int level)
        {
            var plain = StripInline(text.Trim());
            if (plain.Length == 0)
            {
                return;
            }

            if (level == 1)
            {
                firstH1 ??= plain;
            }

            paragraphs.Add(plain);
        }
    }

    /// <summary>
    /// Reduces inline Markdown to the words a reader sees. Every span the patterns match is bounded
    /// (a few hundred characters, longer than any real emphasis or link), and link text may not hold
    /// '[', so a paragraph full of unmatched "*" or "[" costs linear time instead of rescanning to its
    /// end for each one: uploads must not be able to stall the server.
    /// </summary>
    public static string StripInline(string text)
    {
        // Escaped characters are parked in the private-use area so no rule below mistakes them for syntax.
        text = Escape().Replace(text, m => ((char)(EscapeBase + m.Groups["char"].Value[0])).ToString());
        text = WithoutHtmlComments(text);
        text = Image().Replace(text, string.Empty);
        text = Link().Replace(text, "${text}");
        text = AutoLink().Replace(text, "${url}");
        text = HtmlTag().Replace(text, string.Empty);
        text = CodeSpan().Replace(text, "${code}");
        text = Strong().Replace(text, "${text}");
        text = Emphasis().Replace(text, "${text}");
        text = Strike().Replace(text, "${text}");
        text = string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] is >= (char)EscapeBase and < (char)(EscapeBase + 128) ? (char)(source[i] - EscapeBase) : source[i];
            }
        });
        return ArticleText.CleanInline(text);
    }

    /// <summary>"Title ##" is "Title": a closing run of '#' after whitespace is syntax, not text.</summary>
    private static string WithoutClosingHashes(string text)
    {
        text = text.TrimEnd();
        var hashes = text.Length - text.TrimEnd('#').Length;
        return hashes > 0 && hashes < text.Length && char.IsWhiteSpace(text[^(hashes + 1)])
            ? text[..^hashes].TrimEnd()
            : text;
    }

    /// <summary>
    /// Drops &lt;!-- … --&gt;. A scan rather than a regex: once a comment has no end, nothing after it can end
    /// one either, so the work stays linear however many openers an upload holds.
    /// </summary>
    private static string WithoutHtmlComments(string text)
    {
        var open = text.IndexOf("<!--", StringComparison.Ordinal);
        if (open < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var position = 0;
        while (open >= 0)
        {
            var close = text.IndexOf("-->", open + 4, StringComparison.Ordinal);
            if (close < 0)
            {
                break;
            }

            builder.Append(text, position, open - position);
            position = close + 3;
            open = text.IndexOf("<!--", position, StringComparison.Ordinal);
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }

    private static int SkipFrontMatter(string[] lines, ref string? title)
    {
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            return 0;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Trim() is "---" or "...")
            {
                return i + 1;
            }

            if (FrontMatterTitle().Match(lines[i]) is { Success: true } match)
            {
                title = match.Groups["title"].Value.Trim().Trim('"', '\'');
            }
        }

        // No closing fence: it was a horizontal rule, not front matter.
        title = null;
        return 0;
    }

    [GeneratedRegex(@"^\s{0,3}(?<fence>`{3,}|~{3,})", RegexOptions.None, Timeout)]
    private static partial Regex FenceOpen();

    [GeneratedRegex(@"^(\s{0,3}>\s?)+", RegexOptions.None, Timeout)]
    private static partial Regex BlockQuote();

    // The closing '#' run is trimmed in code: as a lazy group before "\s*$" it made a line of spaces cost quadratic time.
    [GeneratedRegex(@"^\s{0,3}(?<marks>#{1,6})\s+(?<text>.*)$", RegexOptions.None, Timeout)]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"^\s{0,3}(=+|-+)\s*$", RegexOptions.None, Timeout)]
    private static partial Regex SetextUnderline();

    [GeneratedRegex(@"^\s{0,3}([-*_])(\s*\1){2,}\s*$", RegexOptions.None, Timeout)]
    private static partial Regex HorizontalRule();

    [GeneratedRegex(@"^\s*([-*+]|\d{1,9}[.)])\s+(?<text>.*)$", RegexOptions.None, Timeout)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^\s{0,3}\[[^\]]+\]:\s*\S+", RegexOptions.None, Timeout)]
    private static partial Regex ReferenceDefinition();

    // "\s*(\|\s*)?" rather than "\s*\|?\s*": two whitespace runs around an optional pipe backtrack quadratically.
    [GeneratedRegex(@"^\s*(\|\s*)?:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+(\|\s*)?$", RegexOptions.None, Timeout)]
    private static partial Regex TableSeparator();

    [GeneratedRegex(@"^(title|Title)\s*:\s*(?<title>.+)$", RegexOptions.None, Timeout)]
    private static partial Regex FrontMatterTitle();

    [GeneratedRegex(@"!\[[^\[\]]{0,300}\](\([^)]{0,1000}\)|\[[^\[\]]{0,300}\])", RegexOptions.None, Timeout)]
    private static partial Regex Image();

    [GeneratedRegex(@"\[(?<text>[^\[\]]{1,300})\](\([^)]{0,1000}\)|\[[^\[\]]{0,300}\])", RegexOptions.None, Timeout)]
    private static partial Regex Link();

    [GeneratedRegex(@"<(?<url>(https?|mailto):[^>\s]{1,2000})>", RegexOptions.None, Timeout)]
    private static partial Regex AutoLink();

    [GeneratedRegex(@"</?[A-Za-z][A-Za-z0-9-]{0,30}(\s[^<>]{0,1000})?/?>", RegexOptions.None, Timeout)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"(`{1,10})(?<code>.{1,200}?)\1", RegexOptions.None, Timeout)]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"(\*\*|__)(?=\S)(?<text>.{1,200}?)(?<=\S)\1", RegexOptions.None, Timeout)]
    private static partial Regex Strong();

    [GeneratedRegex(@"(?<![\w*])([*_])(?=\S)(?<text>.{1,200}?)(?<=\S)\1(?![\w*])", RegexOptions.None, Timeout)]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"~~(?<text>.{1,200}?)~~", RegexOptions.None, Timeout)]
    private static partial Regex Strike();

    [GeneratedRegex(@"\\(?<char>[\\`*_{}\[\]()#+\-.!|>~])", RegexOptions.None, Timeout)]
    private static partial Regex Escape();
}
