using IRLearn.Cli;
using IRLearn.Infrastructure.Documents;
using IRLearn.QuestionGeneration;
using Microsoft.Data.Sqlite;
using Moq;
using Xunit;

namespace IRLearn.Cli.Tests;

/// <summary>
/// <c>irlearn backup</c> and <c>irlearn restore</c> on real SQLite files in WAL mode, the way the server
/// leaves them: committed rows still in the WAL, another connection holding a write transaction open.
/// </summary>
public sealed class BackupCommandTests : IDisposable
{
    private const int Committed = 1_000;

    private readonly TempFiles _files = new();
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();

    public BackupCommandTests()
    {
        Database = Path.Combine(_files.Folder, "irlearn.db");
        Backup = Path.Combine(_files.Folder, "irlearn-backup.db");
    }

    private string Database { get; }

    private string Backup { get; }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _files.Dispose();
        _stdout.Dispose();
        _stderr.Dispose();
    }

    [Fact]
    public async Task Backup_OfALiveDatabase_HoldsEveryCommittedRow_NoUncommittedOne_InOneCheckedFile()
    {
        await using var server = await LiveDatabaseAsync();
        // A write in progress on another connection, as a save would be while the backup runs.
        await using var writer = Open(Database);
        await using var open = writer.BeginTransaction();
        await ExecuteAsync(writer, "INSERT INTO Responses (Answer) VALUES ('not yet committed');", open);

        var exit = await RunAsync("backup", Database, Backup);

        Assert.True(exit == ExitCodes.Ok, _stderr.ToString());
        Assert.Contains("integrity checked", _stdout.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Backup + "-wal"));
        await using var copy = Open(Backup);
        Assert.Equal(Committed, await ScalarAsync(copy, "SELECT count(*) FROM Responses;"));
        Assert.Equal("delete", await ScalarAsync<string>(copy, "PRAGMA journal_mode;"));
    }

    [Fact]
    public async Task Restore_PutsTheBackupBack_AndKeepsTheReplacedDatabaseAside()
    {
        await using (var server = await LiveDatabaseAsync())
        {
            Assert.Equal(ExitCodes.Ok, await RunAsync("backup", Database, Backup));
            await ExecuteAsync(server, "DELETE FROM Responses WHERE Id > 10;");
        }

        SqliteConnection.ClearAllPools();
        var exit = await RunAsync("restore", Backup, Database);

        Assert.True(exit == ExitCodes.Ok, _stderr.ToString());
        await using (var restored = Open(Database))
        {
            Assert.Equal(Committed, await ScalarAsync(restored, "SELECT count(*) FROM Responses;"));
            Assert.Equal("ok", await ScalarAsync<string>(restored, "PRAGMA integrity_check;"));
        }

        var aside = Assert.Single(Directory.GetFiles(_files.Folder, "irlearn.db.before-restore-*"), f => !f.EndsWith("-wal", StringComparison.Ordinal) && !f.EndsWith("-shm", StringComparison.Ordinal));
        await using var replaced = Open(aside);
        Assert.Equal(10, await ScalarAsync(replaced, "SELECT count(*) FROM Responses;"));
    }

    [Theory]
    [InlineData("not a database at all")]
    [InlineData("")]
    public async Task Restore_OfAFileThatIsNotABackup_IsRefused_AndChangesNothing(string content)
    {
        await (await LiveDatabaseAsync()).DisposeAsync();
        SqliteConnection.ClearAllPools();
        var before = await File.ReadAllBytesAsync(Database, TestContext.Current.CancellationToken);
        var notABackup = _files.Write("notes.db", System.Text.Encoding.UTF8.GetBytes(content));

        var exit = await RunAsync("restore", notABackup, Database);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("Nothing was changed", _stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(Database, TestContext.Current.CancellationToken));
        Assert.Empty(Directory.GetFiles(_files.Folder, "*.before-restore-*"));
    }

    [Fact]
    public async Task Backup_NeverOverwritesAnEarlierBackup()
    {
        await using var server = await LiveDatabaseAsync();
        var earlier = _files.Write("irlearn-backup.db", [1, 2, 3]);

        var exit = await RunAsync("backup", Database, earlier);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("already exists", _stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal([1, 2, 3], await File.ReadAllBytesAsync(earlier, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Backup_OfAMissingDatabase_SaysSo()
    {
        var exit = await RunAsync("backup", Path.Combine(_files.Folder, "missing.db"), Backup);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("no database", _stderr.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Backup));
    }

    private Task<int> RunAsync(params string[] args) =>
        CliApplication.RunAsync(args, _stdout, _stderr, new DocumentReader(), Mock.Of<IArticleGenerator>(MockBehavior.Strict), TestContext.Current.CancellationToken);

    /// <summary>
    /// A database shaped like the server's (WAL, a migration history) whose rows are committed but still
    /// in the WAL: automatic checkpoints are off and the returned connection keeps the WAL in use.
    /// </summary>
    private async Task<SqliteConnection> LiveDatabaseAsync()
    {
        var connection = Open(Database);
        await ExecuteAsync(connection, """
            PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA wal_autocheckpoint=0;
            CREATE TABLE __EFMigrationsHistory (MigrationId TEXT PRIMARY KEY, ProductVersion TEXT NOT NULL);
            INSERT INTO __EFMigrationsHistory VALUES ('20261127215803_InitialCreate', '10.0.0');
            CREATE TABLE Responses (Id INTEGER PRIMARY KEY, Answer TEXT NOT NULL);
            """);
        await using var transaction = connection.BeginTransaction();
        for (var i = 1; i <= Committed; i++)
        {
            await ExecuteAsync(connection, $"INSERT INTO Responses (Answer) VALUES ('answer {i}');", transaction);
        }

        await transaction.CommitAsync(TestContext.Current.CancellationToken);
        Assert.True(new FileInfo(Database + "-wal").Length > 0, "the committed rows are still in the WAL");
        return connection;
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        return connection;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql) => await ScalarAsync<long>(connection, sql);

    private static async Task<T> ScalarAsync<T>(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
