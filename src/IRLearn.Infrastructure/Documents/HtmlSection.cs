using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;

namespace IRLearn.Infrastructure.Documents;

/// <summary>
/// The section the page files the article under ("Opinion", "World"), from its metadata (article:section, schema.org
/// articleSection), as one short line for the text. Stripping the page furniture takes out the label printed over the
/// headline, yet the question generator needs it to tell an op-ed, whose unattributed sentences are the writer's view,
/// from a news report; a plain scraper's text keeps that label as a line of its own, and so does this.
/// </summary>
public static partial class HtmlSection
{
    // A section is a label, not a sentence: "Opinion", "Middle East", "Op-Ed".
    private const int MaxWords = 4;
    private const int MaxLength = 40;

    [GeneratedRegex(@"""articleSection""\s*:\s*\[?\s*""(?<v>[^""]+)""", RegexOptions.CultureInvariant)]
    private static partial Regex JsonLdSection();

    /// <summary>The page's first section label that reads as one, or null.</summary>
    public static string? Line(IHtmlDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var values = document.QuerySelectorAll("meta[property='article:section'], meta[name='article:section']").Select(m => m.GetAttribute("content"))
            .Concat(document.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonLdSection().Match(s.TextContent)).Where(m => m.Success).Select(m => m.Groups["v"].Value));
        foreach (var value in values)
        {
            var label = value is null ? string.Empty : ArticleText.CleanInline(value);
            if (label.Length is > 0 and <= MaxLength && label.Split(' ').Length <= MaxWords && !label.Any(char.IsDigit))
            {
                return label;
            }
        }

        return null;
    }
}
