using IRLearn.Application.Classrooms;

namespace IRLearn.Application.Leaderboards;

/// <summary>
/// How a student is named on a board. Students see classmates under their chosen alias, or a
/// neutral label when they chose none (the enrolment's alias is null), so a board never reveals who
/// scored what; instructors always see the real name, with the alias in brackets.
/// </summary>
public static class StudentLabels
{
    /// <param name="student">Read with names for an instructor; a missing name (a deleted account) shows as "Student".</param>
    public static string For(RosterStudent student, bool viewerIsInstructor)
    {
        if (viewerIsInstructor)
        {
            var realName = student.DisplayName ?? "Student";
            return student.Alias is null ? realName : $"{realName} ({student.Alias})";
        }

        return student.Alias ?? Anonymous(student.EnrollmentId);
    }

    // The tail of the enrolment id is random, stable and says nothing about the student.
    public static string Anonymous(Guid enrollmentId) =>
        $"Student {enrollmentId.ToString("N")[^4..].ToUpperInvariant()}";
}
