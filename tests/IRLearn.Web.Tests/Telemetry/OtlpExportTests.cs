using System.Diagnostics;
using IRLearn.Web.Tests.Teach;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace IRLearn.Web.Tests.Telemetry;

/// <summary>
/// Telemetry leaves the process only when an OTLP endpoint is configured (ADR 22): without one nothing of OpenTelemetry
/// is registered; with one, traces (ASP.NET Core, EF Core, IRLearn's spans) and metrics (IRLearn's meter among them)
/// arrive at the endpoint, here a stand-in receiver on a loopback port.
/// </summary>
public sealed class OtlpExportTests
{
    [Fact]
    public async Task WithoutAnEndpoint_NoTracerOrMeterProviderIsRegistered()
    {
        await using var factory = new TelemetryFactory(new Dictionary<string, string?> { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = string.Empty });
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Null(factory.Services.GetService<TracerProvider>());
        Assert.Null(factory.Services.GetService<MeterProvider>());
    }

    [Theory]
    [InlineData("setting")]
    [InlineData("standard variable")]
    public async Task WithAnEndpoint_TracesAndMetricsAreExportedThere(string configuredBy)
    {
        await using var receiver = await OtlpReceiver.StartAsync();
        var endpoint = receiver.BaseAddress.ToString();
        var settings = configuredBy == "setting"
            ? new Dictionary<string, string?> { ["OpenTelemetry:OtlpEndpoint"] = endpoint, ["OpenTelemetry:OtlpProtocol"] = "http/protobuf" }
            : new Dictionary<string, string?> { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = endpoint, ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf" };
        // The SDK gives up on an export after 10 s; a first export on a box busy with a whole test run can take longer.
        settings["OTEL_EXPORTER_OTLP_TIMEOUT"] = "120000";
        await using var factory = new TelemetryFactory(settings);
        using var instructor = await ApiClient.SignedInAsync(factory, DemoAccounts.Instructor);

        // The import runs in a trace of our own, so its spans are told apart from every other host's in this process.
        var traceId = ActivityTraceId.CreateRandom();
        using var requestEnded = new RequestSpanEnded(traceId);
        using var import = new HttpRequestMessage(HttpMethod.Post, "/api/v1/articles/text")
        {
            Content = JsonContent.Create(new { title = "Exported import", text = TeachData.SeedArticle() }),
        };
        import.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        Assert.Equal(HttpStatusCode.Created, (await instructor.SendAsync(import)).StatusCode);
        // The server ends the request's span just after the response has gone; wait for that (a guard, not a measure),
        // then export now rather than on the SDK's timers.
        await requestEnded.Task.WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);
        Assert.True(factory.Services.GetRequiredService<TracerProvider>().ForceFlush(), "The traces were not exported.");
        Assert.True(factory.Services.GetRequiredService<MeterProvider>().ForceFlush(), "The metrics were not exported.");

        var traceBytes = new byte[16];
        traceId.CopyTo(traceBytes);
        Assert.True(receiver.Received("/v1/traces", traceBytes), $"The import's trace is not among exports to {string.Join(", ", receiver.Paths)}.");
        Assert.True(receiver.Received("/v1/traces", "POST /api/v1/articles/text"), "No request span was exported.");
        Assert.True(receiver.Received("/v1/traces", "generate lesson"), "No generator span was exported.");
        Assert.True(receiver.Received("/v1/traces", "db.system"), "No EF Core command span was exported.");
        Assert.True(receiver.Received("/v1/traces", "irlearn"), "The service name did not travel.");
        Assert.True(receiver.Received("/v1/metrics", "irlearn.generator.duration"), "IRLearn's meter was not exported.");
        Assert.True(receiver.Received("/v1/metrics", "http.server.request.duration"), "ASP.NET Core's metrics were not exported.");
    }

    [Fact]
    public async Task TheStartsOwnDatabaseWork_IsTracedToo()
    {
        // The providers are built before the start first touches the database. Built later, they would miss these
        // commands, and the pooled DbContext that ran them would skip tracing the first requests' commands as well.
        await using var receiver = await OtlpReceiver.StartAsync();
        await using var factory = new TelemetryFactory(new Dictionary<string, string?>
        {
            ["OpenTelemetry:OtlpEndpoint"] = receiver.BaseAddress.ToString(),
            ["OpenTelemetry:OtlpProtocol"] = "http/protobuf",
            ["OTEL_EXPORTER_OTLP_TIMEOUT"] = "120000",
        });
        using var client = factory.CreateClient();

        Assert.True(factory.Services.GetRequiredService<TracerProvider>().ForceFlush(), "The traces were not exported.");
        Assert.True(receiver.Received("/v1/traces", "AspNetRoles"), "The start's role check was not traced.");
    }

    [Fact]
    public void AMalformedEndpointOrProtocol_StopsTheStartWithTheSettingsName()
    {
        using var factory = new TelemetryFactory(new Dictionary<string, string?>());
        Misconfigured.AssertRefusesToStart(factory, "OpenTelemetry:OtlpEndpoint", "collector:4317");

        using var withEndpoint = new TelemetryFactory(new Dictionary<string, string?> { ["OpenTelemetry:OtlpEndpoint"] = "http://127.0.0.1:4317" });
        Misconfigured.AssertRefusesToStart(withEndpoint, "OpenTelemetry:OtlpProtocol", "udp");
    }

    /// <summary>
    /// Completes when ASP.NET Core ends the request span of one trace. Added after the host's tracer provider, so the
    /// provider has queued the span for export by the time this hears of it. It never asks for spans to be created.
    /// </summary>
    private sealed class RequestSpanEnded : IDisposable
    {
        private readonly ActivityListener _listener;
        private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public RequestSpanEnded(ActivityTraceId traceId)
        {
            _listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name == "Microsoft.AspNetCore",
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.None,
                ActivityStopped = activity =>
                {
                    if (activity.TraceId == traceId && activity.Kind == ActivityKind.Server)
                    {
                        _ended.TrySetResult();
                    }
                },
            };
            ActivitySource.AddActivityListener(_listener);
        }

        public Task Task => _ended.Task;

        public void Dispose() => _listener.Dispose();
    }

    private sealed class TelemetryFactory(IReadOnlyDictionary<string, string?> settings) : IRLearnWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
