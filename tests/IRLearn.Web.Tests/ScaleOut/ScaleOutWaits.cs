namespace IRLearn.Web.Tests.ScaleOut;

/// <summary>What the scale-out tests wait for and read: background work that another process does in its own time.</summary>
internal static partial class ScaleOutWaits
{
    /// <summary>The expiry sweep's debug line on an instance that does not hold the sweep's lease.</summary>
    public const string StoodAside = "Another instance holds the expiry sweep's lease";

    /// <summary>The expiry sweep's line when it closed attempts.</summary>
    [GeneratedRegex(@"Closed \d+ attempts whose time ran out")]
    public static partial Regex ClosedLine();

    /// <summary>Asks until the answer is there, for at most a minute (a sweep's lease lasts 30 seconds).</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T?>> ask)
        where T : class
    {
        for (var i = 0; i < 300; i++)
        {
            if (await ask() is { } answer)
            {
                return answer;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The background work did not happen within a minute.");
    }

    /// <summary>The student closed the tab an hour ago, and the attempt's time ran out meanwhile (no grace period).</summary>
    public static Task<int> AbandonAsync(IRLearnWebFactory database, Guid attemptId, CancellationToken cancellationToken) =>
        LearnSeed.ReadAsync(database, db => db.Attempts.Where(a => a.Id == attemptId).ExecuteUpdateAsync(
            set => set.SetProperty(a => a.Deadline, DateTimeOffset.UtcNow.AddHours(-1)).SetProperty(a => a.GracePeriod, TimeSpan.Zero),
            cancellationToken));
}
