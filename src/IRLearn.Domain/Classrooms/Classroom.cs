using IRLearn.Domain.Common;

namespace IRLearn.Domain.Classrooms;

/// <summary>
/// A class or section: its instructors, the students enrolled with its join code, and the
/// quizzes assigned to it.
/// <para>
/// Enrolment rule: a student removed by an instructor cannot rejoin with the code (otherwise
/// removal would mean nothing while the code circulates); an instructor re-adds them with
/// <see cref="AddStudent"/>.
/// </para>
/// </summary>
public sealed class Classroom : AggregateRoot
{
    public const int MaxNameLength = 200;

    private readonly List<ClassroomInstructor> _instructors = [];
    private readonly List<Enrollment> _enrollments = [];
    private readonly List<Assignment> _assignments = [];

    private Classroom()
    {
    }

    private Classroom(Guid id)
        : base(id)
    {
    }

    public string Name { get; private set; } = string.Empty;

    /// <summary>Unique across classrooms (a unique index in the database guarantees it).</summary>
    public JoinCode JoinCode { get; private set; } = null!;

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyCollection<ClassroomInstructor> Instructors => _instructors;

    public IReadOnlyCollection<Enrollment> Enrollments => _enrollments;

    public IReadOnlyCollection<Assignment> Assignments => _assignments;

    public string OwnerId => _instructors.Find(i => i.IsOwner)?.UserId ?? string.Empty;

    public static Classroom Create(string name, string ownerId, JoinCode joinCode, DateTimeOffset now)
    {
        var classroom = new Classroom(Guid.CreateVersion7())
        {
            Name = ValidName(name),
            JoinCode = joinCode,
            CreatedAt = now,
        };
        classroom._instructors.Add(new ClassroomInstructor(Check.UserId(ownerId), isOwner: true, now));
        return classroom;
    }

    public void Rename(string name) => Name = ValidName(name);

    /// <summary>Replaces the join code, for example after it leaked. The old code stops working at once.</summary>
    public void RegenerateJoinCode(JoinCode newCode) => JoinCode = newCode;

    public bool IsInstructor(string userId) => _instructors.Exists(i => i.UserId == userId);

    /// <summary>True for students whose enrolment is active; removed students are not enrolled.</summary>
    public bool IsEnrolled(string studentId) => FindEnrollment(studentId)?.IsActive == true;

    /// <summary>
    /// Enrols a student who presents the classroom's code. Joining again is harmless.
    /// A removed student is refused (see the class remarks).
    /// </summary>
    /// <returns>True when the student was newly enrolled.</returns>
    public bool Join(string studentId, JoinCode code, DateTimeOffset now)
    {
        Check.UserId(studentId);
        Check.That(code == JoinCode, "classroom.join_code_mismatch", "That join code is not this classroom's.");
        Check.That(!IsInstructor(studentId), "classroom.instructor_cannot_enroll", "An instructor of the classroom cannot enrol as a student.");
        var existing = FindEnrollment(studentId);
        if (existing is not null)
        {
            Check.That(existing.IsActive, "classroom.enrollment_removed", "You were removed from this classroom; ask an instructor to add you again.");
            return false;
        }

        _enrollments.Add(new Enrollment(studentId, now));
        return true;
    }

    /// <summary>An instructor adds a student directly, or re-adds one who was removed.</summary>
    public void AddStudent(string studentId, DateTimeOffset now)
    {
        Check.UserId(studentId);
        Check.That(!IsInstructor(studentId), "classroom.instructor_cannot_enroll", "An instructor of the classroom cannot enrol as a student.");
        var existing = FindEnrollment(studentId);
        if (existing is null)
        {
            _enrollments.Add(new Enrollment(studentId, now));
        }
        else
        {
            existing.Reactivate();
        }
    }

    /// <summary>Removes a student from the roster. Their attempts and grades are kept.</summary>
    public void RemoveStudent(string studentId, DateTimeOffset now)
    {
        var enrollment = FindEnrollment(studentId);
        Check.That(enrollment is not null, "classroom.student_not_enrolled", "The student is not in this classroom.");
        enrollment!.Remove(now);
    }

    public void SetAlias(string studentId, string? alias)
    {
        var enrollment = FindEnrollment(studentId);
        Check.That(enrollment?.IsActive == true, "classroom.student_not_enrolled", "The student is not in this classroom.");
        enrollment!.SetAlias(alias);
    }

    /// <summary>Adds a co-instructor. Adding one twice is harmless.</summary>
    public void AddInstructor(string userId, DateTimeOffset now)
    {
        Check.UserId(userId);
        Check.That(!IsEnrolled(userId), "classroom.student_cannot_teach", "A student of the classroom cannot also be its instructor.");
        if (!IsInstructor(userId))
        {
            _instructors.Add(new ClassroomInstructor(userId, isOwner: false, now));
        }
    }

    public void RemoveInstructor(string userId)
    {
        var instructor = _instructors.Find(i => i.UserId == userId);
        Check.That(instructor is not null, "classroom.instructor_not_found", "That user is not an instructor of this classroom.");
        Check.That(!instructor!.IsOwner, "classroom.owner_cannot_be_removed", "The classroom's owner cannot be removed.");
        _instructors.Remove(instructor);
    }

    public Assignment Assign(Guid quizId, string title, DateTimeOffset opensAt, DateTimeOffset dueAt, DateTimeOffset now)
    {
        var assignment = Assignment.Create(Id, quizId, title, opensAt, dueAt, now);
        _assignments.Add(assignment);
        return assignment;
    }

    public void RescheduleAssignment(Guid assignmentId, string title, DateTimeOffset opensAt, DateTimeOffset dueAt, DateTimeOffset now) =>
        GetAssignment(assignmentId).Update(title, opensAt, dueAt, now);

    public Assignment GetAssignment(Guid assignmentId) =>
        _assignments.Find(a => a.Id == assignmentId)
        ?? throw new DomainException("classroom.assignment_not_found", "The assignment is not in this classroom.");

    /// <summary>
    /// Gives one enrolled student extra time per attempt, extra attempts and/or a later due date.
    /// A reason is required because overrides change what is fair and must be explainable later.
    /// Setting an override again replaces the previous one.
    /// </summary>
    public StudentOverride SetOverride(
        Guid assignmentId,
        string studentId,
        TimeSpan extraTime,
        int extraAttempts,
        DateTimeOffset? dueAt,
        string reason,
        string setBy,
        DateTimeOffset now)
    {
        var assignment = GetAssignment(assignmentId);
        Check.That(IsEnrolled(studentId), "classroom.student_not_enrolled", "Overrides can only be given to enrolled students.");
        var studentOverride = new StudentOverride(studentId, extraTime, extraAttempts, dueAt, reason, Check.UserId(setBy), now);
        assignment.SetOverride(studentOverride);
        return assignment.OverrideFor(studentId)!;
    }

    public bool ClearOverride(Guid assignmentId, string studentId) => GetAssignment(assignmentId).ClearOverride(studentId);

    private static string ValidName(string name) =>
        Check.RequiredText(name, MaxNameLength, "classroom.name_invalid", "The classroom's name");

    private Enrollment? FindEnrollment(string studentId) => _enrollments.Find(e => e.StudentId == studentId);
}
