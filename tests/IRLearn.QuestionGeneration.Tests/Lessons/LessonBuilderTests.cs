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

    [Fact]
    public void Build_Article_KeyTermsHoldDefinedAndGazetteerAcronyms()
    {
        Assert.Contains(Result.Lesson.KeyTerms, k => k.Term == "CIS" && k.Expansion == "Commonwealth of Independent States");
        Assert.Contains(Result.Lesson.KeyTerms, k => k.Term == "NATO" && k.Expansion == "North Atlantic Treaty Organization");
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
}
