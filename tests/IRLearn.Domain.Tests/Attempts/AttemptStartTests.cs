using IRLearn.Domain.Attempts;
using IRLearn.Domain.QuestionBank;
using static IRLearn.Domain.Tests.TestData;

namespace IRLearn.Domain.Tests.Attempts;

public class AttemptStartTests
{
    [Fact]
    public void Start_TimeLimitEndsBeforeDueDate_DeadlineIsStartPlusTimeLimit()
    {
        var scenario = new AttemptScenario(AttemptScenario.Settings(timeLimit: TimeSpan.FromMinutes(20)));

        var attempt = scenario.Start();

        Assert.Equal(Now.AddMinutes(20), attempt.Deadline);
        Assert.Equal(AttemptStatus.InProgress, attempt.Status);
        Assert.Equal(1, attempt.Number);
    }

    [Fact]
    public void Start_DueDateComesBeforeTimeLimit_DeadlineIsDueDate()
    {
        var scenario = new AttemptScenario(AttemptScenario.Settings(timeLimit: TimeSpan.FromHours(3)));
        var startedLate = scenario.Assignment.DueAt.AddMinutes(-10);

        var attempt = scenario.Start(startedLate);

        Assert.Equal(scenario.Assignment.DueAt, attempt.Deadline);
    }

    [Fact]
    public void Start_Untimed_DeadlineIsDueDate()
    {
        var scenario = new AttemptScenario(AttemptScenario.Settings(untimed: true));

        Assert.Equal(scenario.Assignment.DueAt, scenario.Start().Deadline);
    }

    [Fact]
    public void Start_StudentHasExtraTime_DeadlineIncludesIt()
    {
        var scenario = new AttemptScenario(AttemptScenario.Settings(timeLimit: TimeSpan.FromMinutes(20)));
        scenario.Classroom.SetOverride(scenario.Assignment.Id, Student, TimeSpan.FromMinutes(10), 0, null, "Accessibility plan", Instructor, Now);

        Assert.Equal(Now.AddMinutes(30), scenario.Start().Deadline);
    }

    [Fact]
    public void Start_ExtraTimeRunsPastStudentsOwnDueDate_DeadlineIsTheOwnDueDate()
    {
        var scenario = new AttemptScenario(AttemptScenario.Settings(timeLimit: TimeSpan.FromMinutes(20)));
        scenario.Classroom.SetOverride(scenario.Assignment.Id, Student, TimeSpan.FromMinutes(10), 0, Now.AddMinutes(25), "Accessibility plan", Instructor, Now);

        Assert.Equal(Now.AddMinutes(25), scenario.Start().Deadline);
    }

    [Fact]
    public void Start_OverrideDueDateExtendsWindow_StudentMayStartAfterTheClassDueDate()
    {
        var scenario = new AttemptScenario();
        var afterClassDue = scenario.Assignment.DueAt.AddHours(1);
        scenario.Classroom.SetOverride(scenario.Assignment.Id, Student, TimeSpan.Zero, 0, afterClassDue.AddHours(1), "Illness", Instructor, Now);

        var attempt = scenario.Start(afterClassDue);

        Assert.Equal(afterClassDue, attempt.StartedAt);
        Rule.Broken("attempt.past_due", () => scenario.Start(afterClassDue, student: OtherStudent));
    }

    [Fact]
    public void Start_BeforeAssignmentOpens_IsRefused()
    {
        var scenario = new AttemptScenario();

        Rule.Broken("attempt.not_open_yet", () => scenario.Start(scenario.Assignment.OpensAt.AddTicks(-1)));
    }

    [Fact]
    public void Start_AtDueDate_IsRefused()
    {
        var scenario = new AttemptScenario();

        Rule.Broken("attempt.past_due", () => scenario.Start(scenario.Assignment.DueAt));
    }

    [Fact]
    public void Start_OutsideQuizAvailability_IsRefused()
    {
        var scenario = new AttemptScenario(AttemptScenario.Settings(availableFrom: Now.AddMinutes(5), availableUntil: Now.AddDays(1)));

        Rule.Broken("attempt.quiz_unavailable", () => scenario.Start());
    }

    [Fact]
    public void Start_AllAttemptsUsed_IsRefused()
    {
        var scenario = new AttemptScenario(AttemptScenario.Settings(attemptsAllowed: 2));

        Assert.Equal(2, scenario.Start(priorAttempts: 1).Number);
        Rule.Broken("attempt.no_attempts_left", () => scenario.Start(priorAttempts: 2));
    }

    [Fact]
    public void Start_OverrideGivesExtraAttempts_ExtraAttemptIsAllowed()
    {
        var scenario = new AttemptScenario(AttemptScenario.Settings(attemptsAllowed: 1));
        scenario.Classroom.SetOverride(scenario.Assignment.Id, Student, TimeSpan.Zero, 1, null, "Browser crashed", Instructor, Now);

        Assert.Equal(2, scenario.Start(priorAttempts: 1).Number);
        Rule.Broken("attempt.no_attempts_left", () => scenario.Start(priorAttempts: 2));
    }

    [Fact]
    public void Start_UnlimitedAttempts_ManyPriorAttemptsAreFine()
    {
        var scenario = new AttemptScenario(AttemptScenario.Settings(attemptsAllowed: null));

        Assert.Equal(51, scenario.Start(priorAttempts: 50).Number);
    }

    [Fact]
    public void Start_QuizUnpublished_IsRefused()
    {
        var scenario = new AttemptScenario();
        scenario.Quiz.Unpublish(Now);

        Rule.Broken("attempt.quiz_not_published", () => scenario.Start());
    }

