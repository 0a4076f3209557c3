using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace IRLearn.Infrastructure.Persistence;

/// <summary>
/// Every SQLite connection runs in WAL mode with a busy timeout and the configured synchronous level:
/// readers never block the writer; with NORMAL (the default) a committed transaction survives a killed
/// process, with FULL it survives power loss too (ADR 13). A read-only connection (EF opens one to ask whether the
/// database exists) cannot switch the journal mode of a file still in rollback mode, as a restored backup is, so it
/// leaves the journal mode to the first read-write connection.
/// </summary>
public sealed class SqliteWalInterceptor(SqliteSynchronous synchronous = SqliteSynchronous.Normal) : DbConnectionInterceptor
{
    private readonly string _readOnlyPragmas =
        $"PRAGMA synchronous={(synchronous == SqliteSynchronous.Full ? "FULL" : "NORMAL")}; PRAGMA busy_timeout=30000; PRAGMA foreign_keys=ON;";

    private string Pragmas(DbConnection connection) =>
        new SqliteConnectionStringBuilder(connection.ConnectionString).Mode == SqliteOpenMode.ReadOnly
            ? _readOnlyPragmas
            : "PRAGMA journal_mode=WAL; " + _readOnlyPragmas;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (connection is SqliteConnection)
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas(connection);
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (connection is SqliteConnection)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas(connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
