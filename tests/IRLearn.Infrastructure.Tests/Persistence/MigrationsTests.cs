using IRLearn.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace IRLearn.Infrastructure.Tests.Persistence;

/// <summary>
/// A model change without a migration for every provider fails here. The diff is computed from the
/// model and the migrations assembly alone, so no database server is needed.
/// </summary>
public sealed class MigrationsTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=unused.db")]
    [InlineData(DatabaseProvider.SqlServer, "Server=unused;Database=unused;Trusted_Connection=True")]
    [InlineData(DatabaseProvider.PostgreSql, "Host=unused;Database=unused")]
    public void Migrations_OfEveryProvider_MatchTheModel(DatabaseProvider provider, string connectionString)
    {
        using var context = new ApplicationDbContext(new DbContextOptionsBuilder<ApplicationDbContext>()
            .UseProvider(provider, connectionString)
            .Options);

        Assert.NotEmpty(context.Database.GetMigrations());
        Assert.False(context.Database.HasPendingModelChanges(), $"The {provider} migrations are behind the model: run .config/add-migration.sh <Name>.");
    }

    [Fact]
    public async Task Migrate_OnAFreshSqliteFile_CreatesEveryTableAndUsesWal()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var context = database.NewContext();

        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        var connection = (SqliteConnection)context.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        Assert.Equal(0, await context.Attempts.CountAsync());
        Assert.Equal(0, await context.Classrooms.CountAsync());
    }

    [Fact]
    public void ResolveSqliteConnectionString_WithNothingConfigured_PutsTheFileInADataFolder()
    {
        var root = Path.Combine(Path.GetTempPath(), $"irlearn-root-{Guid.NewGuid():N}");
        try
        {
            var connectionString = ProviderSetup.ResolveSqliteConnectionString(null, root);

            var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
            Assert.Equal(Path.Combine(root, "data", "irlearn.db"), dataSource);
            Assert.True(Directory.Exists(Path.Combine(root, "data")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
