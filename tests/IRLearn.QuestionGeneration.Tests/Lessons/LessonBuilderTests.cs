using IRLearn.QuestionGeneration.Lessons;
using IRLearn.QuestionGeneration.Tests.Support;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Tests.Lessons;

public sealed class LessonBuilderTests
{
    private const string Article = """
        Kazakhstan Between East and West

        Kazakhstan has long pursued a multi-vector foreign policy. President Kassym-Jomart Tokayev addressed the Commonwealth of Independent States (CIS) in Bishkek on 13 October.

        Kazakhstan staunchly supports the two-state solution. The country also backs nuclear disarmament and joined NATO partnership programmes.

        Around 80% of road traffic between Europe and Asia passes through Kazakhstan. Water shortages may affect five billion people by 2050.
        """;

    private static readonly GenerationResult Result = new ArticleGenerator().Generate(Article);

    // Written for these tests: a treaty, an organisation without an acronym, IR concepts, a reason and a span of years.
    private const string Arctic = """
        How Norway Balances Fisheries and Security in the Arctic

        The Svalbard Treaty, signed in Paris in 1920, gives Norway sovereignty over the archipelago while letting other parties fish and mine there. Norway has defended its reading of the Svalbard Treaty against objections from Russia since 1977.

        The Nordic Council brings together the parliaments of the Nordic states. The Nordic Council met in Oslo in 2019 to discuss maritime security and the fishing quotas of the region.

        Norway suspended licences for seabed mining in 2024 because of protests from fishing communities. Traffic on the Northern Sea Route has grown as the ice retreats, and maritime security now tops the agenda in Tromsø.
        """;

    private static readonly GenerationResult ArcticResult = new ArticleGenerator().Generate(Arctic);

    [Fact]
    public void Build_Article_KeyTermsHoldTheAcronymsTheArticleUses()
    {
        Assert.Contains(Result.Lesson.KeyTerms, k => k.Term == "CIS" && k.Expansion == "Commonwealth of Independent States");
        Assert.Contains(Result.Lesson.KeyTerms, k => k.Term == "NATO" && k.Expansion == "North Atlantic Treaty Organization");
    }

    [Fact]
    public void Build_Article_KeyTermsHoldItsMainTreatyOrganisationAndConcepts()
    {
        var terms = ArcticResult.Lesson.KeyTerms;

        var treaty = Assert.Single(terms, k => k.Term == "Svalbard Treaty");
        Assert.StartsWith("In the article: “The Svalbard Treaty, signed in Paris in 1920", treaty.Expansion, StringComparison.Ordinal);
        Assert.Contains(terms, k => k.Term == "Nordic Council");
        Assert.Contains(terms, k => k.Term == "maritime security");
    }

