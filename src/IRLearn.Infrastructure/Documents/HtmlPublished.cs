using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace IRLearn.Infrastructure.Documents;

/// <summary>
/// The page's publication date as one timestamp line for the text. Stripping the page furniture takes out
/// the visible timestamp beside the headline, yet the question generator needs the date to turn "on Tuesday"
/// and "last week" into dates a student can place; without it, it refuses those questions. So the date is read
/// from the page's own metadata first (schema.org datePublished, article:published_time, a &lt;time datetime&gt;
/// in the article), else the first short element whose whole text is a date, and handed on as a line of its own.
/// </summary>
public static partial class HtmlPublished
{
    // A visible timestamp line is short: "Published August 14, 2010", "December 16, 2016, 4:19 PM".
    private const int MaxTimestampWords = 12;

    [GeneratedRegex(@"^\s*(?<y>(?:19|20)\d{2})-(?<m>\d{2})-(?<d>\d{2})", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"""datePublished""\s*:\s*""(?<v>[^""]+)""", RegexOptions.CultureInvariant)]
    private static partial Regex JsonLdDatePublished();

    [GeneratedRegex(
        @"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d{2}\b|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+(?:19|20)\d{2}\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex WrittenDate();

    /// <summary>"Published 19 November 2019", the visible timestamp's own text, or null when the page states no date.</summary>
    public static string? Line(IHtmlDocument document, IElement? headline)
    {
        if (FromMetadata(document) is { } date)
        {
            return "Published " + date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        }

        return document.Body is { } body ? VisibleTimestamp(body, headline) : null;
    }

    /// <summary>The date part of the first ISO date the page's metadata gives, as the page wrote it (its own time zone).</summary>
    public static DateOnly? FromMetadata(IHtmlDocument document)
    {
        var values = document.QuerySelectorAll("[itemprop~=datePublished]").Select(e => e.GetAttribute("content") ?? e.GetAttribute("datetime") ?? e.GetAttribute("value"))
            .Concat(document.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonLdDatePublished().Match(s.TextContent)).Where(m => m.Success).Select(m => m.Groups["v"].Value))
            .Concat(document.QuerySelectorAll("meta[property='article:published_time'], meta[name='article:published_time'], meta[property='article:published']").Select(m => m.GetAttribute("content")))
            .Concat(document.QuerySelectorAll("article time[datetime], main time[datetime]").Select(t => t.GetAttribute("datetime")));

        foreach (var value in values)
        {
            if (value is not null && IsoDate().Match(value) is { Success: true } iso &&
                DateOnly.TryParseExact($"{iso.Groups["y"].Value}-{iso.Groups["m"].Value}-{iso.Groups["d"].Value}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }
        }

        return null;
    }

    // The innermost element holding the first short written date after the headline (a page's header may
    // show today's date above it), else before it; never in asides, navigation and footers, whose lists of
    // other stories carry their own dates. Innermost, so a byline sharing the block stays out.
    private static string? VisibleTimestamp(IElement body, IElement? headline)
    {
        // Word counts from one pass, so only short elements have their text built: linear in the page.
        var counts = TextCounts.Of(body);
        bool IsShortDate(IElement e) => counts.Get(e).Words <= MaxTimestampWords && WrittenDate().IsMatch(e.TextContent);

        var dates = body.QuerySelectorAll("*").Where(e =>
            e.LocalName is not ("script" or "style") && IsShortDate(e) &&
            e.Closest("aside, nav, footer, [role=complementary], [role=navigation]") is null).ToList();
        var found = headline is null ? dates.FirstOrDefault() :
            dates.FirstOrDefault(e => headline.CompareDocumentPosition(e).HasFlag(DocumentPositions.Following)) ?? dates.FirstOrDefault();
        if (found is null)
        {
            return null;
        }

        while (found.Children.FirstOrDefault(IsShortDate) is { } inner)
        {
            found = inner;
        }

        return ArticleText.CleanInline(found.TextContent);
    }
}
