using IRLearn.Domain.Common;

namespace IRLearn.Domain.Classrooms;

/// <summary>A quiz given to a classroom with opening and due dates, and per-student overrides.</summary>
public sealed class Assignment : Entity
{
    public const int MaxTitleLength = 300;

    // Small per-assignment list; EF may store it as JSON or as an owned table.
    private List<StudentOverride> _overrides = [];

    private Assignment()
    {
    }

    private Assignment(Guid id)
        : base(id)
    {
    }

    public Guid ClassroomId { get; private set; }

    public Guid QuizId { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public DateTimeOffset OpensAt { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<StudentOverride> Overrides => _overrides;

    public StudentOverride? OverrideFor(string studentId)
    {
        // A loop, not Find with a lambda: the gradebook asks this for every student and assignment (issue 16).
        foreach (var studentOverride in _overrides)
        {
            if (studentOverride.StudentId == studentId)
            {
                return studentOverride;
            }
        }

        return null;
    }

    /// <summary>The window that applies to <paramref name="studentId"/>: the assignment's, with their override's due date when they have one.</summary>
    public AssignmentWindow EffectiveWindowFor(string studentId) =>
        new(OpensAt, OverrideFor(studentId)?.DueAt ?? DueAt);

    internal static Assignment Create(Guid classroomId, Guid quizId, string title, DateTimeOffset opensAt, DateTimeOffset dueAt, DateTimeOffset now)
    {
        var assignment = new Assignment(Guid.CreateVersion7())
        {
            ClassroomId = classroomId,
            QuizId = Check.Id(quizId, "assignment.quiz_required", "The quiz"),
            CreatedAt = now,
        };
        assignment.Update(title, opensAt, dueAt, now);
        return assignment;
    }

    internal void Update(string title, DateTimeOffset opensAt, DateTimeOffset dueAt, DateTimeOffset now)
    {
        Check.That(opensAt < dueAt, "assignment.dates_invalid", "An assignment must open before it is due.");
        Check.That(dueAt > now, "assignment.dates_invalid", "The due date must be in the future.");
        Check.That(
            _overrides.TrueForAll(o => o.DueAt is null || o.DueAt > opensAt),
            "assignment.dates_invalid",
            "A student's own due date would fall before the new opening date.");
        Title = Check.RequiredText(title, MaxTitleLength, "assignment.title_invalid", "The title");
        OpensAt = opensAt;
        DueAt = dueAt;
    }

    internal void SetOverride(StudentOverride studentOverride)
    {
        Check.That(studentOverride.ExtraTime >= TimeSpan.Zero && studentOverride.ExtraTime <= TimeSpan.FromDays(7), "assignment.override_invalid", "Extra time must be between zero and seven days.");
        Check.That(studentOverride.ExtraAttempts is >= 0 and <= 100, "assignment.override_invalid", "Extra attempts must be between 0 and 100.");
        Check.That(studentOverride.DueAt is null || studentOverride.DueAt > OpensAt, "assignment.override_invalid", "A student's due date must be after the assignment opens.");
        var reason = Check.RequiredText(studentOverride.Reason, 500, "assignment.override_reason_required", "A reason for the override");
        _overrides = [.. _overrides.Where(o => o.StudentId != studentOverride.StudentId), studentOverride with { Reason = reason }];
    }

    internal bool ClearOverride(string studentId)
    {
        var before = _overrides.Count;
        _overrides = _overrides.Where(o => o.StudentId != studentId).ToList();
        return _overrides.Count != before;
    }
}
