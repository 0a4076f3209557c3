using IRLearn.Application.Grading.Common;
using IRLearn.Domain.Attempts;
using IRLearn.Domain.Classrooms;
using IRLearn.Domain.Quizzes;
using IRLearn.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace IRLearn.Infrastructure.Persistence;

/// <summary>
/// Writes a new <see cref="GradebookStamp"/> for every classroom whose gradebook the pending changes alter, as part of
/// the same <c>SaveChanges</c> and so the same transaction (ADR 23). It reads the change tracker, so it sees every
/// write that goes through <c>SaveChanges</c>; the bulk updates that bypass it (a saved answer's text and the attempt's
/// concurrency stamp) change nothing a gradebook shows.
/// </summary>
internal static class GradebookStamping
{
    /// <summary>
    /// The attempt columns the gradebook reads (<c>GetGradebookQueryHandler</c>): a change to any other column, such as
    /// the concurrency stamp every save writes, leaves the gradebook as it was and writes no stamp.
    /// </summary>
    private static readonly HashSet<string> GradebookAttemptColumns =
    [
        nameof(Attempt.AssignmentId), nameof(Attempt.StudentId), nameof(Attempt.ClassroomId), nameof(Attempt.Number),
        nameof(Attempt.Status), nameof(Attempt.Score), nameof(Attempt.ScoreOverride), nameof(Attempt.MaxScore),
        nameof(Attempt.IsLate), nameof(Attempt.SubmittedAt),
    ];

    /// <summary>Before an asynchronous save.</summary>
    public static async Task StampAsync(ApplicationDbContext db, CancellationToken cancellationToken)
    {
        var changes = Collect(db);
        if (changes.Quizzes.Count > 0)
        {
            changes.Changed.UnionWith(await AssigningAny(db, changes.Quizzes).ToListAsync(cancellationToken));
        }

        if (changes.Students.Count > 0)
        {
            changes.Changed.UnionWith(await EnrollingAny(db, changes.Students).ToListAsync(cancellationToken));
        }

        Write(db, changes);
    }

    /// <summary>Before a synchronous save.</summary>
    public static void Stamp(ApplicationDbContext db)
    {
        var changes = Collect(db);
        if (changes.Quizzes.Count > 0)
        {
            changes.Changed.UnionWith([.. AssigningAny(db, changes.Quizzes)]);
        }

        if (changes.Students.Count > 0)
        {
            changes.Changed.UnionWith([.. EnrollingAny(db, changes.Students)]);
        }

        Write(db, changes);
    }

    private static Changes Collect(ApplicationDbContext db)
    {
        if (db.ChangeTracker.AutoDetectChangesEnabled)
        {
            db.ChangeTracker.DetectChanges();
        }

        var changes = new Changes();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            switch (entry.Entity)
            {
                case Classroom classroom when entry.State == EntityState.Added:
                    changes.Created.Add(classroom.Id);
                    break;
                case Classroom classroom when entry.State == EntityState.Deleted:
                    changes.Removed.Add(classroom.Id);
                    break;
                case Classroom classroom when entry.State == EntityState.Modified:
                    changes.Changed.Add(classroom.Id);
                    break;
                case Attempt attempt when Alters(entry, GradebookAttemptColumns):
                    changes.Changed.Add(attempt.ClassroomId);
                    break;
                case Assignment assignment when IsWritten(entry):
                    changes.Changed.Add(assignment.ClassroomId);
                    break;
                case Enrollment when IsWritten(entry):
                    changes.Changed.Add((Guid)(entry.Property("ClassroomId").CurrentValue ?? entry.Property("ClassroomId").OriginalValue)!);
                    break;
                case Quiz quiz when entry.State == EntityState.Modified:
                    // The grading method turns attempts into a final grade in every classroom that assigns the quiz.
                    changes.Quizzes.Add(quiz.Id);
                    break;
                case ApplicationUser user when entry.State == EntityState.Deleted
                    || (entry.State == EntityState.Modified && entry.Property(nameof(ApplicationUser.DisplayName)).IsModified):
                    // A gradebook names its students; a deleted account is named by its id.
                    changes.Students.Add(user.Id);
                    break;
            }
        }

        return changes;
    }

    private static IQueryable<Guid> AssigningAny(ApplicationDbContext db, HashSet<Guid> quizzes) =>
        db.Classrooms.AsNoTracking().IgnoreAutoIncludes().Where(c => c.Assignments.Any(a => quizzes.Contains(a.QuizId))).Select(c => c.Id);

    private static IQueryable<Guid> EnrollingAny(ApplicationDbContext db, HashSet<string> students) =>
        db.Classrooms.AsNoTracking().IgnoreAutoIncludes().Where(c => c.Enrollments.Any(e => students.Contains(e.StudentId))).Select(c => c.Id);

    private static void Write(ApplicationDbContext db, Changes changes)
    {
        foreach (var classroomId in changes.Created)
        {
            db.Add(new GradebookStamp { ClassroomId = classroomId, Stamp = Guid.NewGuid() });
        }

        // A removed classroom's stamp goes with it (cascade); a created one has just been given its first.
        changes.Changed.ExceptWith(changes.Removed);
        changes.Changed.ExceptWith(changes.Created);
        foreach (var classroomId in changes.Changed)
        {
            Renew(db, classroomId);
        }
    }

    /// <summary>An UPDATE of the stamp alone, without reading it: the row exists from the classroom's creation (or the migration).</summary>
    private static void Renew(ApplicationDbContext db, Guid classroomId)
    {
        var tracked = db.ChangeTracker.Entries<GradebookStamp>().FirstOrDefault(e => e.Entity.ClassroomId == classroomId);
        if (tracked is not null)
        {
            tracked.State = EntityState.Detached;
        }

        db.Attach(new GradebookStamp { ClassroomId = classroomId, Stamp = Guid.NewGuid() }).Property(s => s.Stamp).IsModified = true;
    }

    private static bool IsWritten(EntityEntry entry) => entry.State is EntityState.Added or EntityState.Deleted or EntityState.Modified;

    private static bool Alters(EntityEntry entry, HashSet<string> columns) =>
        entry.State is EntityState.Added or EntityState.Deleted
        || (entry.State == EntityState.Modified && entry.Properties.Any(p => p.IsModified && columns.Contains(p.Metadata.Name)));

    private sealed class Changes
    {
        public HashSet<Guid> Changed { get; } = [];

        public HashSet<Guid> Created { get; } = [];

        public HashSet<Guid> Removed { get; } = [];

        public HashSet<Guid> Quizzes { get; } = [];

        public HashSet<string> Students { get; } = [];
    }
}
