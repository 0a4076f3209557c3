using IRLearn.Domain.Attempts;
using IRLearn.Domain.QuestionBank;
using IRLearn.Domain.Quizzes;
using static IRLearn.Domain.Tests.TestData;

namespace IRLearn.Domain.Tests.QuestionBank;

public class QuestionTierTests
{
    [Theory]
    [InlineData(QuestionTier.Bank)]
    [InlineData(QuestionTier.MoreCandidate)]
    public void Generate_KeepsTierAndConfidence_AndStartsUnreviewed(QuestionTier tier)
    {
        var question = Question.Generate(LessonId, Instructor, MultipleChoice(), tier, 0.42, Now);

        Assert.Equal(tier, question.Tier);
        Assert.Equal(0.42, question.Confidence);
        Assert.Equal(QuestionOrigin.Generated, question.Origin);
        Assert.Equal(ReviewStatus.Proposed, question.ReviewStatus);
    }

    [Fact]
    public void Create_ByHandOrFromAFile_IsInTheBankWithoutConfidence()
    {
        var question = Question.Create(LessonId, Instructor, QuestionOrigin.Authored, MultipleChoice(), Now);

        Assert.Equal(QuestionTier.Bank, question.Tier);
        Assert.Null(question.Confidence);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Generate_ConfidenceOutsideZeroToOne_IsRefused(double confidence) =>
        Rule.Broken("question.confidence_invalid", () => Question.Generate(LessonId, Instructor, MultipleChoice(), QuestionTier.MoreCandidate, confidence, Now));

    [Fact]
    public void Generate_UnknownTier_IsRefused() =>
        Rule.Broken("question.tier_invalid", () => Question.Generate(LessonId, Instructor, MultipleChoice(), (QuestionTier)7, 0.5, Now));

    [Fact]
    public void Generate_WithoutSource_IsRefusedLikeAnyGeneratedQuestion()
    {
        var noSource = QuestionContent.Create(QuestionType.ShortAnswer, "Which forum?", acceptedAnswers: ["CICA"]);

        Rule.Broken("question.source_required", () => Question.Generate(LessonId, Instructor, noSource, QuestionTier.MoreCandidate, 0.5, Now));
    }

    [Fact]
    public void Approve_MoreCandidate_PullsItIntoTheBank()
    {
        var candidate = Question.Generate(LessonId, Instructor, MultipleChoice(), QuestionTier.MoreCandidate, 0.3, Now);

        candidate.Approve();

        Assert.Equal(QuestionTier.Bank, candidate.Tier);
        Assert.Equal(ReviewStatus.Approved, candidate.ReviewStatus);
        Assert.Equal(0.3, candidate.Confidence);
    }

    [Fact]
    public void Reject_MoreCandidate_LeavesItAmongTheCandidates()
    {
        var candidate = Question.Generate(LessonId, Instructor, MultipleChoice(), QuestionTier.MoreCandidate, 0.3, Now);

        candidate.Reject();

        Assert.Equal(QuestionTier.MoreCandidate, candidate.Tier);
        Assert.Equal(ReviewStatus.Rejected, candidate.ReviewStatus);
    }

    [Fact]
    public void Edit_MoreCandidate_StaysAnUnreviewedCandidate()
    {
        var candidate = Question.Generate(LessonId, Instructor, MultipleChoice(), QuestionTier.MoreCandidate, 0.3, Now);
        candidate.Reject();

        candidate.Edit(MultipleChoice("1993"), Now.AddHours(1));

        Assert.Equal(QuestionTier.MoreCandidate, candidate.Tier);
        Assert.Equal(ReviewStatus.Proposed, candidate.ReviewStatus);
        Assert.Single(candidate.Versions);
    }

    [Fact]
    public void Retire_MoreCandidate_IsRefused_BecauseItWasNeverInUse()
    {
        var candidate = Question.Generate(LessonId, Instructor, MultipleChoice(), QuestionTier.MoreCandidate, 0.3, Now);

        Rule.Broken("question.retire_not_allowed", candidate.Retire);
    }

    [Fact]
    public void Quiz_RefusesAMoreCandidate_UntilItIsPulledIn()
    {
        var quiz = Quiz.Create(Instructor, "Central Asia", null, Now);
        var candidate = Question.Generate(LessonId, Instructor, MultipleChoice(), QuestionTier.MoreCandidate, 0.9, Now);

        Rule.Broken("quiz.question_not_approved", () => quiz.AddQuestion(candidate, 1m, Now));
        candidate.Approve();
        quiz.AddQuestion(candidate, 1m, Now);

        Assert.Single(quiz.Items);
    }

    [Fact]
    public void DrawRules_NeverDrawAnUnapprovedCandidate()
    {
        var quiz = Quiz.Create(Instructor, "Central Asia", null, Now);
        var approved = ApprovedQuestion(lessonId: LessonId);
        var candidate = Question.Generate(LessonId, Instructor, MultipleChoice("1994"), QuestionTier.MoreCandidate, 0.99, Now);
        quiz.AddDrawRule(LessonId, null, null, 1, 1m, Now);

        var drawn = QuestionSelection.For(quiz, [candidate, approved], max => max - 1);

        Assert.Equal(approved.CurrentVersionId, Assert.Single(drawn).Version.Id);
        var greedy = Quiz.Create(Instructor, "Central Asia", null, Now);
        greedy.AddDrawRule(LessonId, null, null, 2, 1m, Now);
        Rule.Broken("quiz.not_enough_questions", () => QuestionSelection.For(greedy, [candidate, approved]));
    }
}
