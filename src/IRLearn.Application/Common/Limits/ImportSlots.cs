using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace IRLearn.Application.Common.Limits;

/// <summary>Settings for <see cref="ImportSlots"/> ("Imports" in configuration).</summary>
public sealed class ImportOptions
{
    public const string SectionName = "Imports";

    /// <summary>Imports one account may run at once: article imports and question-file imports together.</summary>
    public int MaxConcurrentPerUser { get; set; } = 1;

    /// <summary>What a refused client is told to wait before trying again (the Retry-After header).</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(5);
}

/// <summary>
/// A per-account limit on imports running at once, so one instructor cannot occupy every core with
/// uploads (issue 17, ADR 15). An import takes a slot for as long as its handler reads, generates and
/// saves; when the account's slots are taken it is refused at once (never queued) with
/// <see cref="TooManyRequestsException"/>, before anything is read or created. The slots live in this
/// process: several instances behind a load balancer each allow the limit.
/// </summary>
public sealed class ImportSlots : IDisposable
{
    public const string BusyMessage = "An import is already running for your account; try again when it finishes.";

    private readonly PartitionedRateLimiter<string> _limiter;
    private readonly TimeSpan _retryAfter;

    public ImportSlots(IOptions<ImportOptions> options)
    {
        var settings = options.Value;
        _retryAfter = settings.RetryAfter;
        // The framework's concurrency limiter, one partition per account; idle partitions are dropped by
        // the limiter itself, so accounts that stop importing cost nothing.
        _limiter = PartitionedRateLimiter.Create<string, string>(userId => RateLimitPartition.GetConcurrencyLimiter(
            userId,
            _ => new ConcurrencyLimiterOptions { PermitLimit = settings.MaxConcurrentPerUser, QueueLimit = 0 }));
    }

    /// <summary>Takes one of the account's slots until the result is disposed, or throws when none is free.</summary>
    public IDisposable Enter(string userId)
    {
        var lease = _limiter.AttemptAcquire(userId);
        if (!lease.IsAcquired)
        {
            lease.Dispose();
            throw new TooManyRequestsException(BusyMessage, _retryAfter);
        }

        return lease;
    }

    public void Dispose() => _limiter.Dispose();
}
