using IRLearn.Infrastructure.Persistence;
using IRLearn.Testing;
using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace IRLearn.Infrastructure.Tests.Persistence;

/// <summary>
/// A freshly migrated database configured exactly as the app configures it: a SQLite file in the temp folder, or a
/// database on the test run's PostgreSQL cluster when this assembly runs on PostgreSQL (<see cref="TestProvider"/>).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _sqlitePath;

    private TestDatabase(string connectionString, string? sqlitePath)
    {
        ConnectionString = connectionString;
        _sqlitePath = sqlitePath;
    }

    public string ConnectionString { get; }

    /// <summary>The database file, for the tests of what only SQLite has (backups, journal modes).</summary>
    public string SqlitePath => _sqlitePath ?? throw new InvalidOperationException("Only a SQLite test database is a file.");

    public static async Task<TestDatabase> CreateAsync()
    {
        TestDatabase database;
        if (TestProvider.Current == DatabaseProvider.PostgreSql)
        {
            database = new TestDatabase(PostgreSqlTestServer.CreateDatabase(), null);
        }
        else
        {
            var path = Path.Combine(Path.GetTempPath(), $"irlearn-infra-{Guid.NewGuid():N}.db");
            database = new TestDatabase($"Data Source={path}", path);
        }

        await using var context = database.NewContext();
        await context.Database.MigrateAsync();
        return database;
    }

    /// <param name="publisher">The Mediator that receives the saved aggregates' domain events; none by default.</param>
    public ApplicationDbContext NewContext(IPublisher? publisher = null)
    {
        var options = new DbContextOptionsBuilder<ApplicationDbContext>().UseProvider(TestProvider.Current, ConnectionString);
        if (TestProvider.Current == DatabaseProvider.Sqlite)
        {
            options.AddInterceptors(new SqliteWalInterceptor());
        }

        return new ApplicationDbContext(options.Options, publisher, NullLogger<ApplicationDbContext>.Instance);
    }

    public ValueTask DisposeAsync()
    {
        if (_sqlitePath is null)
        {
            PostgreSqlTestServer.DropDatabase(ConnectionString);
            return ValueTask.CompletedTask;
        }

        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(_sqlitePath + suffix);
        }

        return ValueTask.CompletedTask;
    }
}
