using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace IRLearn.Interop.Text;

/// <summary>
/// Converts between the HTML the formats carry and the plain text IRLearn stores. HTML → text keeps the words and
/// the line structure (block elements and <c>&lt;br&gt;</c> become line breaks, source newlines are spaces as in a
/// browser), decodes entities once, and reports what cannot become text (images, media, formulas). Text → HTML
/// escapes and writes one paragraph per line, so text → HTML → text gives back the same text.
/// </summary>
internal static partial class HtmlText
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "section", "article", "dd", "dt", "dl",
    };

    /// <summary>HTML to plain text. <paramref name="warnings"/> receives one line per lost image, media file or formula.</summary>
    public static string ToText(string? html, ICollection<string>? warnings = null)
    {
        if (string.IsNullOrEmpty(html))
        {
            return string.Empty;
        }

        var source = Comment().Replace(html, string.Empty);
        source = ScriptOrStyle().Replace(source, string.Empty);
        source = source.Replace("\r", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\t', ' ');
        var text = new StringBuilder(source.Length);
        var last = 0;
        foreach (Match tag in Tag().Matches(source))
        {
            text.Append(source, last, tag.Index - last);
            last = tag.Index + tag.Length;
            var name = tag.Groups["name"].Value;
            var closing = tag.Groups["close"].Success;
            if (name.Equals("br", StringComparison.OrdinalIgnoreCase))
            {
                text.Append('\n');
            }
            else if (BlockElements.Contains(name))
            {
                if (closing)
                {
                    text.Append('\n');
                }
                else if (!AtLineStart(text))
                {
                    text.Append('\n');
                }
            }
            else if (name.Equals("td", StringComparison.OrdinalIgnoreCase) || name.Equals("th", StringComparison.OrdinalIgnoreCase))
            {
                text.Append(closing ? " " : string.Empty);
            }
            else if (!closing && warnings is not null && name.ToLowerInvariant() is "img" or "audio" or "video" or "object" or "embed" or "iframe")
            {
                var src = Src().Match(tag.Value);
                warnings.Add(src.Success
                    ? $"{name.ToLowerInvariant()} \"{WebUtility.HtmlDecode(src.Groups["src"].Value)}\" not imported"
                    : $"{name.ToLowerInvariant()} not imported");
            }
            else if (!closing && warnings is not null && name.Equals("math", StringComparison.OrdinalIgnoreCase))
            {
                warnings.Add("MathML formula flattened to text");
            }
        }

        text.Append(source, last, source.Length - last);
        return Normalise(WebUtility.HtmlDecode(text.ToString()));
    }

    // True at the start of the text or of a line, ignoring the spaces that indentation between tags leaves.
    private static bool AtLineStart(StringBuilder text)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            if (text[i] != ' ')
            {
                return text[i] == '\n';
            }
        }

        return true;
    }

    /// <summary>Plain text to HTML: escaped, one <c>&lt;p&gt;</c> per line.</summary>
    public static string ToHtml(string text) =>
        string.Concat(text.Split('\n').Select(line => $"<p>{Escape(line)}</p>"));

    /// <summary>Escapes the three characters HTML gives a meaning in text, and nothing else (accents stay readable).</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>
    /// Collapses spaces inside each line, trims lines, keeps at most one empty line between paragraphs and none at the
    /// ends. Non-breaking spaces count as spaces.
    /// </summary>
    public static string Normalise(string text)
    {
        var lines = text.Replace('\u00A0', ' ').Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select(line => Spaces().Replace(line, " ").Trim())
            .ToList();
        var result = new List<string>(lines.Count);
        foreach (var line in lines)
        {
            if (line.Length == 0 && (result.Count == 0 || result[^1].Length == 0))
            {
                continue;
            }

            result.Add(line);
        }

        while (result.Count > 0 && result[^1].Length == 0)
        {
            result.RemoveAt(result.Count - 1);
        }

        return string.Join('\n', result);
    }

    /// <summary>Collapses every run of whitespace, newlines included, to one space: for options and short answers.</summary>
    public static string OneLine(string text) => Spaces().Replace(text.Replace('\u00A0', ' ').Replace('\n', ' '), " ").Trim();

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"<(script|style)\b.*?</\1\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptOrStyle();

    // A tag starts with a letter or '/'; "x < 2" in plain text is left alone.
    [GeneratedRegex(@"<(?<close>/)?(?<name>[a-zA-Z][a-zA-Z0-9:-]*)\b[^<>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\bsrc\s*=\s*[""'](?<src>[^""']*)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex Src();

    [GeneratedRegex(@"[ \t\f\v]+")]
    private static partial Regex Spaces();
}
