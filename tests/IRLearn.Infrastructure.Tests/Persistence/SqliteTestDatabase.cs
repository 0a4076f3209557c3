using IRLearn.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace IRLearn.Infrastructure.Tests.Persistence;

/// <summary>A migrated SQLite file in the temp folder, configured exactly as the app configures it.</summary>
public sealed class SqliteTestDatabase : IAsyncDisposable
{
    private SqliteTestDatabase(string path)
    {
        Path = path;
    }

    public string Path { get; }

    public static async Task<SqliteTestDatabase> CreateAsync()
    {
        var database = new SqliteTestDatabase(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"irlearn-infra-{Guid.NewGuid():N}.db"));
        await using var context = database.NewContext();
        await context.Database.MigrateAsync();
        return database;
    }

    public ApplicationDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<ApplicationDbContext>()
            .UseProvider(DatabaseProvider.Sqlite, $"Data Source={Path}")
            .AddInterceptors(new SqliteWalInterceptor())
            .Options;
        return new ApplicationDbContext(options);
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(Path + suffix);
        }

        return ValueTask.CompletedTask;
    }
}
