using System.Collections.Concurrent;

namespace IRLearn.Infrastructure.Persistence;

/// <summary>
/// One turn at a time for this process's writers to one SQLite database (issue 16). SQLite lets one connection write
/// at a time; a second one waits in the busy handler, which blocks its thread and retries with sleeps that grow to
/// 100 ms, so under 64 concurrent saves threads ran out and the slowest save waited most of a second. A writer that
/// waits here holds no thread and no connection, and turns are handed out in order. Other processes (the CLI, a
/// backup) are still covered by the busy timeout.
/// </summary>
internal static class SqliteWriters
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Turns = new(StringComparer.Ordinal);

    /// <summary>The turn of the database this connection string names (every context over one file shares it).</summary>
    public static SemaphoreSlim TurnFor(string connectionString) => Turns.GetOrAdd(connectionString, static _ => new SemaphoreSlim(1, 1));
}
