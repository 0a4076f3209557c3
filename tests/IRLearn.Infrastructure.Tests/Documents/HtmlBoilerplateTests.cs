using IRLearn.Infrastructure.Documents;
using Xunit;

namespace IRLearn.Infrastructure.Tests.Documents;

/// <summary>Pages written for these tests in the shapes news sites use; the article must survive whole.</summary>
public class HtmlBoilerplateTests
{
    private static readonly string[] Body =
    [
        "Ministers from the nine member states of the Danube Commission agreed on Tuesday to harmonise inspection rules for river barges, ending a dispute that had slowed cargo traffic for two years.",
        "The agreement, reached after eleven hours of talks in the Austrian capital, sets one standard for hull inspections and lets a vessel cleared in one port sail on to the Black Sea without further checks.",
        "Freight volumes on the river fell by 14 percent in 2023, according to the commission's own figures, as shippers moved goods to rail and road to avoid queues at border ports.",
        "Hungary and Romania had resisted earlier drafts, arguing that their inspectors would lose authority over vessels registered abroad. The compromise lets each state keep spot checks for safety reasons.",
    ];

    [Theory]
    [InlineData("<figure><img src='barge.jpg'><figcaption>A barge waits at the lock near Vienna on Monday. Photo: Ada Lind/Reuters</figcaption></figure>", "A barge waits at the lock near Vienna on Monday. Photo: Ada Lind/Reuters")]
    [InlineData("<aside><h3>Most read</h3><ul><li><a href='/a'>Floods close two ports on the lower river</a></li></ul></aside>", "Floods close two ports on the lower river")]
    [InlineData("<div role='complementary'><p>Why insurers are nervous about the Black Sea shipping lanes this winter</p></div>", "Why insurers are nervous about the Black Sea shipping lanes this winter")]
    [InlineData("<div class='related-stories'><p>Port strike enters its second week as talks stall again</p></div>", "Port strike enters its second week as talks stall again")]
    [InlineData("<div class='newsletterSignup'><p>Get the river brief in your inbox every Friday morning.</p></div>", "Get the river brief in your inbox every Friday morning.")]
    [InlineData("<div id='ad_slot_3'><p>Cruises on the Danube from only a few euros a night, book today</p></div>", "Cruises on the Danube from only a few euros a night, book today")]
    [InlineData("<p class='image-credit'>Tomas Reiter for The River Gazette</p>", "Tomas Reiter for The River Gazette")]
    [InlineData("<section class='inline-trust-module'><p>We name our sources whenever we can, and we explain why when we cannot.</p></section>", "We name our sources whenever we can, and we explain why when we cannot.")]
    [InlineData("<ul><li><a href='/1'>Floods close two ports on the lower river</a></li><li><a href='/2'>Why insurers are nervous</a></li></ul>", "Floods close two ports on the lower river")]
    [InlineData("<p><a href='/rhine'>Read more: how the Rhine settled the same quarrel</a></p>", "Read more: how the Rhine settled the same quarrel")]
    [InlineData("<div class='m-em-video'><div class='m-em-video__title'>Low water on the Danube: barges wait near Vidin</div><p>Crews at the port say they have been idle for a week.</p></div>", "Low water on the Danube: barges wait near Vidin")]
    [InlineData("<div data-testid='in-story-app-prompt'><p>Read in app</p><span>Get the full experience in the River Gazette app, with saved articles.</span></div>", "Get the full experience in the River Gazette app, with saved articles.")]
    public void Extract_FurnitureInsideTheArticle_IsRemovedAndListed(string furniture, string listed)
    {
        var document = HtmlExtractor.Extract(Page(Paragraphs(0, 2) + furniture + Paragraphs(2, 2)));

        Assert.Equal(Body, document.Paragraphs.Where(p => p != document.Title));
        Assert.Contains(listed, document.Removed!);
    }

