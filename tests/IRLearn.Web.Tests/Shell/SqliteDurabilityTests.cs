using Microsoft.Data.Sqlite;

namespace IRLearn.Web.Tests.Shell;

/// <summary>The app's SQLite connections use WAL and the synchronous level the configuration names (ADR 13).</summary>
/// <remarks>
/// Runs alone: every other test class's factory clears SQLite's process-wide pools when it is disposed, which could hand
/// the pooled-connection test a new native connection between its opens.
/// </remarks>
[Collection(nameof(SqliteDurabilityTests))]
public sealed class SqliteDurabilityTests(IRLearnWebFactory factory) : IClassFixture<IRLearnWebFactory>
{
    [Theory]
    [InlineData(null, 1L)]
    [InlineData("Normal", 1L)]
    [InlineData("Full", 2L)]
    public async Task Connections_UseWal_AndTheConfiguredSynchronousLevel(string? setting, long expected)
    {
        // A derived factory is disposed with the class fixture that made it.
        var configured = setting is null ? factory : factory.WithWebHostBuilder(host => host.UseSetting("Database:SqliteSynchronous", setting));
        await using var scope = configured.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);

        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode;"));
        Assert.Equal(expected, await ScalarAsync(connection, "PRAGMA synchronous;"));
    }

    [Theory]
    [InlineData("Normal", 1L)]
    [InlineData("Full", 2L)]
    public async Task PooledConnection_OpenedAgain_StillRunsWithTheSettings(string setting, long expected)
    {
        // The settings are applied once per native connection: a connection the pool hands out again keeps them, and
        // a host with another synchronous level over the same pool applies its own.
        var configured = factory.WithWebHostBuilder(host => host.UseSetting("Database:SqliteSynchronous", setting));
        var handles = new List<object>();
        for (var open = 0; open < 3; open++)
        {
            await using var scope = configured.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
            handles.Add(connection.Handle!);

            Assert.Equal(expected, await ScalarAsync(connection, "PRAGMA synchronous;"));
            Assert.Equal(1L, await ScalarAsync(connection, "PRAGMA foreign_keys;"));
            Assert.Equal(30000L, await ScalarAsync(connection, "PRAGMA busy_timeout;"));
            await db.Database.CloseConnectionAsync();
        }

        Assert.Same(handles[0], handles[2]);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }
}

[CollectionDefinition(nameof(SqliteDurabilityTests), DisableParallelization = true)]
public sealed class SqliteDurabilityCollection;
