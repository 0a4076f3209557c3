using IRLearn.Application.Common.Interfaces;
using IRLearn.Infrastructure.Documents;
using IRLearn.Infrastructure.Tests.Documents.Hostile;
using Xunit;

namespace IRLearn.Infrastructure.Tests.Documents;

public class HtmlLimitsTests
{
    private static DocumentBudget Budget(int maxDepth = 256, int maxElements = 100_000, int maxChildren = 10_000) =>
        new(new DocumentReaderOptions { MaxDepth = maxDepth, MaxElements = maxElements, MaxChildren = maxChildren }, TestContext.Current.CancellationToken);

    private static string Page(string body) => $"<html><head><title>T</title></head><body>{body}</body></html>";

    [Fact]
    public void Check_ArticlePage_MeasuresItAndAllowsTheReaderView()
    {
        var shape = HtmlLimits.Check(Page("<article>" + HostileCorpus.Paragraphs() + "</article>"), Budget());

        // html, head, title, body, article and four paragraphs; each paragraph is four levels down.
        Assert.Equal(9, shape.Elements);
        Assert.Equal(4, shape.Depth);
        Assert.True(shape.AllowsReaderView);
    }

    [Fact]
    public void Check_NestingBeyondTheLimit_IsTooComplexAndSaysHowDeep()
    {
        var ex = Assert.Throws<DocumentTooComplexException>(() => HtmlLimits.Check(Page(HostileCorpus.Repeat("<div>", 50) + "x"), Budget(maxDepth: 40)));

        Assert.Contains("more than 40 levels deep", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MoreElementsThanAllowed_IsTooComplex()
    {
        var ex = Assert.Throws<DocumentTooComplexException>(() => HtmlLimits.Check(Page(HostileCorpus.Repeat("<i></i>", 500)), Budget(maxElements: 300)));

        Assert.Contains("more than 300 elements", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ElementWithMoreChildrenThanAllowed_IsTooComplexAndSaysHowMany()
    {
        var ex = Assert.Throws<DocumentTooComplexException>(() => HtmlLimits.Check(Page("<div>" + HostileCorpus.Repeat("<a href='/x'>link</a> ", 600) + "</div>"), Budget(maxChildren: 1_000)));

        Assert.Contains("more than 1,000 children", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ElementWithChildrenUpToTheLimit_IsMeasured()
    {
        // 500 links and the 500 spaces between them: exactly the limit.
        var shape = HtmlLimits.Check(Page("<div>" + HostileCorpus.Repeat("<a href='/x'>link</a> ", 500) + "</div>"), Budget(maxChildren: 1_000));

        Assert.True(shape.Elements > 500);
    }

    /// <summary>
    /// Found by fuzzing a simplified model of the parser: MathML, buttons and misplaced end tags make
    /// the real tree grow by three levels per repetition where a model saw a constant depth. The guard
    /// watches the real parser, so it stops this too.
    /// </summary>
    [Fact]
    public void Check_MarkupWhoseDepthOnlyTheParserKnows_IsStopped()
    {
        const string Unit = "<pre><pre></math>  <mglyph>xx<math><button id=396><button id=32>x</h1> <mglyph id=576> <pre id=427/><mglyph>x</h1><math>x<h1/></mglyph> <button></button><mglyph><pre id=856><math><mglyph>x <button><button id=509/>";

        var ex = Assert.Throws<DocumentTooComplexException>(() => HtmlLimits.Check(Page(HostileCorpus.Repeat(Unit, 100)), Budget()));

        Assert.Contains("levels deep", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WideElement_KeepsTheQuadraticReaderViewAway()
    {
        var shape = HtmlLimits.Check(Page("<div>" + HostileCorpus.Repeat("<a href='/x'>link</a> ", 5_000) + "</div>"), Budget());

        Assert.True(shape.SiblingCost > 10_000_000);
        Assert.False(shape.AllowsReaderView);
    }

    [Fact]
    public void Check_DeadlinePassed_Stops()
    {
        using var expired = new CancellationTokenSource();
        expired.Cancel();
        var budget = new DocumentBudget(new DocumentReaderOptions(), expired.Token);

        Assert.ThrowsAny<OperationCanceledException>(() => HtmlLimits.Check(Page(HostileCorpus.Repeat("<p>x</p>", 1_000)), budget));
    }

    /// <summary>Random tag soup, as a fuzzer sends it: always an answer (read or refused), never an exception.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task ReadAsync_RandomTagSoup_AlwaysAnswers(int seed)
    {
        var random = new Random(seed);
        var reader = new DocumentReader();
        for (var i = 0; i < 30; i++)
        {
            var soup = HostileCorpus.TagSoup(random, random.Next(10, 10_000)) + " " + TestDocuments.ArticleText;

            var result = await reader.ReadAsync(new MemoryStream(TestDocuments.Utf8(soup)), "soup.html", TestContext.Current.CancellationToken);

            Assert.True(result.Succeeded || result.Error!.Kind is DocumentErrorKind.TooComplex or DocumentErrorKind.Unreadable or DocumentErrorKind.Empty or DocumentErrorKind.NotEnglish, result.Error?.Message);
        }
    }
}