    [Fact]
    public void Start_QuizIsNotTheAssignedOne_IsRefused()
    {
        var scenario = new AttemptScenario();
        var other = new AttemptScenario();

        Rule.Broken("attempt.quiz_mismatch", () => Attempt.Start(
            scenario.Assignment, other.Quiz, Student, 0, [new AttemptQuestion(other.Questions[0].Question.CurrentVersion, 1m)], AttemptPolicy.Default, Now));
    }

    [Fact]
    public void Start_NoQuestions_IsRefused()
    {
        var scenario = new AttemptScenario();

        Rule.Broken("attempt.no_questions", () => Attempt.Start(scenario.Assignment, scenario.Quiz, Student, 0, [], AttemptPolicy.Default, Now));
    }

    [Fact]
    public void Start_SameQuestionTwice_IsRefused()
    {
        var scenario = new AttemptScenario();
        var version = scenario.Questions[0].Question.CurrentVersion;

        Rule.Broken("attempt.duplicate_question", () => Attempt.Start(
            scenario.Assignment, scenario.Quiz, Student, 0, [new AttemptQuestion(version, 1m), new AttemptQuestion(version, 1m)], AttemptPolicy.Default, Now));
    }

    [Fact]
    public void Start_PinsVersionsPointsAndMaxScore()
    {
        var scenario = new AttemptScenario(null, (MultipleChoice(), 2m), (Numeric(), 3m));

        var attempt = scenario.Start();

        Assert.Equal([scenario.VersionId(0), scenario.VersionId(1)], attempt.Items.Select(i => i.QuestionVersionId));
        Assert.Equal([1, 2], attempt.Items.Select(i => i.Order));
        Assert.Equal(5m, attempt.MaxScore);
    }

    [Fact]
    public void Start_NoShuffle_OptionOrderIsCanonical()
    {
        var scenario = new AttemptScenario(null, (MultipleChoice(), 1m));

        Assert.Equal([0, 1, 2], scenario.Start().Items[0].OptionOrder);
    }

    [Fact]
    public void Start_ShuffleOptions_OptionOrderFollowsTheRandomSourceAndIsAPermutation()
    {
        var scenario = new AttemptScenario(AttemptScenario.Settings(shuffleOptions: true), (MultipleChoice(), 1m), (TrueFalse(), 1m));

        // Always picking index 0 makes Fisher–Yates rotate [0,1,2] into [1,2,0].
        var attempt = scenario.Start(nextInt: _ => 0);

        Assert.Equal([1, 2, 0], attempt.Items[0].OptionOrder);
        Assert.Equal([0, 1], attempt.Items[1].OptionOrder);
    }

    [Fact]
    public void Start_ShuffleQuestions_ItemsFollowTheRandomSource()
    {
        var scenario = new AttemptScenario(AttemptScenario.Settings(shuffleQuestions: true), (MultipleChoice(), 1m), (Numeric(), 1m), (TrueFalse(), 1m));

        var attempt = scenario.Start(nextInt: _ => 0);

        Assert.Equal([scenario.VersionId(1), scenario.VersionId(2), scenario.VersionId(0)], attempt.Items.Select(i => i.QuestionVersionId));
        Assert.Equal([1, 2, 3], attempt.Items.Select(i => i.Order));
    }

    [Fact]
    public void Start_MatchingWithShuffle_RightItemsAreShuffled()
    {
        var scenario = new AttemptScenario(AttemptScenario.Settings(shuffleOptions: true), (Matching(), 1m));

        Assert.Equal([1, 2, 0], scenario.Start(nextInt: _ => 0).Items[0].OptionOrder);
    }

    [Fact]
    public void Start_MatchingWithoutShuffleOptions_RightItemsAreStillShuffled()
    {
        var scenario = new AttemptScenario(AttemptScenario.Settings(shuffleOptions: false), (Matching(), 1m), (MultipleChoice(), 1m));

        var attempt = scenario.Start(nextInt: _ => 0);

        Assert.Equal([1, 2, 0], attempt.Items[0].OptionOrder);
        Assert.Equal([0, 1, 2], attempt.Items[1].OptionOrder); // the setting still governs choice questions
    }

    [Fact]
    public void Start_MatchingAndTheRandomSourceGivesKeyOrder_RightItemsAreNotInKeyOrder()
    {
        var scenario = new AttemptScenario(null, (Matching(), 1m));

        // Always answering max - 1 swaps nothing: every Fisher–Yates draw is the identity.
        var order = scenario.Start(nextInt: max => max - 1).Items[0].OptionOrder;

        Assert.NotEqual([0, 1, 2], order);
        Assert.Equal([0, 1, 2], order.Order());
    }

    [Fact]
    public void Start_TextQuestion_HasNoOptionOrder()
    {
        var scenario = new AttemptScenario(AttemptScenario.Settings(shuffleOptions: true), (ShortAnswer(), 1m));

        Assert.Empty(scenario.Start().Items[0].OptionOrder);
    }

    [Fact]
    public void AttemptPolicy_NegativeGrace_IsRefused()
    {
        Rule.Broken("attempt.grace_invalid", () => new AttemptPolicy(TimeSpan.FromSeconds(-1), LatePolicy.AutoSubmit));
    }

    [Fact]
    public void Start_VersionIsTheQuestionsCurrentVersion_ItemKeepsItAfterTheQuestionIsEdited()
    {
        var scenario = new AttemptScenario();
        var attempt = scenario.Start();
        var question = scenario.Questions[0].Question;
        var shown = attempt.Items[0].QuestionVersionId;

        question.Edit(MultipleChoice("1993"), Now.AddMinutes(1));

        Assert.NotEqual(shown, question.CurrentVersionId);
        Assert.Equal(shown, attempt.Items[0].QuestionVersionId);
        Assert.Equal(QuestionType.MultipleChoice, question.Versions.Single(v => v.Id == shown).Content.Type);
    }
}
