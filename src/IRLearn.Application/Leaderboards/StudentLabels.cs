using IRLearn.Domain.Classrooms;

namespace IRLearn.Application.Leaderboards;

/// <summary>
/// How a student is named on a board. Students see classmates under their chosen alias, or a
/// neutral label when they chose none (the enrolment's alias is null), so a board never reveals who
/// scored what; instructors always see the real name, with the alias in brackets.
/// </summary>
public static class StudentLabels
{
    public static string For(Enrollment enrollment, string realName, bool viewerIsInstructor)
    {
        if (viewerIsInstructor)
        {
            return enrollment.Alias is null ? realName : $"{realName} ({enrollment.Alias})";
        }

        return enrollment.Alias ?? Anonymous(enrollment);
    }

    // The tail of the enrolment id is random, stable and says nothing about the student.
    public static string Anonymous(Enrollment enrollment) =>
        $"Student {enrollment.Id.ToString("N")[^4..].ToUpperInvariant()}";
}
