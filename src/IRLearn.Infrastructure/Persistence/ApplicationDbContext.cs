using IRLearn.Application.Common.Exceptions;
using IRLearn.Application.Common.Interfaces;
using IRLearn.Application.Grading.Common;
using IRLearn.Domain.Articles;
using IRLearn.Domain.Attempts;
using IRLearn.Domain.Classrooms;
using IRLearn.Domain.Common;
using IRLearn.Domain.Leaderboards;
using IRLearn.Domain.Lessons;
using IRLearn.Domain.Progress;
using IRLearn.Domain.QuestionBank;
using IRLearn.Domain.Quizzes;
using IRLearn.Infrastructure.BackgroundWork;
using IRLearn.Infrastructure.Identity;
using Mediator;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.Logging;

namespace IRLearn.Infrastructure.Persistence;

/// <summary>
/// The application's unit of work. The app leases it from EF's pool (issue 16): building a context and its connection
/// object was about half of what a save allocated. EF's pool builds contexts through the one public constructor, which
/// takes the options only; the scope that leases one hands it the request's Mediator (<see cref="PublishThrough"/>).
/// </summary>
public sealed class ApplicationDbContext(DbContextOptions<ApplicationDbContext> options)
    : IdentityDbContext<ApplicationUser>(options), IApplicationDbContext, IDataProtectionKeyContext
{
    private IPublisher? _publisher;
    private ILogger? _logger;

    /// <summary>A context of its own (persistence tests): not pooled, publishing through <paramref name="publisher"/>.</summary>
    internal ApplicationDbContext(DbContextOptions<ApplicationDbContext> options, IPublisher? publisher, ILogger<ApplicationDbContext>? logger)
        : this(options) => PublishThrough(publisher, logger);

    public DbSet<Article> Articles => Set<Article>();

    public DbSet<Lesson> Lessons => Set<Lesson>();

    public DbSet<Question> Questions => Set<Question>();

    public DbSet<QuestionVersion> QuestionVersions => Set<QuestionVersion>();

    public DbSet<Quiz> Quizzes => Set<Quiz>();

    public DbSet<Classroom> Classrooms => Set<Classroom>();

    public DbSet<Attempt> Attempts => Set<Attempt>();

    public DbSet<ReviewCard> ReviewCards => Set<ReviewCard>();

    public DbSet<League> Leagues => Set<League>();

    public IQueryable<UserName> UserNames => Users.AsNoTracking().Select(u => new UserName { Id = u.Id, DisplayName = u.DisplayName });

    /// <summary>Each classroom's gradebook stamp, written by <see cref="GradebookStamping"/> with every save that alters a gradebook (ADR 23).</summary>
    public IQueryable<GradebookStamp> GradebookStamps => Set<GradebookStamp>().AsNoTracking();

    /// <summary>The data-protection key ring, shared by every instance over this database (ADR 19).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Regrade jobs, claimed and run by any instance (ADR 20).</summary>
    public DbSet<RegradeJob> RegradeJobs => Set<RegradeJob>();

    /// <summary>Which instance runs each periodic job now (ADR 20).</summary>
    public DbSet<Lease> Leases => Set<Lease>();

    /// <summary>
    /// The request's own Mediator (same scope as this context), so event handlers work with the request's services and
    /// see what it has just saved. Null where no Mediator is wired (design-time tools, persistence tests): events then
    /// stay on their aggregates.
    /// </summary>
    public void PublishThrough(IPublisher? publisher, ILogger? logger)
    {
        _publisher = publisher;
        _logger = logger;
    }

    /// <summary>Forgets the request's Mediator: a pooled context goes back to the pool, where another request leases it.</summary>
    public override void Dispose()
    {
        PublishThrough(null, null);
        base.Dispose();
    }

    /// <inheritdoc cref="Dispose"/>
    public override ValueTask DisposeAsync()
    {
        PublishThrough(null, null);
        return base.DisposeAsync();
    }

    /// <summary>
    /// Saves, then publishes the saved aggregates' domain events: only committed changes are announced,
    /// so a handler always reads what caused it. A failing handler is logged and never undoes the save.
    /// A unique-index violation (a second writer creating what the first just created) becomes
    /// <see cref="DuplicateException"/> here, the one place for every use case and provider (ADR 18).
    /// Each classroom whose gradebook the save alters gets a new stamp in the same transaction (ADR 23).
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await GradebookStamping.StampAsync(this, cancellationToken);
        int result;
        try
        {
            result = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            throw new DuplicateException(ex);
        }

        if (_publisher is not null)
        {
            await PublishDomainEventsAsync(_publisher, cancellationToken);
        }

        return result;
    }

    /// <summary>Synchronous saves (tests and tools; the app saves asynchronously) stamp gradebooks too; events stay on their aggregates.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GradebookStamping.Stamp(this);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public async Task InTransactionAsync(Func<CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        if (Database.CurrentTransaction is not null)
        {
            // Already inside the caller's transaction, which commits it; waiting for a turn here could wait on that caller.
            await write(cancellationToken);
            return;
        }

        var turn = Database.IsSqlite() ? SqliteWriters.TurnFor(Database.GetConnectionString()!) : null;
        if (turn is not null)
        {
            await turn.WaitAsync(cancellationToken);
        }

        try
        {
            await Database.CreateExecutionStrategy().ExecuteAsync(
                write,
                async (_, work, token) =>
                {
                    await using var transaction = await Database.BeginTransactionAsync(token);
                    await work(token);
                    await transaction.CommitAsync(token);
                    return true;
                },
                verifySucceeded: null,
                cancellationToken);
        }
        finally
        {
            turn?.Release();
        }
    }

    private async Task PublishDomainEventsAsync(IPublisher mediator, CancellationToken cancellationToken)
    {
        var aggregates = ChangeTracker.Entries<AggregateRoot>()
            .Select(e => e.Entity)
            .Where(a => a.DomainEvents.Count > 0)
            .ToList();
        var events = aggregates.SelectMany(a => a.DomainEvents).ToList();
        aggregates.ForEach(a => a.ClearDomainEvents());

        foreach (var domainEvent in events)
        {
            try
            {
                await mediator.Publish(domainEvent, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                _logger?.LogError(ex, "A handler of {Event} failed after the save", domainEvent.GetType().Name);
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsSqlite())
        {
            // SQLite has no decimal or offset-aware date type, and EF cannot sort or compare them as TEXT.
            // Scores become REAL and instants become UTC ticks, so ordering and ranges run in SQL.
            configurationBuilder.Properties<decimal>().HaveConversion<double>();
            configurationBuilder.Properties<decimal?>().HaveConversion<double?>();
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcInstantToBinaryConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcInstantToBinaryConverter>();
        }
        else
        {
            configurationBuilder.Properties<decimal>().HavePrecision(18, 4);
            configurationBuilder.Properties<decimal?>().HavePrecision(18, 4);
        }

        if (Database.IsNpgsql())
        {
            // Npgsql stores instants as timestamptz and refuses to write an offset other than zero; a
            // deadline typed with an offset (an API client's "+02:00") is the same instant in UTC.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcInstantConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcInstantConverter>();
        }
    }

    private sealed class UtcInstantConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(value => value.ToUniversalTime(), value => value);

    /// <summary>
    /// SQLite: EF's binary layout (ticks and offset in one INTEGER) of the instant in UTC. EF's own converter keeps the
    /// clock ticks of the offset given, so 14:00+05:00 sorted after 10:00Z; in UTC, SQL orders and compares instants.
    /// Rows written in UTC before read the same.
    /// </summary>
    private sealed class UtcInstantToBinaryConverter() : ValueConverter<DateTimeOffset, long>(
        UtcToBinary.ConvertToProviderExpression,
        UtcToBinary.ConvertFromProviderExpression)
    {
        private static ValueConverter<DateTimeOffset, long> UtcToBinary =>
            (ValueConverter<DateTimeOffset, long>)new UtcInstantConverter().ComposeWith(new DateTimeOffsetToBinaryConverter());
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ApplicationDbContext).Assembly);
    }
}
