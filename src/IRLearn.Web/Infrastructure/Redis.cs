using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace IRLearn.Web.Infrastructure;

/// <summary>
/// The <c>Redis</c> section: off unless <see cref="ConnectionString"/> is set. With it, SignalR's messages go through
/// Redis, so a board open on one instance hears a grade given on another, and readiness checks Redis (ADR 19).
/// </summary>
public sealed class RedisSettings
{
    public const string SectionName = "Redis";

    /// <summary>StackExchange.Redis configuration, e.g. <c>redis:6379,password=…</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Keeps this deployment's channels apart from anything else on the same Redis.</summary>
    public string ChannelPrefix { get; set; } = "irlearn";

    public bool Enabled => !string.IsNullOrWhiteSpace(ConnectionString);
}

/// <summary>
/// Readiness when Redis is configured: an instance that cannot reach it would serve pages whose live updates never
/// reach the other instances. One connection for the life of the process, made on the first check.
/// </summary>
public sealed class RedisHealthCheck(RedisSettings settings) : IHealthCheck, IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ConnectionMultiplexer? _connection;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var connection = await ConnectAsync(cancellationToken);
            var latency = await connection.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy($"Redis answered in {latency.TotalMilliseconds:0} ms.");
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "Redis does not answer.", ex);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }

        _gate.Dispose();
    }

    private async Task<ConnectionMultiplexer> ConnectAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_connection is null)
            {
                // Not aborting on a failed first connect: the multiplexer keeps retrying, and the next check sees it recover.
                var options = ConfigurationOptions.Parse(settings.ConnectionString!);
                options.AbortOnConnectFail = false;
                options.ConnectTimeout = 3000;
                options.AsyncTimeout = 3000;
                _connection = await ConnectionMultiplexer.ConnectAsync(options);
            }

            return _connection;
        }
        finally
        {
            _gate.Release();
        }
    }
}
