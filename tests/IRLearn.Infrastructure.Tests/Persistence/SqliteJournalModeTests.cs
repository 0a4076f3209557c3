using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace IRLearn.Infrastructure.Tests.Persistence;

/// <summary>
/// A backup (and so a restored database) is one self-contained file in rollback-journal mode. The server must start
/// on it: EF asks whether the database exists over a read-only connection, which cannot switch a file to WAL, so the
/// interceptor leaves that to the first read-write connection. Found by the SIGKILL durability test, whose server
/// starts on a backup copy.
/// </summary>
public sealed class SqliteJournalModeTests
{
    [Fact]
    public async Task ADatabaseInRollbackMode_OpensAsTheServerOpensIt_AndTurnsToWal()
    {
        await using var database = await TestDatabase.CreateAsync();
        SqliteConnection.ClearAllPools();
        await using (var connection = new SqliteConnection($"{database.ConnectionString};Pooling=False"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            Assert.Equal("delete", await ScalarAsync(connection, "PRAGMA journal_mode=DELETE;"));
        }

        await using var context = database.NewContext();
        // What DatabaseInitializer does first at start-up; it threw "attempt to write a readonly database".
        var pending = await context.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken);

        Assert.Empty(pending);
        Assert.Equal("wal", await ScalarAsync((SqliteConnection)context.Database.GetDbConnection(), "PRAGMA journal_mode;"));
    }

    private static async Task<string?> ScalarAsync(SqliteConnection connection, string sql)
    {
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
        }

        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
