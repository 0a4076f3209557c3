using IRLearn.Infrastructure.Persistence;
using IRLearn.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IRLearn.Web.Tests.Shell;

/// <summary>The app's SQLite connections use WAL and the synchronous level the configuration names (ADR 13).</summary>
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

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }
}
