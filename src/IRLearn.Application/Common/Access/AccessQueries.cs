using IRLearn.Domain.Common;
using IRLearn.Domain.Leaderboards;

namespace IRLearn.Application.Common.Access;

/// <summary>
/// Who may see what, as filters that narrow a query in SQL before anything is loaded. Every use case
/// asks these same questions, and anything outside the filter answers "not found" (404) exactly like a
/// made-up id, so ids of other users' data cannot be probed.
/// </summary>
public static class AccessQueries
{
    /// <summary>Articles, lessons, questions, quizzes or leagues the user wrote.</summary>
    public static IQueryable<T> OwnedBy<T>(this IQueryable<T> items, string userId)
        where T : class, IOwned =>
        items.Where(item => item.OwnerId == userId);

    /// <summary>Classrooms the user teaches, as owner or co-instructor.</summary>
    public static IQueryable<Classroom> TaughtBy(this IQueryable<Classroom> classrooms, string userId) =>
        classrooms.Where(c => c.Instructors.Any(i => i.UserId == userId));

    /// <summary>Classrooms the student is enrolled in now (a removed student is not).</summary>
    public static IQueryable<Classroom> AttendedBy(this IQueryable<Classroom> classrooms, string studentId) =>
        classrooms.Where(c => c.Enrollments.Any(e => e.StudentId == studentId && e.RemovedAt == null));

    /// <summary>Classrooms the user teaches or attends.</summary>
    public static IQueryable<Classroom> VisibleTo(this IQueryable<Classroom> classrooms, string userId) =>
        classrooms.Where(c => c.Instructors.Any(i => i.UserId == userId)
            || c.Enrollments.Any(e => e.StudentId == userId && e.RemovedAt == null));

    /// <summary>Leagues the user owns, or that hold a classroom the user teaches or attends.</summary>
    public static IQueryable<League> VisibleTo(this IQueryable<League> leagues, IQueryable<Classroom> classrooms, string userId)
    {
        var visible = classrooms.VisibleTo(userId).Select(c => c.Id);
        return leagues.Where(l => l.OwnerId == userId || l.Memberships.Any(m => visible.Contains(m.ClassroomId)));
    }

    /// <summary>The student's own attempts.</summary>
    public static IQueryable<Attempt> TakenBy(this IQueryable<Attempt> attempts, string studentId) =>
        attempts.Where(a => a.StudentId == studentId);

    /// <summary>Attempts in classrooms the instructor teaches.</summary>
    public static IQueryable<Attempt> TaughtBy(this IQueryable<Attempt> attempts, IQueryable<Classroom> classrooms, string instructorId)
    {
        var taught = classrooms.TaughtBy(instructorId).Select(c => c.Id);
        return attempts.Where(a => taught.Contains(a.ClassroomId));
    }

    /// <summary>The item with this id among those the query allows, or "not found".</summary>
    public static async Task<T> FirstOrNotFoundAsync<T>(this IQueryable<T> items, Guid id, CancellationToken cancellationToken)
        where T : Entity =>
        await items.FirstOrDefaultAsync(item => item.Id == id, cancellationToken)
        ?? throw new NotFoundException(typeof(T).Name, id);

    /// <summary>The first item the query allows, or "not found" named after what the caller asked for (an assignment found through its classroom, say).</summary>
    public static async Task<T> FirstOrNotFoundAsync<T>(this IQueryable<T> items, string resource, object key, CancellationToken cancellationToken)
        where T : class =>
        await items.FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(resource, key);
}
