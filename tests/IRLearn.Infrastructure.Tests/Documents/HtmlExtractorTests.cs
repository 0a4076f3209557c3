using AngleSharp.Html.Parser;
using IRLearn.Infrastructure.Documents;
using Xunit;

namespace IRLearn.Infrastructure.Tests.Documents;

public class HtmlExtractorTests
{
    private const string NewsPage = """
        <!DOCTYPE html>
        <html><head><title>Kazakhstan's Global Stance | World Affairs Daily</title>
        <style>body { font-family: serif; }</style><script>var tracking = "ignore me";</script></head>
        <body>
        <header><h1 class="logo">World Affairs Daily</h1>
          <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/subscribe">Subscribe now</a></li></ul></nav></header>
        <main><article>
          <h1>Kazakhstan's Global Stance</h1>
          <p>Kazakhstan, a landlocked nation situated at the heart of Eurasia, has continuously sought to establish itself as a bridge between the East and the West, while pursuing a foreign policy that emphasises peace, cooperation and development.</p>
          <p>The recent participation of President Kassym-Jomart Tokayev in the Council of Heads of State held in Bishkek, Kyrgyzstan, on <strong>October 13</strong> gave him a platform to restate Kazakhstan's position on several global topics.</p>
          <h2>The wider system</h2>
          <p>In 1992 Kazakhstan initiated the Conference on Interaction and Confidence Building Measures in Asia, which has since grown to include twenty-eight member states across the continent.</p>
        </article></main>
        <aside><h3>Most read</h3><ul><li><a href="/a">Ten things about Brussels</a></li></ul></aside>
        <footer><p>Copyright 2026 World Affairs Daily. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
        </body></html>
        """;

    [Fact]
    public void Extract_NewsPage_KeepsTheArticleAndDropsNavigationAndFooter()
    {
        var document = HtmlExtractor.Extract(NewsPage);

        Assert.Equal("Kazakhstan's Global Stance", document.Title);
        Assert.Equal(4, document.Paragraphs.Count(p => !p.Equals(document.Title, StringComparison.Ordinal)));
        Assert.Contains(document.Paragraphs, p => p.StartsWith("Kazakhstan, a landlocked nation", StringComparison.Ordinal));
        Assert.Contains("The wider system", document.Paragraphs);
        Assert.Contains(document.Paragraphs, p => p.Contains("Bishkek, Kyrgyzstan, on October 13 gave him", StringComparison.Ordinal));
        var all = string.Join("\n", document.Paragraphs);
        Assert.DoesNotContain("Subscribe now", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Copyright", all, StringComparison.Ordinal);
        Assert.DoesNotContain("tracking", all, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_PageTooThinForMainContent_FallsBackToBodyWithoutFurniture()
    {
        const string html = "<html><head><title>Short note - Think Tank</title></head><body><nav>Home | About</nav>"
            + "<div>The summit ended early.<br>Talks resume in May.</div><footer>Contact us</footer></body></html>";

        var document = HtmlExtractor.Extract(html);

        Assert.Equal("Short note", document.Title);
        Assert.Equal(["The summit ended early.", "Talks resume in May."], document.Paragraphs);
    }

    [Fact]
    public void Extract_TitleWithSiteName_DropsTheSiteName()
    {
        var document = HtmlExtractor.Extract("<html><head><title>Arctic Council Reopens | Polar Review</title></head><body><p>Text.</p></body></html>");

        Assert.Equal("Arctic Council Reopens", document.Title);
    }

    [Fact]
    public void Extract_NoHeadingButASharedTitle_TakesTheSharedTitle()
    {
        // Without an <h1>, the og:title is the headline; the document title carries the site's name and motto.
        var document = HtmlExtractor.Extract(
            "<html><head><meta property='og:title' content='Iraq and Jordan revive pipeline plan'>" +
            "<title>Iraq and Jordan revive pipeline plan - Gulf Monitor: Independent coverage of the region</title></head><body><p>Text.</p></body></html>");

        Assert.Equal("Iraq and Jordan revive pipeline plan", document.Title);
    }

    [Fact]
    public void Extract_TitleWithSiteNameAfterAHyphen_DropsTheSiteName()
    {
        var document = HtmlExtractor.Extract("<html><head><title>Arctic Council Reopens - Polar Review</title></head><body><p>Text.</p></body></html>");

        Assert.Equal("Arctic Council Reopens", document.Title);
    }

    [Fact]
    public void Paragraphs_NestedBlocksAndInlineElements_GiveOneParagraphPerBlock()
    {
        using var document = new HtmlParser().ParseDocument(
            "<body><div><p>One <em>em</em>phasised</p><ul><li>first</li><li>second</li></ul>tail</div><table><tr><td>cell</td></tr></table></body>");

        Assert.Equal(["One emphasised", "first", "second", "tail", "cell"], HtmlExtractor.Paragraphs(document.Body!));
    }
}
