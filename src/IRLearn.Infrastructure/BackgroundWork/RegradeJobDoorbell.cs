namespace IRLearn.Infrastructure.BackgroundWork;

/// <summary>
/// Wakes this instance's regrade runner when a job is queued here, so a job starts at once on the instance that queued
/// it; other instances find queued jobs when they next poll the database (ADR 20).
/// </summary>
public sealed class RegradeJobDoorbell : IDisposable
{
    private readonly SemaphoreSlim _rung = new(0, 1);

    public void Ring()
    {
        try
        {
            _rung.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already rung; the runner looks at every queued job when it wakes.
        }
    }

    /// <summary>Until the bell rings or <paramref name="timeout"/> passes.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _rung.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _rung.Dispose();
}
