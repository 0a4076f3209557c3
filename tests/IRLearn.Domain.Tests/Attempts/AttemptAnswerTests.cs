using IRLearn.Domain.Attempts;
using static IRLearn.Domain.Tests.TestData;

namespace IRLearn.Domain.Tests.Attempts;

public class AttemptAnswerTests
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(30);

    private readonly AttemptScenario _scenario = new(AttemptScenario.Settings(timeLimit: TimeSpan.FromMinutes(30)), (MultipleChoice(), 1m), (ShortAnswer(), 1m));

    [Fact]
    public void SaveAnswer_AfterDeadlinePlusGrace_IsRefused()
    {
        var attempt = _scenario.Start(policy: new AttemptPolicy(Grace, LatePolicy.AutoSubmit));

        Rule.Broken("attempt.deadline_passed", () => attempt.SaveAnswer(_scenario.VersionId(0), Answer.Choice(0), attempt.Deadline + Grace + TimeSpan.FromMilliseconds(1)));
        Assert.Empty(attempt.Responses);
    }

    [Fact]
    public void SaveAnswer_AfterDeadlinePlusGraceUnderRejectPolicy_IsRefused()
    {
        var attempt = _scenario.Start(policy: new AttemptPolicy(Grace, LatePolicy.Reject));

        Rule.Broken("attempt.deadline_passed", () => attempt.SaveAnswer(_scenario.VersionId(0), Answer.Choice(0), attempt.CutOff.AddSeconds(1)));
    }

    [Fact]
    public void SaveAnswer_WithinGrace_IsAccepted()
    {
        var attempt = _scenario.Start(policy: new AttemptPolicy(Grace, LatePolicy.AutoSubmit));
        var withinGrace = attempt.Deadline.AddSeconds(20);

        attempt.SaveAnswer(_scenario.VersionId(0), Answer.Choice(0), withinGrace);

        var response = Assert.Single(attempt.Responses);
        Assert.Equal(withinGrace, response.SavedAt);
    }

    [Fact]
    public void SaveAnswer_ExactlyAtCutOff_IsAccepted()
    {
        var attempt = _scenario.Start(policy: new AttemptPolicy(Grace, LatePolicy.AutoSubmit));

        attempt.SaveAnswer(_scenario.VersionId(0), Answer.Choice(0), attempt.CutOff);

        Assert.Single(attempt.Responses);
    }

    [Fact]
    public void SaveAnswer_Twice_OverwritesTheAnswer()
    {
        var attempt = _scenario.Start();

        attempt.SaveAnswer(_scenario.VersionId(0), Answer.Choice(0), Now.AddMinutes(1));
        attempt.SaveAnswer(_scenario.VersionId(0), Answer.Choice(2), Now.AddMinutes(2));

        var response = Assert.Single(attempt.Responses);
        Assert.Equal([2], response.Answer.SelectedOptions);
        Assert.Equal(Now.AddMinutes(2), response.SavedAt);
    }

    [Fact]
    public void SaveAnswer_AfterSubmit_IsRefused()
    {
        var attempt = _scenario.Start();
        attempt.Submit(Now.AddMinutes(1));

        Rule.Broken("attempt.already_submitted", () => attempt.SaveAnswer(_scenario.VersionId(0), Answer.Choice(0), Now.AddMinutes(2)));
    }

    [Fact]
    public void SaveAnswer_VersionNotInAttempt_IsRefused()
    {
        var attempt = _scenario.Start();

        Rule.Broken("attempt.question_not_in_attempt", () => attempt.SaveAnswer(Guid.CreateVersion7(), Answer.Choice(0), Now.AddMinutes(1)));
    }

    [Fact]
    public void SaveAnswer_ChangesTheConcurrencyStamp()
    {
        var attempt = _scenario.Start();
        var before = attempt.ConcurrencyStamp;

        attempt.SaveAnswer(_scenario.VersionId(0), Answer.Choice(0), Now.AddMinutes(1));

        Assert.NotEqual(before, attempt.ConcurrencyStamp);
        Assert.NotEqual(Guid.Empty, before);
    }

    [Fact]
    public void Submit_Twice_IsHarmless()
    {
        var attempt = _scenario.Start();
        attempt.SaveAnswer(_scenario.VersionId(0), Answer.Choice(0), Now.AddMinutes(1));

        var first = attempt.Submit(Now.AddMinutes(2));
        var stamp = attempt.ConcurrencyStamp;
        var second = attempt.Submit(Now.AddMinutes(3));

        Assert.True(first);
        Assert.False(second);
        Assert.Equal(AttemptStatus.Submitted, attempt.Status);
        Assert.Equal(Now.AddMinutes(2), attempt.SubmittedAt);
        Assert.Equal(stamp, attempt.ConcurrencyStamp);
        Assert.Single(attempt.DomainEvents.OfType<AttemptSubmitted>());
        Assert.Single(attempt.Responses);
    }

    [Fact]
    public void Submit_BeforeCutOff_IsOnTimeAndRaisesAttemptSubmitted()
    {
        var attempt = _scenario.Start(policy: new AttemptPolicy(Grace, LatePolicy.Reject));

        attempt.Submit(attempt.Deadline.AddSeconds(10));

        Assert.False(attempt.AutoSubmitted);
        Assert.False(attempt.IsLate);
        var submitted = Assert.Single(attempt.DomainEvents.OfType<AttemptSubmitted>());
        Assert.Equal(attempt.Id, submitted.AttemptId);
        Assert.False(submitted.AutoSubmitted);
    }

    [Fact]
    public void Submit_AfterCutOff_ClosesAtTheCutOffWithWhatWasSaved()
    {
        var attempt = _scenario.Start();
        attempt.SaveAnswer(_scenario.VersionId(0), Answer.Choice(0), Now.AddMinutes(1));

        Assert.True(attempt.Submit(attempt.CutOff.AddHours(1)));

        Assert.Equal(AttemptStatus.Submitted, attempt.Status);
        Assert.Equal(attempt.CutOff, attempt.SubmittedAt);
        Assert.True(attempt.AutoSubmitted);
        Assert.Single(attempt.Responses);
    }

    [Fact]
    public void ExpireIfDue_BeforeCutOff_DoesNothing()
    {
        var attempt = _scenario.Start();

        Assert.False(attempt.ExpireIfDue(attempt.CutOff));
        Assert.Equal(AttemptStatus.InProgress, attempt.Status);
    }

    [Fact]
    public void ExpireIfDue_AfterCutOffWithAutoSubmit_SubmitsSavedAnswersOnTime()
    {
        var attempt = _scenario.Start(policy: new AttemptPolicy(Grace, LatePolicy.AutoSubmit));
        attempt.SaveAnswer(_scenario.VersionId(0), Answer.Choice(0), Now.AddMinutes(1));

        Assert.True(attempt.ExpireIfDue(attempt.CutOff.AddMinutes(5)));

        Assert.Equal(AttemptStatus.Submitted, attempt.Status);
        Assert.True(attempt.AutoSubmitted);
        Assert.False(attempt.IsLate);
        Assert.True(attempt.CountsTowardGrade);
        Assert.Single(attempt.Responses);
        Assert.True(Assert.Single(attempt.DomainEvents.OfType<AttemptSubmitted>()).AutoSubmitted);
    }

    [Fact]
    public void ExpireIfDue_AfterCutOffWithReject_ClosesButMarksLateAndNotCounted()
    {
        var attempt = _scenario.Start(policy: new AttemptPolicy(Grace, LatePolicy.Reject));
        attempt.SaveAnswer(_scenario.VersionId(0), Answer.Choice(0), Now.AddMinutes(1));

        attempt.ExpireIfDue(attempt.CutOff.AddMinutes(5));

        Assert.Equal(AttemptStatus.Submitted, attempt.Status);
        Assert.True(attempt.IsLate);
        Assert.False(attempt.CountsTowardGrade);
        Assert.Single(attempt.Responses);
    }

    [Fact]
    public void ExpireIfDue_AlreadySubmitted_DoesNothing()
    {
        var attempt = _scenario.Start();
        attempt.Submit(Now.AddMinutes(1));

        Assert.False(attempt.ExpireIfDue(attempt.CutOff.AddDays(1)));
        Assert.Equal(Now.AddMinutes(1), attempt.SubmittedAt);
    }

    [Fact]
    public void IsOpenAt_TracksStatusAndCutOff()
    {
        var attempt = _scenario.Start();

        Assert.True(attempt.IsOpenAt(attempt.CutOff));
        Assert.False(attempt.IsOpenAt(attempt.CutOff.AddTicks(1)));
        attempt.Submit(Now.AddMinutes(1));
        Assert.False(attempt.IsOpenAt(Now.AddMinutes(1)));
    }

    [Fact]
    public void Answer_TooLongText_IsRefused()
    {
        Rule.Broken("attempt.answer_too_long", () => Answer.FromText(new string('a', Answer.MaxTextLength + 1)));
    }

    [Fact]
    public void Answer_Choice_RemovesDuplicateSelections()
    {
        Assert.Equal([2, 0], Answer.Choice(2, 0, 2).SelectedOptions);
    }
}
