using IRLearn.Domain.Attempts;
using IRLearn.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace IRLearn.Infrastructure.Tests.Persistence;

/// <summary>
/// The server's own backups (Backup:Directory, ADR 13) on a real migrated SQLite file, with the clock as the seam:
/// a fake clock is moved forward a minute at a time and the backups that appear are opened and read.
/// </summary>
public sealed class SqliteScheduledBackupsTests : FreshDatabaseTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);
    private static readonly DateTimeOffset Start = new(2026, 12, 4, 20, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Directory.CreateTempSubdirectory("irlearn-backups-").FullName;
    private readonly FakeTimeProvider _time = new(Start);
    private readonly ListLogger _logger = new();
    private DomainGraph _graph = null!;

    private string BackupFolder => Path.Combine(_folder, "backups");

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _graph = await SaveDomainGraphAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task EachInterval_TakesABackupHoldingTheData_NamedByTime_AndKeepsOnlyTheNewest()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var service = Service(keep: 2);
        await service.StartAsync(cancellationToken);

        var first = Assert.Single(await UntilBackupsAsync(1, cancellationToken));
        // An answer saved after the first backup: the next one has it, the first does not.
        var versionId = _graph.ChoiceQuestion.CurrentVersion.Id;
        await using (var context = Database.NewContext())
        {
            (await context.Attempts.SingleAsync(cancellationToken)).SaveAnswer(versionId, Answer.Choice(1), DomainGraph.Now.AddMinutes(1));
            await context.SaveChangesAsync(cancellationToken);
        }

        await UntilBackupsAsync(3, cancellationToken);
        await service.StopAsync(cancellationToken);

        var kept = Backups();
        Assert.Equal(2, kept.Count);
        Assert.DoesNotContain(first, kept);
        Assert.All(kept, backup => Assert.True(string.CompareOrdinal(Path.GetFileName(backup), Path.GetFileName(first)) > 0));
        foreach (var backup in kept.Prepend(first).Where(File.Exists))
        {
            var stamp = DateTimeOffset.ParseExact(Path.GetFileNameWithoutExtension(backup)[^16..], "yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal);
            Assert.InRange(stamp, Start + Interval, _time.GetUtcNow());
        }

        Assert.Empty(_logger.Errors);
        await using var newest = ReadOnly(kept[^1]);
        var attempt = await newest.Attempts.SingleAsync(cancellationToken);
        Assert.Equal(_graph.Attempt.Id, attempt.Id);
        Assert.Equal(Answer.Choice(1), attempt.ResponseFor(versionId)!.Answer);
    }

    [Fact]
    public async Task AScheduledBackup_RestoresWithTheRestoreCommandsCode_AndTheRestoredDatabaseHoldsTheData()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var service = Service(keep: 3);
        await service.StartAsync(cancellationToken);
        var backup = Assert.Single(await UntilBackupsAsync(1, cancellationToken));
        await service.StopAsync(cancellationToken);

        var restoredPath = Path.Combine(_folder, "restored.db");
        var restored = await SqliteBackup.RestoreAsync(backup, restoredPath, _time.GetUtcNow(), cancellationToken);

        Assert.True(restored.Succeeded, restored.Error);
        await using var database = ReadOnly(restoredPath);
        Assert.Equal(_graph.Attempt.Id, (await database.Attempts.SingleAsync(cancellationToken)).Id);
        Assert.Equal(_graph.Quiz.Id, (await database.Quizzes.SingleAsync(cancellationToken)).Id);
    }

    [Fact]
    public async Task ABackupThatFails_IsLoggedAsAnError_AndTheServiceKeepsRunning()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        // A file where the backup directory should be: every backup fails.
        await File.WriteAllTextAsync(BackupFolder, "not a directory", cancellationToken);
        using var service = Service(keep: 2);
        await service.StartAsync(cancellationToken);

        for (var step = 0; step < 600 && _logger.Errors.Count < 2; step++)
        {
            _time.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(20, cancellationToken);
        }

        Assert.True(_logger.Errors.Count >= 2, "no failure was logged twice");
        Assert.False(service.ExecuteTask!.IsCompleted, "the backup loop ended after a failure");
        await service.StopAsync(cancellationToken);
    }

    [Fact]
    public async Task OnAnotherProvider_SaysSoAndTakesNoBackup()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var service = new ScheduledBackups(Options(2), DatabaseProvider.SqlServer, null, _time, _logger);
        await service.StartAsync(cancellationToken);
        await service.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        _time.Advance(Interval * 3);

        Assert.Contains(_logger.Lines, line => line.Contains("SQLite only", StringComparison.Ordinal));
        Assert.False(Directory.Exists(BackupFolder));
    }

    [Fact]
    public async Task WithoutADirectory_DoesNothing()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var service = new ScheduledBackups(new BackupOptions(), DatabaseProvider.Sqlite, Database.SqlitePath, _time, _logger);
        await service.StartAsync(cancellationToken);
        await service.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);

        Assert.Empty(_logger.Lines);
    }

    private BackupOptions Options(int keep) => new() { Directory = BackupFolder, Interval = Interval, Keep = keep };

    private ScheduledBackups Service(int keep) => new(Options(keep), DatabaseProvider.Sqlite, Database.SqlitePath, _time, _logger);

    /// <summary>
    /// Moves the clock a minute at a time until <paramref name="count"/> backups have been seen, then waits for the
    /// service to settle (pruning follows each backup). The service starts its timer on its own thread, so the test
    /// cannot know the tick's exact instant; it only needs the backups to come.
    /// </summary>
    private async Task<List<string>> UntilBackupsAsync(int count, CancellationToken cancellationToken)
    {
        var seen = new SortedSet<string>(StringComparer.Ordinal);
        for (var step = 0; step < 3000 && seen.Count < count; step++)
        {
            _time.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(10, cancellationToken);
            seen.UnionWith(Backups());
        }

        Assert.True(seen.Count >= count, $"{seen.Count} backups after the clock moved on, {count} wanted; errors: {string.Join("; ", _logger.Errors)}");
        return [.. seen];
    }

    private List<string> Backups() =>
        Directory.Exists(BackupFolder)
            ? [.. Directory.GetFiles(BackupFolder, "*.db").Where(f => Path.GetFileName(f).StartsWith(Path.GetFileNameWithoutExtension(Database.SqlitePath) + "-", StringComparison.Ordinal)).Order(StringComparer.Ordinal)]
            : [];

    private static ApplicationDbContext ReadOnly(string path) =>
        new(new DbContextOptionsBuilder<ApplicationDbContext>()
            .UseProvider(DatabaseProvider.Sqlite, $"Data Source={path};Mode=ReadOnly;Pooling=False")
            .Options);

    /// <summary>What the service logged; errors apart.</summary>
    private sealed class ListLogger : ILogger<ScheduledBackups>
    {
        private readonly List<(LogLevel Level, string Line)> _entries = [];

        public List<string> Lines => Snapshot(_ => true);

        public List<string> Errors => Snapshot(level => level >= LogLevel.Error);

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (_entries)
            {
                _entries.Add((logLevel, formatter(state, exception)));
            }
        }

        private List<string> Snapshot(Func<LogLevel, bool> which)
        {
            lock (_entries)
            {
                return [.. _entries.Where(e => which(e.Level)).Select(e => e.Line)];
            }
        }
    }
}