    [Fact]
    public void Build_Article_KeyTermExplanationsAreDistinctSoTheyNeverAliasTwoTerms()
    {
        var terms = ArcticResult.Lesson.KeyTerms.Concat(Result.Lesson.KeyTerms).ToList();

        var keys = terms.Select(k => Words.Normalize(k.Term)).Concat(terms.Select(k => Words.Normalize(k.Expansion))).ToList();
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Build_AcronymTheArticleNeverWrites_IsNotAKeyTerm()
    {
        var result = new ArticleGenerator().Generate("Development Finance in Africa\n\nThe World Bank lent heavily to Kenya in 2021. The World Bank also funded roads in Ghana.");

        Assert.DoesNotContain(result.Lesson.KeyTerms, k => k.Term == "WB");
        Assert.Contains(result.Lesson.KeyTerms, k => k.Term == "World Bank");
    }

    [Fact]
    public void Build_Article_SummaryIsMadeOfArticleSentences()
    {
        Assert.False(string.IsNullOrWhiteSpace(Result.Lesson.Summary));
        Assert.Contains("Kazakhstan", Result.Lesson.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Article_SectionsCoverEveryParagraph()
    {
        Assert.NotEmpty(Result.Lesson.Sections);
        Assert.All(Result.Lesson.Sections, s => Assert.False(string.IsNullOrWhiteSpace(s.Heading)));
        Assert.Equal(Result.CleanedText, string.Join("\n\n", Result.Lesson.Sections.Select(s => s.Text)));
    }

    [Fact]
    public void Build_ArticleAboutACrisis_KeyTermsNameItsConceptsOnceEach()
    {
        const string crisis = """
            Valdora's Parliament Votes on Impeachment After a Night of Martial Law

            President Aren Castell declared martial law in Valdora on 3 March, sending troops to the parliament building in Porto Lume.

            Lawmakers lifted martial law six hours later, and the opposition filed a motion of impeachment against Castell the next morning.

            Castell had also raised a tariff on grain imports from Norland in January. The tariffs angered farmers in the north.
            """;

        var terms = new ArticleGenerator().Generate(crisis).Lesson.KeyTerms.Select(k => k.Term).ToList();

        Assert.Contains("martial law", terms);
        Assert.Contains("impeachment", terms);
        Assert.Single(terms, t => t.StartsWith("tariff", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_ParagraphsThatNameNothingNew_CarryOnTheSectionBeforeThem()
    {
        const string rail = """
            Mongolia Opens a Rail Link to China

            Mongolia opened a rail link to China at Zamiin-Uud in 2025. The line carries coal from Tavan Tolgoi to the border.

            China buys most of the coal that Mongolia exports. The new line cuts the journey from three days to one.

            Russia also wants a share of the transit trade. Moscow has offered to extend its own lines south to Ulaanbaatar.

            The Asian Development Bank lent part of the money for the line. The bank expects the link to lower freight costs.

            Lorry drivers who carried the coal before now fear for their jobs. Many of them have driven the route for ten years.

            The drivers held a protest at the depot last month. They want new work loading the wagons.

            Officials expect the line to carry thirty million tonnes a year by 2030.

            Similar lines further east are planned for the next decade.
            """;

        var result = new ArticleGenerator().Generate(rail);

        Assert.DoesNotContain(result.Lesson.Sections, s => s.Heading == "Further points");
        Assert.Equal(2, result.Lesson.Sections.Count);
        Assert.EndsWith("planned for the next decade.", result.Lesson.Sections[^1].Text, StringComparison.Ordinal);
        Assert.Equal(result.CleanedText, string.Join("\n\n", result.Lesson.Sections.Select(s => s.Text)));
    }

    [Fact]
    public void Build_Article_TagsStartWithTheArticlesSubject()
    {
        Assert.Equal("Kazakhstan", Result.Lesson.Tags[0]);
        Assert.Contains("Central Asia", Result.Lesson.Tags);
    }

    [Fact]
    public void Build_Article_ObjectivesAreSentences()
    {
        Assert.NotEmpty(Result.Lesson.Objectives);
        Assert.All(Result.Lesson.Objectives, o => Assert.EndsWith(".", o, StringComparison.Ordinal));
    }

    [Fact]
    public void Build_TitleAskingHow_BecomesTheFirstObjectiveInSentenceCase()
    {
        Assert.Equal("Explain how Norway balances fisheries and security in the Arctic.", ArcticResult.Lesson.Objectives[0]);
    }

    [Fact]
    public void Build_Article_ObjectivesNameItsSubjectTermsAndYears_NotGenericTasks()
    {
        var objectives = ArcticResult.Lesson.Objectives;

        Assert.Contains(objectives, o => o.Contains("the Svalbard Treaty", StringComparison.Ordinal) && o.Contains("Norway", StringComparison.Ordinal));
        Assert.Contains("Trace the main events the article describes, from 1920 to 2024.", objectives);
        Assert.Contains(objectives, o => o.StartsWith("Explain why Norway suspended licences for seabed mining", StringComparison.Ordinal));
        Assert.DoesNotContain(objectives, o => o.Contains("acronyms", StringComparison.Ordinal) || o.Contains("key dates and figures", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_Headings_AreWholeNames_NeverAPieceOfALongerOne()
    {
        var headings = ArcticResult.Lesson.Sections.Select(s => s.Heading).ToList();

        Assert.DoesNotContain(headings, h => h.Contains("Sea Route", StringComparison.Ordinal) && !h.Contains("Northern Sea Route", StringComparison.Ordinal));
        // Every part of a heading is a phrase the article writes as it stands.
        Assert.All(headings.SelectMany(h => h.Split(" and ")), part => Assert.Contains(part, Arctic, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("The Basis of the Dispute", true)]
    [InlineData("What did the court decide?", true)]
    [InlineData("Fishing Quotas", true)]
    [InlineData("15:11", false)]
    [InlineData("Updated 4:30 PM", false)]
    [InlineData("In partnership with", false)]
    [InlineData("More On:", false)]
    [InlineData("By: Ingrid Dahl, Lars Berg", false)]
    [InlineData("Ingrid Dahl, Arctic correspondent", false)]
    [InlineData("Ingrid Dahl", false)]
    [InlineData("Media captionFishing boats in Tromsø", false)]
    [InlineData("“We will not give up the quota.”", false)]
    [InlineData("Keywords", false)]
    [InlineData("PM UTC", false)]
    public void IsWholeHeading_TellsAPhraseFromScraperDebris(string heading, bool expected)
    {
        var analysis = Analyze.Body("Ingrid Dahl said the fishing quotas would stay. The basis of the dispute is old, and the court will decide.");

        Assert.Equal(expected, LessonBuilder.IsWholeHeading(heading, analysis));
    }

    [Fact]
    public void Build_HeadingBlocksThatAreNotHeadings_DoNotNameSections()
    {
        var result = new ArticleGenerator().Generate("""
            Quotas in the North

            Norway set new fishing quotas for the Barents Sea in 2023, and Russia objected to them.

            15:11

            The quotas cover cod and haddock, which both countries fish in the same waters.

            The Basis of the Dispute

            The dispute goes back to the division of the sea in 2010, when both governments signed a boundary deal.
            """);

        Assert.DoesNotContain(result.Lesson.Sections, s => s.Heading == "15:11");
        Assert.Contains(result.Lesson.Sections, s => s.Heading == "The Basis of the Dispute");
    }
}
