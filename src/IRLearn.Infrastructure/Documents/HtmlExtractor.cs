using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SmartReader;

namespace IRLearn.Infrastructure.Documents;

/// <summary>
/// Reads .html: first <see cref="HtmlBoilerplate"/> takes out what the page's structure marks as
/// furniture (figures and captions, asides, navigation, headers and footers, widget classes, link lists,
/// the dek and byline beside the headline) and lists what it took from around the article; then SmartReader
/// (a port of Firefox's Reader View) picks the main content from what is left; when it finds nothing
/// readable, the remaining body text is used instead. Block elements become paragraphs; the title is the
/// first &lt;h1&gt;, else the og:title meta, else the &lt;title&gt; without its " | Site name" tail; the publication date
/// (<see cref="HtmlPublished"/>) comes back as its own timestamp line, and the section label (<see cref="HtmlSection"/>)
/// as a line above it, since the furniture they stood in is gone.
/// </summary>
public static class HtmlExtractor
{
    // SmartReader wants an absolute address to resolve relative links against; nothing is fetched.
    private const string BaseAddress = "https://irlearn.invalid/document";

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "button", "select", "textarea", "head",
    };

    private static readonly HashSet<string> PageFurniture = new(StringComparer.OrdinalIgnoreCase)
    {
        "nav", "header", "footer", "aside", "form", "menu",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "blockquote", "pre", "figure", "figcaption", "table", "tr", "td", "th", "dl", "dt", "dd",
        "header", "footer", "aside", "nav", "address", "hr", "caption", "details", "summary", "body",
    };

    /// <param name="readerView">False on pages too big for the reader-view heuristic (see HtmlShape): the body walk alone is used.</param>
    public static ExtractedDocument Extract(string html, bool readerView = true)
    {
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(html);
        var headline = FindHeadline(document);
        var title = FindTitle(document, headline);
        var published = HtmlPublished.Line(document, headline);
        var section = HtmlSection.Line(document);
        var removed = HtmlBoilerplate.Strip(document, headline);

        var paragraphs = readerView ? MainContent(document.DocumentElement.OuterHtml) : [];
        if (paragraphs.Count == 0 && document.Body is { } body)
        {
            foreach (var furniture in body.QuerySelectorAll(string.Join(',', PageFurniture)).ToList())
            {
                furniture.Remove();
            }

            paragraphs = Paragraphs(body);
        }

        return new ExtractedDocument(title, paragraphs, removed, published, section);
    }

    /// <summary>The text of each block element under <paramref name="root"/>, in document order.</summary>
    public static List<string> Paragraphs(INode root)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        Walk(root);
        Flush();
        return paragraphs;

        void Walk(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                switch (child)
                {
                    case IText text:
                        current.Append(text.Data);
                        break;
                    case IElement element when Skipped.Contains(element.LocalName):
                        break;
                    case IElement element when element.LocalName == "br":
                        Flush();
                        break;
                    case IElement element when Blocks.Contains(element.LocalName):
                        Flush();
                        Walk(element);
                        Flush();
                        break;
                    case IElement element:
                        Walk(element);
                        break;
                }
            }
        }

        void Flush()
        {
            var text = ArticleText.CleanInline(current.ToString());
            if (text.Length > 0)
            {
                paragraphs.Add(text);
            }

            current.Clear();
        }
    }

    private static List<string> MainContent(string html)
    {
        Article article;
        try
        {
            using var reader = new Reader(BaseAddress, html);
            article = reader.GetArticle();
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
        {
            // SmartReader is a heuristic; when it trips over an odd page the body fallback still
            // gives the user their text, which beats refusing a page that AngleSharp parsed fine.
            return [];
        }

        if (!article.IsReadable || string.IsNullOrWhiteSpace(article.Content))
        {
            return [];
        }

        using var content = new HtmlParser().ParseDocument(article.Content);
        return content.Body is null ? [] : Paragraphs(content.Body);
    }

    // Sites often put their own name in an <h1> inside the page header; the article's is in its body.
    private static IElement? FindHeadline(IHtmlDocument document) =>
        document.QuerySelector("article h1, main h1") ?? document.QuerySelectorAll("h1").FirstOrDefault(h => h.Closest("header, nav") is null);

    private static string? FindTitle(IHtmlDocument document, IElement? heading)
    {
        var h1 = heading is null ? string.Empty : ArticleText.CleanInline(heading.TextContent);
        if (h1.Length > 0)
        {
            return h1;
        }

        // The page's own headline for sharing carries no site name; the document title usually does ("… - Site: motto").
        var shared = ArticleText.CleanInline(document.QuerySelector("meta[property='og:title']")?.GetAttribute("content") ?? string.Empty);
        if (shared.Length > 0)
        {
            return shared;
        }

        var title = ArticleText.CleanInline(document.Title ?? string.Empty);
        foreach (var separator in new[] { " | ", " – ", " — ", " :: ", " - " })
        {
            var cut = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (cut > 0)
            {
                title = title[..cut];
                break;
            }
        }

        return title.Length > 0 ? title : null;
    }
}
