using System.Collections.Frozen;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace IRLearn.Infrastructure.Documents;

/// <summary>
/// Takes page furniture out of a parsed HTML page before the main content is chosen, by structure first:
/// figures and captions, asides, navigation, page headers and footers, landmark roles that are not the
/// article (complementary, navigation, banner, contentinfo), hidden elements, blocks whose class or id
/// names a widget (caption, credit, related, newsletter, promo, share, ad …), blocks made mostly of links,
/// and the headline's own block (dek, byline, date). An element holding a large share of the page's
/// paragraph text is never removed, whatever its name says, so a badly named article container survives.
/// The text rules of the question generator run afterwards on what is left.
/// </summary>
public static class HtmlBoilerplate
{
    // Listing what was taken out is for the instructor; a page's worth is enough.
    private const int MaxListed = 200;

    // An element with at least this share of the page's paragraph words is (or holds) the article.
    private const double ProtectedShare = 0.4;

    private const int MinLinkListWords = 3;
    private const double LinkListDensity = 0.6;
    private const int MaxLinkParagraphWords = 25;
    private const double LinkParagraphDensity = 0.8;

    // A paragraph with this many words outside links is prose, which a list of headlines does not hold.
    private const int MinProseParagraphWords = 20;

    // The headline's block is the dek, byline and date around an <h1>, when it is this small.
    private const int MaxHeadlineBlockWords = 80;

    private static readonly FrozenSet<string> FurnitureTags = FrozenSet.ToFrozenSet(
        ["nav", "aside", "footer", "figure", "figcaption", "form", "menu", "dialog", "button", "noscript", "template", "header"],
        StringComparer.OrdinalIgnoreCase);

