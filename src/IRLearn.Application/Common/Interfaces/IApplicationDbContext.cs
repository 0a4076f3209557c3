using IRLearn.Application.Grading.Common;
using IRLearn.Domain.Articles;
using IRLearn.Domain.Leaderboards;
using IRLearn.Domain.Progress;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace IRLearn.Application.Common.Interfaces;

/// <summary>
/// The unit of work the use cases see. It exposes EF Core's DbSets directly: EF Core already is a
/// repository and a unit of work, so wrapping it again would only hide its query power
/// (see docs/decisions/0004-dbcontext-not-repositories.md).
/// </summary>
public interface IApplicationDbContext
{
    DbSet<Article> Articles { get; }

    DbSet<Lesson> Lessons { get; }

    DbSet<Question> Questions { get; }

    DbSet<QuestionVersion> QuestionVersions { get; }

    DbSet<Quiz> Quizzes { get; }

    DbSet<Classroom> Classrooms { get; }

    DbSet<Attempt> Attempts { get; }

    DbSet<ReviewCard> ReviewCards { get; }

    DbSet<League> Leagues { get; }

    /// <summary>
    /// Every account's id and display name, and nothing else of it: a query joins it to a roster, so a page of
    /// a class reads its names in the same statement instead of sending every student's id back.
    /// </summary>
    IQueryable<UserName> UserNames { get; }

    /// <summary>Each classroom's gradebook stamp, read-only: the context writes a new one with every change a gradebook shows (ADR 23).</summary>
    IQueryable<GradebookStamp> GradebookStamps { get; }

    /// <summary>
    /// For a use case that lost a race on save and decides again: <c>Clear()</c> forgets what it loaded and changed,
    /// so its next query reads what is committed now.
    /// </summary>
    ChangeTracker ChangeTracker { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs statements that must commit together (bulk updates, which bypass <see cref="SaveChangesAsync"/>) in one
    /// transaction, retried as a whole where the provider retries. On SQLite, which takes one writer at a time, this
    /// process's writers wait their turn here, asynchronously and first come first served, rather than in SQLite's busy
    /// handler, which holds a thread while it polls with growing sleeps.
    /// </summary>
    Task InTransactionAsync(Func<CancellationToken, Task> write, CancellationToken cancellationToken);
}

/// <summary>An account's display name, as a query reads it (set by member initialisation, so a query can filter on it).</summary>
public sealed record UserName
{
    public required string Id { get; init; }

    public required string DisplayName { get; init; }
}
