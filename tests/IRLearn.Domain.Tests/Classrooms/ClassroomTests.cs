using IRLearn.Domain.Classrooms;
using static IRLearn.Domain.Tests.TestData;

namespace IRLearn.Domain.Tests.Classrooms;

public class ClassroomTests
{
    private static readonly JoinCode Code = JoinCode.Parse("ABCD2345");

    private readonly Classroom _classroom = Classroom.Create("IR 101", Instructor, Code, Now);

    [Fact]
    public void Create_CreatorIsTheOwner()
    {
        var owner = Assert.Single(_classroom.Instructors);
        Assert.True(owner.IsOwner);
        Assert.Equal(Instructor, _classroom.OwnerId);
        Assert.True(_classroom.IsInstructor(Instructor));
    }

    [Fact]
    public void Create_BlankName_IsRefused()
    {
        Rule.Broken("classroom.name_invalid", () => Classroom.Create(" ", Instructor, Code, Now));
    }

    [Fact]
    public void Join_WithTheCode_Enrolls()
    {
        Assert.True(_classroom.Join(Student, JoinCode.Parse("abcd-2345"), Now));

        Assert.True(_classroom.IsEnrolled(Student));
        Assert.Equal(Now, Assert.Single(_classroom.Enrollments).EnrolledAt);
    }

    [Fact]
    public void Join_Twice_IsHarmless()
    {
        _classroom.Join(Student, Code, Now);

        Assert.False(_classroom.Join(Student, Code, Now.AddDays(1)));
        Assert.Equal(Now, Assert.Single(_classroom.Enrollments).EnrolledAt);
    }

    [Fact]
    public void Join_WrongCode_IsRefused()
    {
        Rule.Broken("classroom.join_code_mismatch", () => _classroom.Join(Student, JoinCode.Parse("ZZZZ2345"), Now));
        Assert.False(_classroom.IsEnrolled(Student));
    }

    [Fact]
    public void Join_AfterCodeRegenerated_OldCodeIsRefused()
    {
        _classroom.RegenerateJoinCode(JoinCode.Parse("WXYZ6789"));

        Rule.Broken("classroom.join_code_mismatch", () => _classroom.Join(Student, Code, Now));
        Assert.True(_classroom.Join(Student, JoinCode.Parse("WXYZ6789"), Now));
    }

    [Fact]
    public void Join_RemovedStudent_IsRefusedUntilAnInstructorReAddsThem()
    {
        _classroom.Join(Student, Code, Now);
        _classroom.RemoveStudent(Student, Now.AddDays(1));

        Rule.Broken("classroom.enrollment_removed", () => _classroom.Join(Student, Code, Now.AddDays(2)));
        Assert.False(_classroom.IsEnrolled(Student));

        _classroom.AddStudent(Student, Now.AddDays(3));
        Assert.True(_classroom.IsEnrolled(Student));
        Assert.Single(_classroom.Enrollments);
    }

    [Fact]
    public void Join_Instructor_IsRefused()
    {
        Rule.Broken("classroom.instructor_cannot_enroll", () => _classroom.Join(Instructor, Code, Now));
    }

    [Fact]
    public void RemoveStudent_KeepsTheEnrollmentInactive()
    {
        _classroom.Join(Student, Code, Now);

        _classroom.RemoveStudent(Student, Now.AddDays(1));

        var enrollment = Assert.Single(_classroom.Enrollments);
        Assert.False(enrollment.IsActive);
        Assert.Equal(Now.AddDays(1), enrollment.RemovedAt);
    }

    [Fact]
    public void RemoveStudent_NotEnrolled_IsRefused()
    {
        Rule.Broken("classroom.student_not_enrolled", () => _classroom.RemoveStudent(Student, Now));
    }

    [Fact]
    public void AddInstructor_CoInstructorIsNotOwnerAndAddingTwiceIsHarmless()
    {
        _classroom.AddInstructor(CoInstructor, Now);
        _classroom.AddInstructor(CoInstructor, Now);

        Assert.Equal(2, _classroom.Instructors.Count);
        Assert.False(_classroom.Instructors.Single(i => i.UserId == CoInstructor).IsOwner);
        Assert.True(_classroom.IsInstructor(CoInstructor));
    }

    [Fact]
    public void AddInstructor_EnrolledStudent_IsRefused()
    {
        _classroom.Join(Student, Code, Now);

        Rule.Broken("classroom.student_cannot_teach", () => _classroom.AddInstructor(Student, Now));
    }

    [Fact]
    public void RemoveInstructor_CoInstructor_IsRemoved()
    {
        _classroom.AddInstructor(CoInstructor, Now);

        _classroom.RemoveInstructor(CoInstructor);

        Assert.False(_classroom.IsInstructor(CoInstructor));
    }

    [Fact]
    public void RemoveInstructor_Owner_IsRefused()
    {
        Rule.Broken("classroom.owner_cannot_be_removed", () => _classroom.RemoveInstructor(Instructor));
        Assert.True(_classroom.IsInstructor(Instructor));
    }

    [Fact]
    public void SetAlias_Valid_IsTrimmedAndStored()
    {
        _classroom.Join(Student, Code, Now);

        _classroom.SetAlias(Student, "  Blue Falcon ");

        Assert.Equal("Blue Falcon", Assert.Single(_classroom.Enrollments).Alias);
    }

    [Theory]
    [InlineData("<script>")]
    [InlineData("a<b")]
    [InlineData("a>b")]
    [InlineData("x=1")]
    [InlineData("a&b")]
    [InlineData("Bobby\"")]
    [InlineData("1234567890123456789012345678901")]
    public void SetAlias_MarkupOrTooLong_IsRefused(string alias)
    {
        _classroom.Join(Student, Code, Now);

        Rule.Broken("classroom.alias_invalid", () => _classroom.SetAlias(Student, alias));
    }

    [Fact]
    public void SetAlias_Blank_ClearsIt()
    {
        _classroom.Join(Student, Code, Now);
        _classroom.SetAlias(Student, "Falcon");

        _classroom.SetAlias(Student, " ");

        Assert.Null(Assert.Single(_classroom.Enrollments).Alias);
    }

    [Fact]
    public void SetAlias_NotEnrolled_IsRefused()
    {
        Rule.Broken("classroom.student_not_enrolled", () => _classroom.SetAlias(Student, "Falcon"));
    }
}
