using IRLearn.Domain.Attempts;
using IRLearn.Domain.Grading;
using IRLearn.Domain.QuestionBank;
using static IRLearn.Domain.Tests.TestData;

namespace IRLearn.Domain.Tests.Attempts;

public class AttemptGradingTests
{
    private static readonly DateTimeOffset Later = Now.AddHours(2);

    [Fact]
    public void Grade_AllDecidable_IsGradedWithScoreAndRaisesAttemptGraded()
    {
        var scenario = new AttemptScenario(null, (MultipleChoice(), 2m), (Numeric(), 3m), (TrueFalse(), 1m));

        var attempt = scenario.Graded(Answer.Choice(0), Answer.FromNumber(1991m), Answer.Choice(0));

        Assert.Equal(AttemptStatus.Graded, attempt.Status);
        Assert.Equal(3m, attempt.Score);
        Assert.Equal(6m, attempt.MaxScore);
        Assert.Equal(50m, attempt.Percent);
        var graded = Assert.Single(attempt.DomainEvents.OfType<AttemptGraded>());
        Assert.Equal(3m, graded.FinalScore);
        Assert.Equal(scenario.Classroom.Id, graded.ClassroomId);
    }

    [Fact]
    public void Grade_UnansweredQuestions_ScoreZero()
    {
        var scenario = new AttemptScenario(null, (MultipleChoice(), 2m), (Numeric(), 3m));

        var attempt = scenario.Graded(Answer.Choice(0));

        Assert.Equal(2m, attempt.Score);
        Assert.Equal(40m, attempt.Percent);
    }

    [Fact]
    public void Grade_ShortAnswerWithoutMatch_NeedsGradingWithoutScore()
    {
        var scenario = new AttemptScenario(null, (MultipleChoice(), 1m), (ShortAnswer("CICA"), 1m));

        var attempt = scenario.Graded(Answer.Choice(0), Answer.FromText("an Asian security forum"));

        Assert.Equal(AttemptStatus.NeedsGrading, attempt.Status);
        Assert.Null(attempt.Score);
        Assert.Null(attempt.Percent);
        Assert.True(attempt.ResponseFor(scenario.VersionId(1))!.NeedsManualGrading);
        Assert.Empty(attempt.DomainEvents.OfType<AttemptGraded>());
    }

    [Fact]
    public void Grade_UsesAliases_AcronymExpansionIsAccepted()
    {
        var scenario = new AttemptScenario(null, (ShortAnswer("CICA"), 1m));
        var attempt = scenario.Start();
        attempt.SaveAnswer(scenario.VersionId(0), Answer.FromText("Conference on Interaction and Confidence Building Measures in Asia"), Now.AddMinutes(1));
        attempt.Submit(Now.AddMinutes(2));

        attempt.Grade(scenario.Versions, Now.AddMinutes(3), AliasMap.FromPairs([("CICA", "Conference on Interaction and Confidence Building Measures in Asia")]));

        Assert.Equal(AttemptStatus.Graded, attempt.Status);
        Assert.Equal(1m, attempt.Score);
    }

    [Fact]
    public void Grade_InProgress_IsRefused()
    {
        var scenario = new AttemptScenario();
        var attempt = scenario.Start();

        Rule.Broken("attempt.not_submitted", () => attempt.Grade(scenario.Versions, Now));
    }

    [Fact]
    public void Grade_Twice_SecondCallChangesNothing()
    {
        var scenario = new AttemptScenario();
        var attempt = scenario.Graded(Answer.Choice(0));
        var stamp = attempt.ConcurrencyStamp;

        Assert.False(attempt.Grade(scenario.Versions, Later));
        Assert.Equal(stamp, attempt.ConcurrencyStamp);
    }

    [Fact]
    public void Grade_VersionMissing_IsRefused()
    {
        var scenario = new AttemptScenario();
        var attempt = scenario.Start();
        attempt.SaveAnswer(scenario.VersionId(0), Answer.Choice(0), Now.AddMinutes(1));
        attempt.Submit(Now.AddMinutes(2));

        Rule.Broken("grading.version_missing", () => attempt.Grade(new Dictionary<Guid, QuestionVersion>(), Now));
    }