    [Fact]
    public void Extract_HiddenBlock_IsRemoved()
    {
        var document = HtmlExtractor.Extract(Page(Paragraphs(0, 2) + "<div hidden><p>Subscribers read this first, before anyone else.</p></div>" + Paragraphs(2, 2)));

        Assert.Equal(Body, document.Paragraphs.Where(p => p != document.Title));
    }

    [Fact]
    public void Extract_DekAndBylineBesideTheHeadline_AreRemovedAndTheTitleKept()
    {
        const string header = "<div class='story-head'><h1>Danube States Agree Barge Rules</h1>"
            + "<p>Nine governments end a two-year quarrel over inspections.</p><p>By Elena Marsh</p></div>";
        var document = HtmlExtractor.Extract("<html><body><article>" + header + Paragraphs(0, 4) + "</article></body></html>");

        Assert.Equal("Danube States Agree Barge Rules", document.Title);
        Assert.Equal(Body, document.Paragraphs.Where(p => p != document.Title));
        Assert.Contains("Nine governments end a two-year quarrel over inspections.", document.Removed!);
    }

    [Fact]
    public void Extract_HeadlineThatSharesItsParentWithTheBody_LeavesTheBodyAlone()
    {
        var document = HtmlExtractor.Extract("<html><body><div><h1>Danube States Agree Barge Rules</h1>" + Paragraphs(0, 4) + "</div></body></html>");

        Assert.Equal(Body, document.Paragraphs.Where(p => p != document.Title));
    }

    [Fact]
    public void Extract_ArticleContainerWhoseClassNamesAWidget_IsKeptBecauseItHoldsTheText()
    {
        var document = HtmlExtractor.Extract("<html><body><div class='story social-share-enabled'>" + Paragraphs(0, 4) + "</div></body></html>");

        Assert.Equal(Body, document.Paragraphs);
    }

    [Fact]
    public void Extract_ParagraphWithAFewLinks_IsKept()
    {
        const string linked = "<p>The <a href='/c'>Danube Commission</a>, founded in 1948, has its seat in <a href='/b'>Budapest</a> and nine member states.</p>";
        var document = HtmlExtractor.Extract(Page(Paragraphs(0, 2) + linked + Paragraphs(2, 2)));

        Assert.Contains("The Danube Commission, founded in 1948, has its seat in Budapest and nine member states.", document.Paragraphs);
    }

    [Fact]
    public void Extract_PageWithoutArticleContainer_ListsCaptionsButNotMenus()
    {
        const string html = "<html><body><div class='topnav'><a href='/'>Home</a> <a href='/world'>World</a> <a href='/europe'>Europe</a></div>"
            + "<div class='content'><p>" + "Ministers agreed on common rules for barges. " + "</p>"
            + "<div class='photo-caption'>Barges queue at the lock near Vienna.</div></div></body></html>";

        var document = HtmlExtractor.Extract(html);

        Assert.Equal(["Barges queue at the lock near Vienna."], document.Removed);
    }

    [Theory]
    [InlineData("related-articles", true)]
    [InlineData("relatedArticles", true)]
    [InlineData("ad_slot", true)]
    [InlineData("c-most-read", true)]
    [InlineData("readMoreLink", true)]
    [InlineData("figure__caption", true)]
    [InlineData("header", false)]
    [InlineData("shadow-box", false)]
    [InlineData("loading", false)]
    [InlineData("article-body", false)]
    [InlineData("story-teaser", false)]
    public void NamesWidget_MatchesWholeWordsOfClassAndIdValues(string value, bool expected)
    {
        Assert.Equal(expected, HtmlBoilerplate.NamesWidget(value));
    }

    private static string Page(string article) =>
        "<html><head><title>Danube States Agree Barge Rules | River Gazette</title></head><body>"
        + "<header><a href='/'>River Gazette</a></header><main><article>" + article + "</article></main><footer>© River Gazette</footer></body></html>";

    private static string Paragraphs(int skip, int take) => string.Concat(Body.Skip(skip).Take(take).Select(p => $"<p>{p}</p>"));
}
