using IRLearn.Application.Common.Telemetry;
using IRLearn.Web.Grading;
using IRLearn.Web.Learning;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using StackExchange.Redis;

namespace IRLearn.Web;

public static class DependencyInjection
{
    /// <summary>The host's own services: who the current user is, how errors become answers, and the background jobs and live boards.</summary>
    public static IServiceCollection AddWebServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, CurrentUser>();
        // The reader's time zone and date culture, for writing instants on pages and reading date inputs (ADR 17).
        services.AddScoped(sp => ReaderTime.From(sp.GetRequiredService<IHttpContextAccessor>().HttpContext));
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();

        // A burst of starts queues for a few turns at a time; 503 only when the queue is full too (issue 16, ADR 21).
        services.AddOptions<AttemptStartOptions>()
            .Bind(configuration.GetSection(AttemptStartOptions.SectionName))
            .Validate(o => o.MaxConcurrent is >= 1 and <= 1024, "AttemptStarts:MaxConcurrent must be between 1 and 1024.")
            .Validate(o => o.QueueLimit is >= 0 and <= 100_000, "AttemptStarts:QueueLimit must be between 0 and 100000.")
            .Validate(o => o.RetryAfter > TimeSpan.Zero && o.RetryAfter <= TimeSpan.FromHours(1), "AttemptStarts:RetryAfter must be positive and at most an hour.")
            .ValidateOnStart();
        services.AddSingleton<AttemptStartLimit>();
        services.AddRateLimiter(options => options.AddPolicy<string, AttemptStartPolicy>(AttemptStartLimit.PolicyName));

        // Closes attempts whose time ran out while nobody was looking.
        services.AddHostedService<AttemptExpirySweep>();

        // Runs regrade jobs from the database (the store the use cases see is Infrastructure's; ADR 20).
        services.AddHostedService<RegradeJobRunner>();

        // Live leaderboards; the notifier is an AttemptGraded handler, wired by the Mediator generator.
        var signalR = services.AddSignalR();

        // Several instances: hub messages go through Redis, so a board open on one instance hears a grade given on
        // another, and readiness includes Redis (ADR 19). Without the setting, one instance and groups in memory.
        var redis = configuration.GetSection(RedisSettings.SectionName).Get<RedisSettings>() ?? new RedisSettings();
        if (redis.Enabled)
        {
            services.AddSingleton(redis);
            signalR.AddStackExchangeRedis(redis.ConnectionString!, options => options.Configuration.ChannelPrefix = RedisChannel.Literal(redis.ChannelPrefix));
            services.AddSingleton<RedisHealthCheck>();
            services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: [HealthTags.Ready]);
        }

        AddTelemetryExport(services, TelemetrySettings.From(configuration));
        return services;
    }

    /// <summary>
    /// Builds the tracer and meter providers, when export is on, before anything touches the database. Otherwise they
    /// appear only when the hosted services start: the start's own commands (migrations, roles, demo data) would go
    /// untraced, and each pooled DbContext that ran them would remember for a second (EF Core's logging cache) that
    /// nobody listens, so the first requests' commands would go untraced as well.
    /// </summary>
    public static void StartTelemetryExport(this IServiceProvider services)
    {
        _ = services.GetService<TracerProvider>();
        _ = services.GetService<MeterProvider>();
    }

    /// <summary>
    /// Traces, metrics and logs over OTLP when an endpoint is configured (ADR 22). Without one nothing of OpenTelemetry
    /// is registered: nobody listens to the meters or activity sources, so recording costs next to nothing and nothing
    /// is printed. The meters stay readable on the spot with <c>dotnet-counters monitor --counters IRLearn</c>.
    /// </summary>
    private static void AddTelemetryExport(IServiceCollection services, TelemetrySettings settings)
    {
        if (!settings.Exports)
        {
            return;
        }

        var openTelemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(settings.ServiceName))
            .WithTracing(tracing => tracing
                .AddSource(IRLearnTelemetry.Name)
                // Probes hit /health every few seconds per instance; their spans would drown the requests people make.
                .AddAspNetCoreInstrumentation(aspNet => aspNet.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                // EF Core has no ActivitySource of its own; this listens to its DiagnosticSource events (query text
                // sanitized, parameters never recorded).
                .AddEntityFrameworkCoreInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(IRLearnTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                // Built into the runtime, EF Core and Npgsql: no instrumentation package needed.
                .AddMeter("System.Runtime", "Microsoft.EntityFrameworkCore", "Npgsql"));

        // The setting names one base address; the standard variables are read by the SDK itself (signal paths included).
        if (settings.OwnEndpoint is { } endpoint)
        {
            openTelemetry.UseOtlpExporter(settings.Protocol, endpoint);
        }
        else
        {
            openTelemetry.UseOtlpExporter();
        }
    }
}