    [Fact]
    public void GradeManually_LastPendingResponse_BecomesGradedAndAudited()
    {
        var scenario = new AttemptScenario(null, (MultipleChoice(), 1m), (ShortAnswer("CICA"), 2m));
        var attempt = scenario.Graded(Answer.Choice(0), Answer.FromText("an Asian security forum"));

        var change = attempt.GradeManually(scenario.VersionId(1), 1.5m, "Partly right", Instructor, Later);

        Assert.Equal(AttemptStatus.Graded, attempt.Status);
        Assert.Equal(2.5m, attempt.Score);
        Assert.Equal(GradeChangeKind.ManualScore, change.Kind);
        Assert.Null(change.Before);
        Assert.Equal(1.5m, change.After);
        Assert.Equal(Instructor, change.ChangedBy);
        Assert.Equal(Later, change.ChangedAt);
        Assert.Equal("Partly right", change.Reason);
        Assert.Contains(change, attempt.GradeChanges);
        var response = attempt.ResponseFor(scenario.VersionId(1))!;
        Assert.False(response.NeedsManualGrading);
        Assert.False(response.IsCorrect);
        Assert.Equal(Instructor, response.GradedBy);
        Assert.Single(attempt.DomainEvents.OfType<AttemptGraded>());
    }

    [Fact]
    public void GradeManually_AutoGradedResponse_ReplacesAutoScoreAndRaisesAttemptGradedAgain()
    {
        var scenario = new AttemptScenario(null, (MultipleChoice(), 2m));
        var attempt = scenario.Graded(Answer.Choice(1));

        var change = attempt.GradeManually(scenario.VersionId(0), 2m, "1997 is defensible", Instructor, Later);

        Assert.Equal(0m, change.Before);
        Assert.Equal(2m, attempt.Score);
        Assert.True(attempt.ResponseFor(scenario.VersionId(0))!.IsCorrect);
        Assert.Equal(2, attempt.DomainEvents.OfType<AttemptGraded>().Count());
    }

    [Theory]
    [InlineData(-0.5)]
    [InlineData(2.5)]
    public void GradeManually_ScoreOutsideZeroToPoints_IsRefused(decimal score)
    {
        var scenario = new AttemptScenario(null, (ShortAnswer(), 2m));
        var attempt = scenario.Graded(Answer.FromText("something else"));

        Rule.Broken("attempt.score_out_of_range", () => attempt.GradeManually(scenario.VersionId(0), score, null, Instructor, Later));
        Assert.Equal(AttemptStatus.NeedsGrading, attempt.Status);
    }

    [Fact]
    public void GradeManually_BeforeGrading_IsRefused()
    {
        var scenario = new AttemptScenario();
        var attempt = scenario.Start();
        attempt.SaveAnswer(scenario.VersionId(0), Answer.Choice(0), Now.AddMinutes(1));
        attempt.Submit(Now.AddMinutes(2));

        Rule.Broken("attempt.not_graded", () => attempt.GradeManually(scenario.VersionId(0), 1m, null, Instructor, Later));
    }

    [Fact]
    public void GradeManually_UnansweredQuestion_IsRefused()
    {
        var scenario = new AttemptScenario(null, (MultipleChoice(), 1m), (Numeric(), 1m));
        var attempt = scenario.Graded(Answer.Choice(0));

        Rule.Broken("attempt.no_response", () => attempt.GradeManually(scenario.VersionId(1), 1m, null, Instructor, Later));
    }

    [Fact]
    public void OverrideTotal_WithoutReason_IsRefused()
    {
        var scenario = new AttemptScenario();
        var attempt = scenario.Graded(Answer.Choice(1));

        Rule.Broken("attempt.override_reason_required", () => attempt.OverrideTotal(1m, "  ", Instructor, Later));
        Assert.Null(attempt.ScoreOverride);
        Assert.Empty(attempt.GradeChanges);
    }

