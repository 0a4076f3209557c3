using Microsoft.Data.Sqlite;

namespace IRLearn.Infrastructure.Persistence;

/// <summary>
/// Online backup and restore of the SQLite database through SQLite's backup API (sqlite3_backup_*, which
/// <see cref="SqliteConnection.BackupDatabase(SqliteConnection)"/> drives). The backup API copies a
/// consistent snapshot page by page while the server keeps serving: committed transactions, including
/// those still in the WAL file, are in the copy, and uncommitted ones are not. Copying the .db file
/// instead would miss what is in the WAL and can tear pages mid-write. See ADR 13.
/// </summary>
public static class SqliteBackup
{
    /// <summary>
    /// Copies the live database at <paramref name="databasePath"/> into a new file at
    /// <paramref name="backupPath"/>: a single self-contained file (rollback journal, no WAL), checked with
    /// <c>PRAGMA integrity_check</c> before it is moved into place, so a half-written backup never has the final name.
    /// </summary>
    public static async Task<BackupResult> BackupAsync(string databasePath, string backupPath, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(databasePath))
        {
            return BackupResult.Failure($"There is no database at '{databasePath}'.");
        }

        if (File.Exists(backupPath))
        {
            return BackupResult.Failure($"'{backupPath}' already exists; choose a new file name so no earlier backup is overwritten.");
        }

        var partial = backupPath + ".partial";
        try
        {
            await using (var source = await OpenAsync(databasePath, SqliteOpenMode.ReadWrite, cancellationToken))
            {
                if (await ProblemAsync(source, cancellationToken) is { } problem)
                {
                    return BackupResult.Failure($"'{databasePath}' is not a healthy SQLite database: {problem}");
                }

                File.Delete(partial);
                await using var destination = await OpenAsync(partial, SqliteOpenMode.ReadWriteCreate, cancellationToken);
                source.BackupDatabase(destination);
                await ExecuteAsync(destination, "PRAGMA journal_mode=DELETE;", cancellationToken);
                if (await ProblemAsync(destination, cancellationToken) is { } copied)
                {
                    return BackupResult.Failure($"The copy failed its integrity check: {copied}");
                }
            }

            SqliteConnection.ClearAllPools();
            File.Move(partial, backupPath);
            return BackupResult.Success(new FileInfo(backupPath).Length);
        }
        catch (SqliteException ex)
        {
            return BackupResult.Failure($"SQLite refused: {ex.Message}");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(partial);
        }
    }

    /// <summary>
    /// Replaces the database at <paramref name="databasePath"/> with the backup at <paramref name="backupPath"/>.
    /// Run it with the server stopped. The backup is checked first (a SQLite file, integrity "ok", IRLearn's
    /// migration history in it), so a wrong file changes nothing; the database it replaces is kept beside it
    /// as <c>&lt;name&gt;.before-restore-&lt;UTC time&gt;</c> (with its -wal and -shm files), so a restore can be undone.
    /// </summary>
    public static async Task<BackupResult> RestoreAsync(string backupPath, string databasePath, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(backupPath))
        {
            return BackupResult.Failure($"There is no backup at '{backupPath}'.");
        }

        try
        {
            await using (var backup = await OpenAsync(backupPath, SqliteOpenMode.ReadOnly, cancellationToken))
            {
                if (await ProblemAsync(backup, cancellationToken) is { } problem)
                {
                    return BackupResult.Failure($"'{backupPath}' is not a usable backup: {problem}. Nothing was changed.");
                }

                await using var history = backup.CreateCommand();
                history.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory';";
                if (Convert.ToInt64(await history.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0)
                {
                    return BackupResult.Failure($"'{backupPath}' is a SQLite file but not an IRLearn database (it has no migration history). Nothing was changed.");
                }
            }

            var partial = databasePath + ".restoring";
            File.Delete(partial);
            await using (var backup = await OpenAsync(backupPath, SqliteOpenMode.ReadOnly, cancellationToken))
            await using (var destination = await OpenAsync(partial, SqliteOpenMode.ReadWriteCreate, cancellationToken))
            {
                backup.BackupDatabase(destination);
            }

            SqliteConnection.ClearAllPools();
            if (File.Exists(databasePath))
            {
                var aside = $"{databasePath}.before-restore-{now.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}";
                foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
                {
                    if (File.Exists(databasePath + suffix))
                    {
                        File.Move(databasePath + suffix, aside + suffix);
                    }
                }
            }

            File.Move(partial, databasePath);
            return BackupResult.Success(new FileInfo(databasePath).Length);
        }
        catch (SqliteException ex)
        {
            return BackupResult.Failure($"'{backupPath}' could not be read as a SQLite database ({ex.Message}). Nothing was changed.");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
    }

    private static async Task<SqliteConnection> OpenAsync(string path, SqliteOpenMode mode, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, "PRAGMA busy_timeout=30000;", cancellationToken);
        return connection;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Null when <c>PRAGMA integrity_check</c> says "ok"; otherwise its first complaint.</summary>
    private static async Task<string?> ProblemAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        var verdict = Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        return verdict == "ok" ? null : verdict;
    }
}

/// <summary>What a backup or restore did: the bytes written, or why nothing was.</summary>
public sealed record BackupResult(bool Succeeded, long Bytes, string? Error)
{
    public static BackupResult Success(long bytes) => new(true, bytes, null);

    public static BackupResult Failure(string error) => new(false, 0, error);
}
