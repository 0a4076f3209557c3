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
        Named(db, Enrollments(db, classroomId).Where(e => e.RemovedAt == null), withNames).ToListAsync(cancellationToken);

    /// <summary>Only the active students' ids: what ranking a whole class needs, one narrow column per student.</summary>
    public static Task<List<string>> ActiveStudentIdsAsync(this IApplicationDbContext db, Guid classroomId, CancellationToken cancellationToken) =>
        Enrollments(db, classroomId).Where(e => e.RemovedAt == null).Select(e => e.StudentId).ToListAsync(cancellationToken);

    /// <summary>
    /// The named students of the classroom, so a board reads names and aliases for the rows it shows, not for the whole
    /// class. Removed students are included: one removed since the caller read the active ids still gets a label.
    /// </summary>
    public static Task<List<RosterStudent>> StudentsAsync(
        this IApplicationDbContext db, Guid classroomId, IReadOnlyCollection<string> studentIds, bool withNames, CancellationToken cancellationToken) =>
        Named(db, Enrollments(db, classroomId).Where(e => studentIds.Contains(e.StudentId)), withNames).ToListAsync(cancellationToken);

    private static IQueryable<Enrollment> Enrollments(IApplicationDbContext db, Guid classroomId) =>
        db.Classrooms.AsNoTracking().Where(c => c.Id == classroomId).SelectMany(c => c.Enrollments);

    private static IQueryable<RosterStudent> Named(IApplicationDbContext db, IQueryable<Enrollment> enrollments, bool withNames) =>
        enrollments
            .OrderBy(e => e.Id)
            .Select(e => new RosterStudent(
                e.Id,
                e.StudentId,
                e.Alias,
                withNames ? db.UserNames.Where(u => u.Id == e.StudentId).Select(u => u.DisplayName).FirstOrDefault() : null));
}
