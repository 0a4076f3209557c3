using IRLearn.Domain.Common;

namespace IRLearn.Domain.Classrooms;

/// <summary>
/// A student's membership of a classroom. Removing a student keeps the row (their attempts and
/// grades still belong to the class) and marks it inactive.
/// </summary>
public sealed class Enrollment : Entity
{
    public const int MaxAliasLength = 30;

    private Enrollment()
    {
    }

    internal Enrollment(string studentId, DateTimeOffset enrolledAt)
        : base(Guid.CreateVersion7())
    {
        StudentId = studentId;
        EnrolledAt = enrolledAt;
    }

    public string StudentId { get; private set; } = string.Empty;

    public DateTimeOffset EnrolledAt { get; private set; }

    /// <summary>The name shown on leaderboards instead of the student's real name; null shows a generic label.</summary>
    public string? Alias { get; private set; }

    public DateTimeOffset? RemovedAt { get; private set; }

    public bool IsActive => RemovedAt is null;

    internal void Remove(DateTimeOffset now) => RemovedAt ??= now;

    internal void Reactivate() => RemovedAt = null;

    internal void SetAlias(string? alias)
    {
        var cleaned = Check.OptionalText(alias, MaxAliasLength, "classroom.alias_invalid", "The alias");
        // Aliases are shown to the whole class; markup characters have no business in them.
        Check.That(
            cleaned is null || cleaned.IndexOfAny(['<', '>', '&', '"', '\'', '`', '/', '\\', '=']) < 0,
            "classroom.alias_invalid",
            "The alias may not contain < > & \" ' ` / \\ or =.");
        Check.That(cleaned is null || !cleaned.Any(char.IsControl), "classroom.alias_invalid", "The alias may not contain control characters.");
        Alias = cleaned;
    }
}