    // Page chrome: removed, but never worth listing for the instructor.
    private static readonly FrozenSet<string> ChromeTags = FrozenSet.ToFrozenSet(
        ["nav", "footer", "form", "menu", "dialog", "button", "noscript", "template", "header"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> FurnitureRoles = FrozenSet.ToFrozenSet(
        ["complementary", "navigation", "banner", "contentinfo", "search", "dialog", "alertdialog", "menu", "menubar", "toolbar"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> ChromeRoles = FrozenSet.ToFrozenSet(
        ["navigation", "banner", "contentinfo", "search", "menu", "menubar", "toolbar"],
        StringComparer.OrdinalIgnoreCase);

    // Words of class and id values that name a widget. Matched as whole words of the value
    // ("related-articles", "relatedArticles", "ad_slot"), never inside a word ("header", "shadow").
    private static readonly FrozenSet<string> WidgetWords = FrozenSet.ToFrozenSet(
    [
        "caption", "captions", "credit", "credits", "related", "newsletter", "newsletters", "promo", "promos", "promotion",
        "share", "sharing", "sharebar", "social", "ad", "ads", "advert", "adverts", "advertisement", "adslot", "adunit",
        "sponsor", "sponsored", "outbrain", "taboola", "recommended", "recommendations", "recirculation", "recirc",
        "trending", "popular", "mostread", "mostpopular", "byline", "bylines", "bio", "subscribe", "subscription",
        "signup", "paywall", "comments", "comment", "breadcrumb", "breadcrumbs", "tags", "toolbar", "trust", "disclaimer",
        "timestamp", "dateline", "kicker", "standfirst", "dek", "gallery", "slideshow", "carousel", "podcast", "video", "videos", "cookie",
        "consent", "modal", "popup", "banner", "sidebar", "rail", "widget", "footer", "masthead", "nav", "navigation", "menu", "prompt",
    ], StringComparer.Ordinal);

    // Two-word names: "most-read", "read-more", "author-bio".
    private static readonly FrozenSet<string> WidgetPairs = FrozenSet.ToFrozenSet(
    [
        "most read", "most popular", "most viewed", "read more", "more on", "also read", "author bio", "about author",
        "author info", "related content", "video player", "sign up", "in partnership",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Removes the furniture from <paramref name="document"/> in place and returns the text of what was
    /// removed from the article's surroundings (captions, asides, related lists, promos), paragraph by paragraph.
    /// </summary>
    public static List<string> Strip(IHtmlDocument document, IElement? headline)
    {
        var removed = new List<string>();
        if (document.Body is not { } body)
        {
            return removed;
        }

        var counts = TextCounts.Of(body);
        var protectedWords = counts.Get(body).ParagraphWords * ProtectedShare;
        var root = document.QuerySelector("[itemprop=articleBody], article, main, [role=main]") ?? body;

        if (headline is not null)
        {
            StripHeadlineBlock(headline, body, removed, root, counts);
        }

        // Document order: a container is judged before what it holds, so counts taken before any removal stay right.
        foreach (var element in body.QuerySelectorAll("*").ToList())
        {
            if (!IsAttached(element, body) || !IsFurniture(element, counts) || IsProtected(element, counts, protectedWords))
            {
                continue;
            }

            // Without an article container the whole body counts as around the article, menus included:
            // then only captions and credits are worth listing.
            if (!IsChrome(element) && IsInside(element, root) && (root != body || IsMedia(element)))
            {
                List(element, removed);
            }

            element.Remove();
        }

        return removed;
    }

    private static bool IsFurniture(IElement element, TextCounts counts)
    {
        if (FurnitureTags.Contains(element.LocalName) ||
            element.GetAttribute("role") is { } role && FurnitureRoles.Contains(role.Trim()) ||
            element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true" ||
            (element.GetAttribute("style")?.Replace(" ", string.Empty, StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase) ?? false))
        {
            return true;
        }

        return NamesWidget(element.GetAttribute("class")) || NamesWidget(element.Id) || NamesWidget(element.GetAttribute("data-testid")) ||
            NamesWidget(element.GetAttribute("data-component")) || IsMostlyLinks(element, counts.Get(element));
    }

    private static bool IsMedia(IElement element) =>
        element.LocalName is "figure" or "figcaption" || NamesMedia(element.GetAttribute("class")) || NamesMedia(element.Id);

    private static bool NamesMedia(string? value) =>
        value is not null && WordsOf(value).Any(w => w is "caption" or "captions" or "credit" or "credits");

    private static bool IsChrome(IElement element) =>
        ChromeTags.Contains(element.LocalName) || element.GetAttribute("role") is { } role && ChromeRoles.Contains(role.Trim());

    /// <summary>"related-articles", "promoBox", "ad_slot": a class or id value that names a widget.</summary>
    public static bool NamesWidget(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var previous = string.Empty;
        foreach (var word in WordsOf(value))
        {
            if (WidgetWords.Contains(word) || previous.Length > 0 && WidgetPairs.Contains(previous + " " + word))
            {
                return true;
            }

            previous = word;
        }

        return false;
    }

    /// <summary>Lower-case words of a class or id value, split at punctuation, digits and camelCase humps.</summary>
    private static IEnumerable<string> WordsOf(string value)
    {
        var start = 0;
        for (var i = 1; i <= value.Length; i++)
        {
            var boundary = i == value.Length || !char.IsLetter(value[i]) ||
                char.IsUpper(value[i]) && char.IsLower(value[i - 1]);
            if (!boundary)
            {
                continue;
            }

            while (start < i && !char.IsLetter(value[start]))
            {
                start++;
            }

            if (start < i)
            {
                yield return value[start..i].ToLowerInvariant();
            }

            start = i;
        }
    }

    /// <summary>A list of headlines: most of the text is link text and no paragraph of prose is in it.</summary>
    private static bool IsMostlyLinks(IElement element, TextCounts.Count count)
    {
        var name = element.LocalName;
        var isParagraph = name == "p";
        if (!isParagraph && name is not ("ul" or "ol" or "div" or "section" or "table" or "dl"))
        {
            return false;
        }

        if (count.Words < MinLinkListWords || isParagraph && count.Words > MaxLinkParagraphWords)
        {
            return false;
        }

        return isParagraph
            ? count.LinkWords >= count.Words * LinkParagraphDensity
            : count.LinkWords >= count.Words * LinkListDensity && count.LongestProseParagraph < MinProseParagraphWords;
    }

    /// <summary>
    /// The block that holds the headline and, beside it, only a dek, a byline or a date: everything but
    /// the headline goes. A headline that shares its parent with the article's paragraphs is left alone.
    /// </summary>
    private static void StripHeadlineBlock(IElement headline, IElement body, List<string> removed, IElement root, TextCounts counts)
    {
        var block = headline.ParentElement;
        if (block is null || block == body || block.LocalName is "article" or "main" || block.QuerySelectorAll("p").Length > 2)
        {
            return;
        }

        if (counts.Get(block).Words - counts.Get(headline).Words > MaxHeadlineBlockWords)
        {
            return;
        }

        foreach (var child in block.Children.ToList())
        {
            if (child == headline || child.Contains(headline))
            {
                continue;
            }

            if (IsInside(child, root))
            {
                List(child, removed);
            }

            child.Remove();
        }
    }

    private static void List(IElement element, List<string> removed)
    {
        foreach (var paragraph in HtmlExtractor.Paragraphs(element))
        {
            if (removed.Count >= MaxListed)
            {
                return;
            }

            if (WordCount(paragraph) >= 2 && !removed.Contains(paragraph))
            {
                removed.Add(paragraph);
            }
        }
    }

    private static bool IsProtected(IElement element, TextCounts counts, double protectedWords) =>
        protectedWords > 0 && element.LocalName is not ("figure" or "figcaption") && counts.Get(element).ParagraphWords >= protectedWords;

    private static bool IsAttached(IElement element, IElement body)
    {
        for (var node = element.ParentElement; node is not null; node = node.ParentElement)
        {
            if (node == body)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsInside(IElement element, IElement root) => root.Contains(element);

    internal static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = !char.IsWhiteSpace(c);
            count += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return count;
    }
}
