using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace IRLearn.Infrastructure.Persistence;

/// <summary>
/// Every SQLite connection runs in WAL mode with a busy timeout and the configured synchronous level:
/// readers never block the writer; with NORMAL (the default) a committed transaction survives a killed
/// process, with FULL it survives power loss too (ADR 13). A read-only connection (EF opens one to ask whether the
/// database exists) cannot switch the journal mode of a file still in rollback mode, as a restored backup is, so it
/// leaves the journal mode to the first read-write connection.
/// These settings belong to the native connection, which Microsoft.Data.Sqlite's pool keeps open and hands out
/// again, so they are applied once per native connection rather than on every open: EF opens the connection for
/// each query, and a save ran its four PRAGMAs four times over (issue 16).
/// </summary>
public sealed class SqliteWalInterceptor(SqliteSynchronous synchronous = SqliteSynchronous.Normal) : DbConnectionInterceptor
{
    // What was applied to each native connection, keyed by its handle: an entry goes when the pool closes that handle
    // and it is collected. The value is the PRAGMA text itself, so a host with other settings over the same pool (a
    // test's second host) applies its own rather than trusting another's.
    private static readonly ConditionalWeakTable<object, string> Applied = [];

    private readonly string _readOnlyPragmas = ReadOnlyPragmas(synchronous);

    private readonly string _readWritePragmas = "PRAGMA journal_mode=WAL; " + ReadOnlyPragmas(synchronous);

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (PragmasToApply(connection) is { } pragmas)
        {
            using var command = connection.CreateCommand();
            command.CommandText = pragmas;
            command.ExecuteNonQuery();
            MarkApplied(connection, pragmas);
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (PragmasToApply(connection) is { } pragmas)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
            MarkApplied(connection, pragmas);
        }
    }

    /// <summary>The PRAGMAs this native connection still needs, or null when it already runs with them.</summary>
    private string? PragmasToApply(DbConnection connection)
    {
        if (connection is not SqliteConnection sqlite)
        {
            return null;
        }

        if (sqlite.Handle is { } handle && Applied.TryGetValue(handle, out var applied)
            && (string.Equals(applied, _readOnlyPragmas, StringComparison.Ordinal) || string.Equals(applied, _readWritePragmas, StringComparison.Ordinal)))
        {
            return null;
        }

        return new SqliteConnectionStringBuilder(connection.ConnectionString).Mode == SqliteOpenMode.ReadOnly
            ? _readOnlyPragmas
            : _readWritePragmas;
    }

    private static string ReadOnlyPragmas(SqliteSynchronous synchronous) =>
        $"PRAGMA synchronous={(synchronous == SqliteSynchronous.Full ? "FULL" : "NORMAL")}; PRAGMA busy_timeout=30000; PRAGMA foreign_keys=ON;";

    private static void MarkApplied(DbConnection connection, string pragmas)
    {
        if (((SqliteConnection)connection).Handle is { } handle)
        {
            Applied.AddOrUpdate(handle, pragmas);
        }
    }
}
