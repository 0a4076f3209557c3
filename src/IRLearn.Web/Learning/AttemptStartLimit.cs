using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace IRLearn.Web.Learning;

/// <summary>Settings for <see cref="AttemptStartLimit"/> ("AttemptStarts" in configuration).</summary>
public sealed class AttemptStartOptions
{
    public const string SectionName = "AttemptStarts";

    /// <summary>Starts that run at once; the rest wait their turn. Each is a short write, so a few keep the database busy.</summary>
    public int MaxConcurrent { get; set; } = 8;

    /// <summary>Starts that may wait for a turn, first come first served (a lecture hall pressing Start twice over); beyond it the server is saturated.</summary>
    public int QueueLimit { get; set; } = 2000;

    /// <summary>What a refused client is told to wait before trying again (the Retry-After header).</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(5);
}

/// <summary>
/// Starting an attempt under a burst (issue 16, ADR 21): a whole lecture hall pressing Start in the same second runs
/// <see cref="AttemptStartOptions.MaxConcurrent"/> starts at a time and queues the rest in arrival order, instead of
/// every start contending for the database at once. Only when the queue is full as well is a start refused, with
/// 503 and Retry-After ("try again in a moment"), before any work. One limiter for the API endpoint and the page's
/// Start button, through the framework's rate-limiting middleware; it lives in this process, so several instances
/// each allow the limit.
/// </summary>
public sealed class AttemptStartLimit : IDisposable
{
    public const string PolicyName = "attempt-starts";
    public const string BusyMessage = "Many students are starting at once and the server is saturated. Try again in a moment.";

    private readonly ConcurrencyLimiter _limiter;

    public AttemptStartLimit(IOptions<AttemptStartOptions> options)
    {
        var settings = options.Value;
        RetryAfter = settings.RetryAfter;
        _limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = settings.MaxConcurrent,
            QueueLimit = settings.QueueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    public TimeSpan RetryAfter { get; }

    /// <summary>
    /// The one limiter every start shares. The middleware disposes a partition's limiter after it has been idle a
    /// while and asks for a new one, so it gets a view that leaves this one (and the permits it counts) alive.
    /// </summary>
    public RateLimiter Shared() => new SharedView(_limiter);

    public void Dispose() => _limiter.Dispose();

    /// <summary>The refusal: 503 with Retry-After; a ProblemDetails body for the API, the error page's words for a browser.</summary>
    public async ValueTask RefuseAsync(HttpContext httpContext, CancellationToken cancellationToken)
    {
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        if (httpContext.Request.Path.StartsWithSegments("/api"))
        {
            await httpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                ProblemDetails = new ProblemDetails { Status = StatusCodes.Status503ServiceUnavailable, Title = "Busy.", Detail = BusyMessage },
            });
        }

        // A page gets no body here: the status-code page (/Error?code=503) says the same in words.
    }

    private sealed class SharedView(RateLimiter limiter) : RateLimiter
    {
        public override TimeSpan? IdleDuration => limiter.IdleDuration;

        public override RateLimiterStatistics? GetStatistics() => limiter.GetStatistics();

        protected override RateLimitLease AttemptAcquireCore(int permitCount) => limiter.AttemptAcquire(permitCount);

        protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
            limiter.AcquireAsync(permitCount, cancellationToken);

        // Disposes the view only: the shared limiter belongs to AttemptStartLimit (a singleton), which disposes it with the host.
        protected override void Dispose(bool disposing) => base.Dispose(disposing);
    }
}

/// <summary>
/// The "attempt-starts" policy: a POST (a start) takes a turn from <see cref="AttemptStartLimit"/>; anything else on
/// the same endpoint (the assignment page itself) is not limited.
/// </summary>
public sealed class AttemptStartPolicy(AttemptStartLimit limit) : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected =>
        (context, cancellationToken) => limit.RefuseAsync(context.HttpContext, cancellationToken);

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        HttpMethods.IsPost(httpContext.Request.Method)
            ? RateLimitPartition.Get("start", _ => limit.Shared())
            : RateLimitPartition.GetNoLimiter("read");
}