    [Fact]
    public void OverrideTotal_WithReason_SetsFinalScoreAndAudits()
    {
        var scenario = new AttemptScenario(null, (MultipleChoice(), 4m));
        var attempt = scenario.Graded(Answer.Choice(1));

        var change = attempt.OverrideTotal(3m, "Question was ambiguous", Instructor, Later);

        Assert.Equal(0m, attempt.Score);
        Assert.Equal(3m, attempt.FinalScore);
        Assert.Equal(75m, attempt.Percent);
        Assert.Equal("Question was ambiguous", attempt.ScoreOverrideReason);
        Assert.Equal(Instructor, attempt.ScoreOverriddenBy);
        Assert.Equal(GradeChangeKind.Override, change.Kind);
        Assert.Null(change.QuestionVersionId);
        Assert.Equal(0m, change.Before);
        Assert.Equal(3m, change.After);
        Assert.Equal(3m, attempt.DomainEvents.OfType<AttemptGraded>().Last().FinalScore);
    }

    [Fact]
    public void OverrideTotal_AboveMaxScore_IsRefused()
    {
        var scenario = new AttemptScenario(null, (MultipleChoice(), 4m));
        var attempt = scenario.Graded(Answer.Choice(1));

        Rule.Broken("attempt.score_out_of_range", () => attempt.OverrideTotal(4.01m, "Bonus", Instructor, Later));
    }

    [Fact]
    public void OverrideTotal_WhileNeedsGrading_DecidesTheGrade()
    {
        var scenario = new AttemptScenario(null, (ShortAnswer(), 2m));
        var attempt = scenario.Graded(Answer.FromText("something else"));

        attempt.OverrideTotal(1m, "Agreed with the student in office hours", Instructor, Later);

        Assert.Equal(AttemptStatus.Graded, attempt.Status);
        Assert.Equal(1m, attempt.FinalScore);
    }

    [Fact]
    public void OverrideTotal_LateAttempt_CountsTowardGradeAgain()
    {
        var scenario = new AttemptScenario();
        var attempt = scenario.Start(policy: new AttemptPolicy(TimeSpan.Zero, LatePolicy.Reject));
        attempt.SaveAnswer(scenario.VersionId(0), Answer.Choice(0), Now.AddMinutes(1));
        attempt.ExpireIfDue(attempt.CutOff.AddMinutes(1));
        attempt.Grade(scenario.Versions, Later);
        Assert.False(attempt.CountsTowardGrade);

        attempt.OverrideTotal(1m, "Network outage in the exam room", Instructor, Later);

        Assert.True(attempt.CountsTowardGrade);
    }

    [Fact]
    public void ClearOverride_RestoresComputedScoreAndAudits()
    {
        var scenario = new AttemptScenario(null, (MultipleChoice(), 4m));
        var attempt = scenario.Graded(Answer.Choice(0));
        attempt.OverrideTotal(1m, "Suspected copying", Instructor, Later);

        var change = attempt.ClearOverride("Cleared after review", CoInstructor, Later.AddDays(1));

        Assert.Null(attempt.ScoreOverride);
        Assert.Equal(4m, attempt.FinalScore);
        Assert.Equal(1m, change.Before);
        Assert.Equal(4m, change.After);
        Assert.Equal(2, attempt.GradeChanges.Count);
    }

    [Fact]
    public void ClearOverride_NoOverride_IsRefused()
    {
        var scenario = new AttemptScenario();
        var attempt = scenario.Graded(Answer.Choice(0));

        Rule.Broken("attempt.no_override", () => attempt.ClearOverride("Nothing to clear", Instructor, Later));
    }

    [Fact]
    public void Regrade_AfterKeyFix_RecomputesAutoScoresAndSummarises()
    {
        // The key said 1997 by mistake; students who answered 1992 were marked wrong.
        var wrongKey = QuestionContent.Create(
            QuestionType.MultipleChoice,
            "In what year did Kazakhstan initiate CICA?",
            options: [new("1992", false), new("1997", true), new("2001", false)],
            source: Source);
        var scenario = new AttemptScenario(null, (wrongKey, 2m), (Numeric(), 1m));
        var attempt = scenario.Graded(Answer.Choice(0), Answer.FromNumber(1992m));
        Assert.Equal(1m, attempt.Score);
        var shown = scenario.VersionId(0);
        var fixedVersion = scenario.Questions[0].Question.Edit(MultipleChoice(), Later);

        var summary = attempt.Regrade(new Dictionary<Guid, QuestionVersion> { [shown] = fixedVersion }, Instructor, Later);

        Assert.Equal(1, summary.ResponsesRegraded);
        Assert.True(summary.Changed);
        var change = Assert.Single(summary.Changes);
        Assert.Equal(GradeChangeKind.Regrade, change.Kind);
        Assert.Equal(shown, change.QuestionVersionId);
        Assert.Equal(0m, change.Before);
        Assert.Equal(2m, change.After);
        Assert.Equal(1m, summary.FinalScoreBefore);
        Assert.Equal(3m, summary.FinalScoreAfter);
        Assert.Equal(3m, attempt.Score);
        Assert.Contains(change, attempt.GradeChanges);
    }

