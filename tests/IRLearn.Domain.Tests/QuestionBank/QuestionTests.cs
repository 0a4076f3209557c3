using IRLearn.Domain.QuestionBank;
using static IRLearn.Domain.Tests.TestData;

namespace IRLearn.Domain.Tests.QuestionBank;

public class QuestionTests
{
    [Fact]
    public void Create_StartsProposedWithVersionOneAndRaisesVersionCreated()
    {
        var question = ProposedQuestion();

        Assert.Equal(ReviewStatus.Proposed, question.ReviewStatus);
        var version = Assert.Single(question.Versions);
        Assert.Equal(1, version.Number);
        Assert.Equal(question.Id, version.QuestionId);
        Assert.Same(version, question.CurrentVersion);
        var created = Assert.IsType<QuestionVersionCreated>(Assert.Single(question.DomainEvents));
        Assert.Equal(version.Id, created.QuestionVersionId);
    }

    [Fact]
    public void Create_GeneratedWithoutSource_IsRefused()
    {
        var noSource = QuestionContent.Create(QuestionType.ShortAnswer, "Which forum?", acceptedAnswers: ["CICA"]);

        Rule.Broken("question.source_required", () => Question.Create(LessonId, Instructor, QuestionOrigin.Generated, noSource, Now));
        Assert.Equal(QuestionOrigin.Authored, Question.Create(LessonId, Instructor, QuestionOrigin.Authored, noSource, Now).Origin);
    }

    [Fact]
    public void Edit_ApprovedQuestion_AppendsNewVersionAndKeepsTheOld()
    {
        var question = ApprovedQuestion();
        var original = question.CurrentVersion;
        question.ClearDomainEvents();

        var edited = question.Edit(MultipleChoice("1993"), Now.AddDays(1));

        Assert.Equal(2, question.Versions.Count);
        Assert.Equal(2, edited.Number);
        Assert.NotEqual(original.Id, edited.Id);
        Assert.Equal(edited.Id, question.CurrentVersionId);
        Assert.Equal("1992", original.Content.Options[0].Text);
        Assert.Equal("1993", question.CurrentVersion.Content.Options[0].Text);
        Assert.Equal(ReviewStatus.Approved, question.ReviewStatus);
        var created = Assert.IsType<QuestionVersionCreated>(Assert.Single(question.DomainEvents));
        Assert.Equal(2, created.Number);
    }

    [Fact]
    public void Edit_ProposedQuestion_ReplacesCurrentVersionInPlace()
    {
        var question = ProposedQuestion();
        var original = question.CurrentVersion;
        question.ClearDomainEvents();

        var edited = question.Edit(MultipleChoice("1993"), Now.AddDays(1));

        Assert.Single(question.Versions);
        Assert.Same(original, edited);
        Assert.Equal(1, edited.Number);
        Assert.Equal("1993", edited.Content.Options[0].Text);
        Assert.Empty(question.DomainEvents);
    }

    [Fact]
    public void Edit_RejectedQuestion_InPlaceAndBackToProposed()
    {
        var question = ProposedQuestion();
        question.Reject();

        question.Edit(MultipleChoice("1993"), Now.AddDays(1));

        Assert.Single(question.Versions);
        Assert.Equal(ReviewStatus.Proposed, question.ReviewStatus);
    }

    [Fact]
    public void Edit_RetiredQuestion_AppendsNewVersion()
    {
        var question = ApprovedQuestion();
        question.Retire();

        question.Edit(MultipleChoice("1993"), Now.AddDays(1));

        Assert.Equal(2, question.Versions.Count);
        Assert.Equal(ReviewStatus.Retired, question.ReviewStatus);
    }

    [Fact]
    public void Edit_ApprovedQuestionWithUnchangedContent_DoesNotCreateVersion()
    {
        var question = ApprovedQuestion();

        question.Edit(MultipleChoice(), Now.AddDays(1));

        Assert.Single(question.Versions);
    }

    [Fact]
    public void Edit_ApprovedThreeTimes_VersionsNumberedOneToFour()
    {
        var question = ApprovedQuestion();

        foreach (var year in new[] { "1993", "1994", "1995" })
        {
            question.Edit(MultipleChoice(year), Now.AddDays(1));
        }

        Assert.Equal([1, 2, 3, 4], question.Versions.Select(v => v.Number));
        Assert.Equal(4, question.CurrentVersion.Number);
    }

    [Fact]
    public void Edit_GeneratedQuestionLosingItsSource_IsRefused()
    {
        var question = ProposedQuestion();
        var noSource = QuestionContent.Create(QuestionType.ShortAnswer, "Which forum?", acceptedAnswers: ["CICA"]);

        Rule.Broken("question.source_required", () => question.Edit(noSource, Now));
    }

    [Fact]
    public void Approve_RejectedOrRetired_BecomesApproved()
    {
        var rejected = ProposedQuestion();
        rejected.Reject();
        var retired = ApprovedQuestion();
        retired.Retire();

        rejected.Approve();
        retired.Approve();

        Assert.Equal(ReviewStatus.Approved, rejected.ReviewStatus);
        Assert.Equal(ReviewStatus.Approved, retired.ReviewStatus);
    }

    [Fact]
    public void Reject_ApprovedQuestion_IsRefused()
    {
        var question = ApprovedQuestion();

        Rule.Broken("question.reject_not_allowed", question.Reject);
        Assert.Equal(ReviewStatus.Approved, question.ReviewStatus);
    }

    [Fact]
    public void Retire_ProposedQuestion_IsRefused()
    {
        Rule.Broken("question.retire_not_allowed", ProposedQuestion().Retire);
    }
}
