namespace IRLearn.Domain.Classrooms;

/// <summary>When a student may start attempts at an assignment: from <see cref="OpensAt"/> (inclusive) until <see cref="DueAt"/> (exclusive).</summary>
public sealed record AssignmentWindow(DateTimeOffset OpensAt, DateTimeOffset DueAt)
{
    public bool Contains(DateTimeOffset now) => now >= OpensAt && now < DueAt;
}
