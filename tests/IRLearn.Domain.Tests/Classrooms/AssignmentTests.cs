using IRLearn.Domain.Classrooms;
using static IRLearn.Domain.Tests.TestData;

namespace IRLearn.Domain.Tests.Classrooms;

public class AssignmentTests
{
    private static readonly Guid QuizId = Guid.CreateVersion7();

    private readonly Classroom _classroom = Classroom.Create("IR 101", Instructor, JoinCode.Parse("ABCD2345"), Now);

    public AssignmentTests()
    {
        _classroom.Join(Student, _classroom.JoinCode, Now);
    }

    [Fact]
    public void Assign_ValidDates_AddsAssignment()
    {
        var assignment = _classroom.Assign(QuizId, "Week 3 quiz", Now.AddDays(1), Now.AddDays(8), Now);

        Assert.Same(assignment, Assert.Single(_classroom.Assignments));
        Assert.Equal(_classroom.Id, assignment.ClassroomId);
        Assert.Equal(QuizId, assignment.QuizId);
    }

    [Fact]
    public void Assign_OpensNotBeforeDue_IsRefused()
    {
        Rule.Broken("assignment.dates_invalid", () => _classroom.Assign(QuizId, "Quiz", Now.AddDays(2), Now.AddDays(2), Now));
        Rule.Broken("assignment.dates_invalid", () => _classroom.Assign(QuizId, "Quiz", Now.AddDays(3), Now.AddDays(2), Now));
    }

    [Fact]
    public void Assign_DueInThePast_IsRefused()
    {
        Rule.Broken("assignment.dates_invalid", () => _classroom.Assign(QuizId, "Quiz", Now.AddDays(-3), Now.AddDays(-1), Now));
    }

    [Fact]
    public void Reschedule_ChangesDates()
    {
        var assignment = _classroom.Assign(QuizId, "Quiz", Now, Now.AddDays(1), Now);

        _classroom.RescheduleAssignment(assignment.Id, "Quiz (extended)", Now, Now.AddDays(3), Now);

        Assert.Equal(Now.AddDays(3), assignment.DueAt);
        Assert.Equal("Quiz (extended)", assignment.Title);
    }

    [Fact]
    public void SetOverride_WithoutReason_IsRefused()
    {
        var assignment = _classroom.Assign(QuizId, "Quiz", Now, Now.AddDays(1), Now);

        Rule.Broken("assignment.override_reason_required", () => _classroom.SetOverride(assignment.Id, Student, TimeSpan.FromMinutes(10), 0, null, "  ", Instructor, Now));
        Assert.Empty(assignment.Overrides);
    }

    [Fact]
    public void SetOverride_StudentNotEnrolled_IsRefused()
    {
        var assignment = _classroom.Assign(QuizId, "Quiz", Now, Now.AddDays(1), Now);

        Rule.Broken("classroom.student_not_enrolled", () => _classroom.SetOverride(assignment.Id, OtherStudent, TimeSpan.Zero, 1, null, "Reason", Instructor, Now));
    }

    [Fact]
    public void SetOverride_NegativeExtraAttemptsOrTime_IsRefused()
    {
        var assignment = _classroom.Assign(QuizId, "Quiz", Now, Now.AddDays(1), Now);

        Rule.Broken("assignment.override_invalid", () => _classroom.SetOverride(assignment.Id, Student, TimeSpan.Zero, -1, null, "Reason", Instructor, Now));
        Rule.Broken("assignment.override_invalid", () => _classroom.SetOverride(assignment.Id, Student, TimeSpan.FromMinutes(-1), 0, null, "Reason", Instructor, Now));
    }

    [Fact]
    public void SetOverride_DueBeforeOpening_IsRefused()
    {
        var assignment = _classroom.Assign(QuizId, "Quiz", Now.AddDays(1), Now.AddDays(2), Now);

        Rule.Broken("assignment.override_invalid", () => _classroom.SetOverride(assignment.Id, Student, TimeSpan.Zero, 0, Now, "Reason", Instructor, Now));
    }

    [Fact]
    public void SetOverride_UnknownAssignment_IsRefused()
    {
        Rule.Broken("classroom.assignment_not_found", () => _classroom.SetOverride(Guid.CreateVersion7(), Student, TimeSpan.Zero, 1, null, "Reason", Instructor, Now));
    }

    [Fact]
    public void SetOverride_Twice_ReplacesTheFirst()
    {
        var assignment = _classroom.Assign(QuizId, "Quiz", Now, Now.AddDays(1), Now);
        _classroom.SetOverride(assignment.Id, Student, TimeSpan.FromMinutes(10), 0, null, "First", Instructor, Now);

        var second = _classroom.SetOverride(assignment.Id, Student, TimeSpan.FromMinutes(20), 1, null, " Second ", CoInstructor, Now.AddHours(1));

        Assert.Equal(second, Assert.Single(assignment.Overrides));
        Assert.Equal("Second", second.Reason);
        Assert.Equal(CoInstructor, second.SetBy);
    }

    [Fact]
    public void EffectiveWindowFor_WithOverrideDueDate_UsesIt()
    {
        var assignment = _classroom.Assign(QuizId, "Quiz", Now, Now.AddDays(1), Now);
        _classroom.SetOverride(assignment.Id, Student, TimeSpan.Zero, 0, Now.AddDays(3), "Illness", Instructor, Now);

        Assert.Equal(new AssignmentWindow(Now, Now.AddDays(3)), assignment.EffectiveWindowFor(Student));
        Assert.Equal(new AssignmentWindow(Now, Now.AddDays(1)), assignment.EffectiveWindowFor(OtherStudent));
    }

    [Fact]
    public void EffectiveWindowFor_OverrideWithoutDueDate_UsesTheAssignmentDueDate()
    {
        var assignment = _classroom.Assign(QuizId, "Quiz", Now, Now.AddDays(1), Now);
        _classroom.SetOverride(assignment.Id, Student, TimeSpan.FromMinutes(15), 0, null, "Extra time", Instructor, Now);

        Assert.Equal(Now.AddDays(1), assignment.EffectiveWindowFor(Student).DueAt);
    }

    [Fact]
    public void ClearOverride_RemovesIt()
    {
        var assignment = _classroom.Assign(QuizId, "Quiz", Now, Now.AddDays(1), Now);
        _classroom.SetOverride(assignment.Id, Student, TimeSpan.Zero, 0, Now.AddDays(3), "Illness", Instructor, Now);

        Assert.True(_classroom.ClearOverride(assignment.Id, Student));

        Assert.Null(assignment.OverrideFor(Student));
        Assert.False(_classroom.ClearOverride(assignment.Id, Student));
    }
}
