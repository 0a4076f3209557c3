using IRLearn.Application.Articles;
using IRLearn.Domain.Lessons;
using IRLearn.Domain.QuestionBank;
using IRLearn.QuestionGeneration;
using Moq;

namespace IRLearn.Application.Tests.Articles;

public sealed class ArticleImporterTests
{
    private const string Cleaned = "Kazakhstan initiated CICA in 1992. Astana hosts summits.";
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Import_SkipsAndCountsGeneratedQuestionsThatBreakDomainRules_KeepingTheRest()
    {
        var importer = new ArticleImporter(Generator(Result(
            Question(GeneratedQuestionType.ShortAnswer, "In what year did Kazakhstan initiate CICA?", accepted: ["1992"]),
            Question(GeneratedQuestionType.MultipleChoice, "Which city hosts summits?", options: [new("Astana", false), new("Almaty", false)]),
            Question(GeneratedQuestionType.FillInBlank, "No blank in this stem", accepted: ["x"]))));

        var imported = importer.Import("instructor-1", "raw text", "My title", "kaz.txt", Now);

        var question = Assert.Single(imported.Questions);
        Assert.Equal(2, imported.SkippedQuestionCount);
        Assert.Equal(QuestionOrigin.Generated, question.Origin);
        Assert.Equal(ReviewStatus.Proposed, question.ReviewStatus);
        Assert.Equal(imported.Lesson.Id, question.LessonId);
        Assert.Equal(new SourceReference("Kazakhstan initiated CICA in 1992.", 0, 34), question.CurrentVersion.Content.Source);
        Assert.Equal(Difficulty.Hard, question.CurrentVersion.Content.Difficulty);
    }

    [Fact]
    public void Import_StoresTheBankAndTheMoreCandidates_WithTheirConfidence_SkippingACandidateTheDomainRefuses()
    {
        var bank = Question(GeneratedQuestionType.ShortAnswer, "In what year did Kazakhstan initiate CICA?", accepted: ["1992"]) with { Confidence = 0.91 };
        var candidate = Question(GeneratedQuestionType.ShortAnswer, "Which forum did Kazakhstan initiate in 1992?", accepted: ["CICA"]) with { Confidence = 0.35 };
        var broken = Question(GeneratedQuestionType.ShortAnswer, "What did Kazakhstan initiate?", accepted: ["CICA"]) with { Confidence = 1.5 };
        var importer = new ArticleImporter(Generator(Result(bank) with { MoreCandidates = [candidate, broken] }));

        var imported = importer.Import("instructor-1", "raw text", "My title", "kaz.txt", Now);

        Assert.Equal(2, imported.Questions.Count);
        Assert.Equal(1, imported.BankCount);
        Assert.Equal(1, imported.MoreCandidateCount);
        Assert.Equal(1, imported.SkippedQuestionCount);
        var stored = imported.Questions.ToDictionary(q => q.CurrentVersion.Content.Stem);
        Assert.Equal((QuestionTier.Bank, 0.91), (stored[bank.Stem].Tier, stored[bank.Stem].Confidence));
        Assert.Equal((QuestionTier.MoreCandidate, 0.35), (stored[candidate.Stem].Tier, stored[candidate.Stem].Confidence));
        Assert.All(imported.Questions, q => Assert.Equal(ReviewStatus.Proposed, q.ReviewStatus));
    }

    [Fact]
    public void Import_MapsTheArticleAndLessonDraft_AndDropsOnlyTheLessonPartsTheDomainRefuses()
    {
        var lesson = new LessonDraft(
            "Summary",
            [new LessonSectionDraft("Bridge", "Astana links Europe and Asia."), new LessonSectionDraft("Empty", " ")],
            [new KeyTermDraft("CICA", "Conference on Interaction"), new KeyTermDraft("cica", "duplicate spelling"), new KeyTermDraft("CIS", "")],
            ["Explain CICA"],
            ["Kazakhstan"]);
        var importer = new ArticleImporter(Generator(Result() with { Lesson = lesson, Removed = ["Image by someone"] }));

        var imported = importer.Import("instructor-1", "raw text", title: null, source: null, Now);

        Assert.Equal("Engine title", imported.Article.Title);
        Assert.Equal(Cleaned, imported.Article.CleanedText);
        Assert.Equal(["Image by someone"], imported.Article.RemovedBlocks);
        Assert.Equal(imported.Article.Id, imported.Lesson.ArticleId);
        Assert.Equal("Engine title", imported.Lesson.Title);
        Assert.Equal("Bridge", Assert.Single(imported.Lesson.Sections).Heading);
        // The term without an expansion and the second spelling of CICA are dropped; the rest is kept.
        Assert.Equal(new KeyTerm("CICA", "Conference on Interaction"), Assert.Single(imported.Lesson.KeyTerms));
        Assert.Equal(["Explain CICA"], imported.Lesson.Objectives);
        Assert.Equal(["Kazakhstan"], imported.Lesson.Tags);
    }

    [Fact]
    public void Import_WithoutAnyTitle_UsesAPlaceholderRatherThanFailing()
    {
        var importer = new ArticleImporter(Generator(Result() with { Title = "  " }));

        var imported = importer.Import("instructor-1", "raw text", title: null, source: null, Now);

        Assert.Equal(ArticleImporter.UntitledArticle, imported.Article.Title);
    }

    [Fact]
    public void Import_BlocksTheReaderLeftOut_AreListedBeforeTheGeneratorsOwn()
    {
        var importer = new ArticleImporter(Generator(Result() with { Removed = ["Image by someone"] }));

        var imported = importer.Import("instructor-1", "raw text", "My title", "page.html", Now, removedByReader: ["A barge at the lock. Photo: Ada Lind/Reuters"]);

        Assert.Equal(["A barge at the lock. Photo: Ada Lind/Reuters", "Image by someone"], imported.Article.RemovedBlocks);
    }

    private static IArticleGenerator Generator(GenerationResult result)
    {
        var generator = new Mock<IArticleGenerator>();
        generator.Setup(g => g.Generate(It.IsAny<string>(), It.IsAny<string?>())).Returns(result);
        return generator.Object;
    }

    private static GenerationResult Result(params GeneratedQuestion[] questions) =>
        new("Engine title", Cleaned, new LessonDraft("Summary", [new LessonSectionDraft("All", Cleaned)], [], [], []), [], questions);

    private static GeneratedQuestion Question(
        GeneratedQuestionType type, string stem, IReadOnlyList<OptionDraft>? options = null, IReadOnlyList<string>? accepted = null) =>
        new("q", type, stem, options, accepted, null, null, "Because the article says so.", new SourceSpan("Kazakhstan initiated CICA in 1992.", 0, 34), GeneratedDifficulty.Hard, ["CICA"]);
}
