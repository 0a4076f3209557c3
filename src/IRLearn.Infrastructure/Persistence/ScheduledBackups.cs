using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IRLearn.Infrastructure.Persistence;

/// <summary>The <c>Backup</c> configuration section: backups the server takes of its own SQLite database. Off unless <see cref="Directory"/> is set.</summary>
public sealed class BackupOptions
{
    public const string SectionName = "Backup";

    /// <summary>Where the backups go (created if missing). Empty: no scheduled backups.</summary>
    public string? Directory { get; set; }

    /// <summary>Time between backups; the first is taken one interval after the server starts. At least a minute.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How many of the newest backups to keep; older ones in the directory are deleted after each backup.</summary>
    public int Keep { get; set; } = 7;

    public bool Enabled => !string.IsNullOrWhiteSpace(Directory);
}

/// <summary>
/// Takes an online backup of the SQLite database every <see cref="BackupOptions.Interval"/> with the same code as
/// <c>irlearn backup</c> (<see cref="SqliteBackup"/>: the backup API, an integrity-checked single file), names it
/// <c>&lt;database&gt;-&lt;UTC time&gt;.db</c> and keeps the newest <see cref="BackupOptions.Keep"/>. A failed backup
/// (disk full, directory gone) is logged as an error and retried at the next interval; it never stops the server.
/// Other providers have their own backups, so for them this logs that it does nothing (ADR 13).
/// </summary>
public sealed partial class ScheduledBackups(
    BackupOptions options,
    DatabaseProvider provider,
    string? databasePath,
    TimeProvider time,
    ILogger<ScheduledBackups> logger) : BackgroundService
{
    private const string Stamp = "yyyyMMdd'T'HHmmss'Z'";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled)
        {
            return;
        }

        if (provider != DatabaseProvider.Sqlite || string.IsNullOrEmpty(databasePath))
        {
            LogNotSqlite(logger, provider);
            return;
        }

        LogScheduled(logger, databasePath, options.Directory!, options.Interval, options.Keep);
        using var timer = new PeriodicTimer(options.Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await BackUpAsync(databasePath, stoppingToken);
        }
    }

    private async Task BackUpAsync(string databasePath, CancellationToken cancellationToken)
    {
        var prefix = Path.GetFileNameWithoutExtension(databasePath) + "-";
        try
        {
            System.IO.Directory.CreateDirectory(options.Directory!);
            var target = Path.Combine(options.Directory!, prefix + time.GetUtcNow().UtcDateTime.ToString(Stamp, CultureInfo.InvariantCulture) + ".db");
            var result = await SqliteBackup.BackupAsync(databasePath, target, cancellationToken);
            if (!result.Succeeded)
            {
                LogFailed(logger, result.Error!, null);
                return;
            }

            LogTaken(logger, target, result.Bytes);
            Prune(prefix);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex.Message, ex);
        }
    }

    /// <summary>Deletes all but the newest backups; only files this service names, never anything else in the directory.</summary>
    private void Prune(string prefix)
    {
        var ours = new Regex($"^{Regex.Escape(prefix)}\\d{{8}}T\\d{{6}}Z\\.db$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var backups = System.IO.Directory.EnumerateFiles(options.Directory!)
            .Where(file => ours.IsMatch(Path.GetFileName(file)))
            .OrderByDescending(file => Path.GetFileName(file), StringComparer.Ordinal)
            .ToList();
        foreach (var old in backups.Skip(options.Keep))
        {
            File.Delete(old);
            LogPruned(logger, old);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Backup:Directory is set, but scheduled backups are for SQLite only; {Provider} has its own backups, so none are taken")]
    private static partial void LogNotSqlite(ILogger logger, DatabaseProvider provider);

    [LoggerMessage(Level = LogLevel.Information, Message = "Backing up {Database} to {Directory} every {Interval}, keeping the newest {Keep}")]
    private static partial void LogScheduled(ILogger logger, string database, string directory, TimeSpan interval, int keep);

    [LoggerMessage(Level = LogLevel.Information, Message = "Backup taken: {Backup} ({Bytes} bytes, integrity checked)")]
    private static partial void LogTaken(ILogger logger, string backup, long bytes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Old backup deleted: {Backup}")]
    private static partial void LogPruned(ILogger logger, string backup);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled backup failed, retrying at the next interval: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason, Exception? exception);
}