    [Fact]
    public void Regrade_KeepsManualScores()
    {
        var scenario = new AttemptScenario(null, (MultipleChoice(), 2m));
        var attempt = scenario.Graded(Answer.Choice(1));
        attempt.GradeManually(scenario.VersionId(0), 1m, "Half credit", Instructor, Later);

        var summary = attempt.Regrade(scenario.Versions, Instructor, Later.AddDays(1));

        Assert.False(summary.Changed);
        Assert.Equal(1m, attempt.Score);
        Assert.Equal(1m, attempt.ResponseFor(scenario.VersionId(0))!.ManualScore);
    }

    [Fact]
    public void Regrade_ManuallyGradedShortAnswer_StaysOutOfTheQueue()
    {
        var scenario = new AttemptScenario(null, (ShortAnswer("CICA"), 1m));
        var attempt = scenario.Graded(Answer.FromText("the Almaty process"));
        attempt.GradeManually(scenario.VersionId(0), 1m, "Accepted", Instructor, Later);

        var summary = attempt.Regrade(scenario.Versions, Instructor, Later.AddDays(1));

        Assert.Empty(summary.Changes);
        Assert.Equal(AttemptStatus.Graded, attempt.Status);
        var response = attempt.ResponseFor(scenario.VersionId(0))!;
        Assert.False(response.NeedsManualGrading);
        Assert.True(response.IsCorrect);
    }

    [Fact]
    public void Regrade_NothingChanged_EmptySummaryAndSameStamp()
    {
        var scenario = new AttemptScenario(null, (MultipleChoice(), 2m));
        var attempt = scenario.Graded(Answer.Choice(0));
        var stamp = attempt.ConcurrencyStamp;

        var summary = attempt.Regrade(scenario.Versions, Instructor, Later);

        Assert.Equal(1, summary.ResponsesRegraded);
        Assert.Empty(summary.Changes);
        Assert.Equal(stamp, attempt.ConcurrencyStamp);
    }

    [Fact]
    public void Regrade_AcceptedAnswerAddedForEveryone_ResolvesPendingShortAnswer()
    {
        var scenario = new AttemptScenario(null, (ShortAnswer("CICA"), 1m));
        var attempt = scenario.Graded(Answer.FromText("the Almaty process"));
        Assert.Equal(AttemptStatus.NeedsGrading, attempt.Status);
        var shown = scenario.VersionId(0);
        var fixedVersion = scenario.Questions[0].Question.Edit(ShortAnswer("CICA", "Almaty process"), Later);

        var summary = attempt.Regrade(new Dictionary<Guid, QuestionVersion> { [shown] = fixedVersion }, Instructor, Later);

        Assert.Equal(AttemptStatus.Graded, attempt.Status);
        Assert.Equal(1m, attempt.Score);
        var change = Assert.Single(summary.Changes);
        Assert.Null(change.Before);
        Assert.Equal(1m, change.After);
    }

    [Fact]
    public void Regrade_KeyFromAnotherQuestion_IsRefused()
    {
        var scenario = new AttemptScenario();
        var attempt = scenario.Graded(Answer.Choice(0));
        var other = ApprovedQuestion();

        Rule.Broken("grading.version_mismatch", () => attempt.Regrade(
            new Dictionary<Guid, QuestionVersion> { [scenario.VersionId(0)] = other.CurrentVersion }, Instructor, Later));
    }

    [Fact]
    public void Regrade_BeforeGrading_IsRefused()
    {
        var scenario = new AttemptScenario();
        var attempt = scenario.Start();

        Rule.Broken("attempt.not_graded", () => attempt.Regrade(scenario.Versions, Instructor, Later));
    }
}
