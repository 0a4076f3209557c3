namespace IRLearn.Application.Classrooms;

/// <summary>One active student of a classroom: the enrolment's id and alias (how boards name them) and the real name.</summary>
/// <param name="DisplayName">The account's display name; null when it was not asked for, or the account no longer exists.</param>
public sealed record RosterStudent(Guid EnrollmentId, string StudentId, string? Alias, string? DisplayName);

/// <summary>
/// A classroom's active students as one query: the roster's few columns and, when asked, each student's display
/// name from the same statement. Views that list a class (gradebook, boards) read this instead of the classroom
/// with its roster entities and a second query naming every student's id (issue 16).
/// </summary>
public static class ClassroomRoster
{
    /// <summary>The active students in enrolment order. The caller has already checked that the user may see the classroom.</summary>
    public static Task<List<RosterStudent>> ActiveStudentsAsync(this IApplicationDbContext db, Guid classroomId, bool withNames, CancellationToken cancellationToken) =>
        db.Classrooms.AsNoTracking()
            .Where(c => c.Id == classroomId)
            .SelectMany(c => c.Enrollments)
            .Where(e => e.RemovedAt == null)
            .OrderBy(e => e.Id)
            .Select(e => new RosterStudent(
                e.Id,
                e.StudentId,
                e.Alias,
                withNames ? db.UserNames.Where(u => u.Id == e.StudentId).Select(u => u.DisplayName).FirstOrDefault() : null))
            .ToListAsync(cancellationToken);
}
