using IRLearn.Domain.Lessons;
using static IRLearn.Domain.Tests.TestData;

namespace IRLearn.Domain.Tests.Lessons;

public class LessonTests
{
    private readonly Lesson _lesson = Lesson.Create(Instructor, Guid.CreateVersion7(), "Kazakhstan and CICA", "Summary", Now);

    [Fact]
    public void Create_StartsAsDraft()
    {
        Assert.Equal(LessonStatus.Draft, _lesson.Status);
        Rule.Broken("lesson.title_invalid", () => Lesson.Create(Instructor, null, "", null, Now));
    }

    [Fact]
    public void Publish_WithoutSections_IsRefused()
    {
        Rule.Broken("lesson.sections_required", () => _lesson.Publish(Now));
        Assert.Equal(LessonStatus.Draft, _lesson.Status);
    }

    [Fact]
    public void Publish_WithASection_IsPublished()
    {
        _lesson.SetSections([new LessonSection("Background", "Kazakhstan initiated CICA in 1992.")], Now);

        _lesson.Publish(Now.AddHours(1));

        Assert.Equal(LessonStatus.Published, _lesson.Status);
        Assert.Equal(Now.AddHours(1), _lesson.UpdatedAt);
    }

    [Fact]
    public void Unpublish_PublishedLesson_BackToDraft()
    {
        _lesson.SetSections([new LessonSection("Background", "Text.")], Now);
        _lesson.Publish(Now);

        _lesson.Unpublish(Now);

        Assert.Equal(LessonStatus.Draft, _lesson.Status);
    }

    [Fact]
    public void Publish_Archived_IsRefusedUntilRestored()
    {
        _lesson.SetSections([new LessonSection("Background", "Text.")], Now);
        _lesson.Archive(Now);

        Rule.Broken("lesson.archived", () => _lesson.Publish(Now));

        _lesson.Unpublish(Now);
        _lesson.Publish(Now);
        Assert.Equal(LessonStatus.Published, _lesson.Status);
    }

    [Fact]
    public void SetSections_KeepsOrderAndTrims()
    {
        _lesson.SetSections([new LessonSection(" B ", " second "), new LessonSection("A", "first")], Now);

        Assert.Equal([new LessonSection("B", "second"), new LessonSection("A", "first")], _lesson.Sections);
    }

    [Fact]
    public void SetSections_SectionWithoutText_IsRefused()
    {
        Rule.Broken("lesson.section_invalid", () => _lesson.SetSections([new LessonSection("Heading", " ")], Now));
    }

    [Fact]
    public void SetSections_EmptyOnPublishedLesson_IsRefused()
    {
        _lesson.SetSections([new LessonSection("Background", "Text.")], Now);
        _lesson.Publish(Now);

        Rule.Broken("lesson.sections_required", () => _lesson.SetSections([], Now));
    }

    [Fact]
    public void SetTags_NormalisedAndDeduplicatedIgnoringCase()
    {
        _lesson.SetTags([" Kazakhstan ", "kazakhstan", "Central   Asia", "", "CICA"], Now);

        Assert.Equal(["Kazakhstan", "Central Asia", "CICA"], _lesson.Tags);
    }

    [Fact]
    public void SetTags_TooLongTag_IsRefused()
    {
        Rule.Broken("lesson.tag_invalid", () => _lesson.SetTags([new string('x', 51)], Now));
    }

    [Fact]
    public void SetKeyTerms_DuplicateTermIgnoringCase_IsRefused()
    {
        Rule.Broken("lesson.key_term_duplicate", () => _lesson.SetKeyTerms([new KeyTerm("CICA", "Conference A"), new KeyTerm("cica", "Conference B")], Now));
    }

    [Fact]
    public void SetKeyTerms_Valid_AreStored()
    {
        _lesson.SetKeyTerms([new KeyTerm(" CICA ", "Conference on Interaction and Confidence Building Measures in Asia")], Now);

        Assert.Equal("CICA", Assert.Single(_lesson.KeyTerms).Term);
    }

    [Fact]
    public void SetObjectives_DropsBlanksAndDuplicates()
    {
        _lesson.SetObjectives(["Explain CICA", " ", "explain CICA", "Name its members"], Now);

        Assert.Equal(["Explain CICA", "Name its members"], _lesson.Objectives);
    }

    [Fact]
    public void RenameAndUpdateSummary_ChangeUpdatedAt()
    {
        _lesson.Rename("New title", Now.AddDays(1));
        _lesson.UpdateSummary(null, Now.AddDays(2));

        Assert.Equal("New title", _lesson.Title);
        Assert.Equal(string.Empty, _lesson.Summary);
        Assert.Equal(Now.AddDays(2), _lesson.UpdatedAt);
    }
}
