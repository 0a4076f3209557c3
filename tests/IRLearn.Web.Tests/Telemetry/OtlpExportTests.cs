using System.Net;
using System.Net.Http.Json;
using IRLearn.Web.Tests.Api;
using IRLearn.Web.Tests.Infrastructure;
using IRLearn.Web.Tests.Teach;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
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

        await TeachData.ImportSeedAsync(instructor, "Exported import");
        // Export now rather than on the SDK's timers, so the test waits for nothing.
        Assert.True(factory.Services.GetRequiredService<TracerProvider>().ForceFlush(), "The traces were not exported.");
        Assert.True(factory.Services.GetRequiredService<MeterProvider>().ForceFlush(), "The metrics were not exported.");

        Assert.True(receiver.Received("/v1/traces", "POST /api/v1/articles/text"), $"No request span among exports to {string.Join(", ", receiver.Paths)}.");
        Assert.True(receiver.Received("/v1/traces", "generate lesson"), "No generator span was exported.");
        Assert.True(receiver.Received("/v1/traces", "db.system"), "No EF Core command span was exported.");
        Assert.True(receiver.Received("/v1/traces", "irlearn"), "The service name did not travel.");
        Assert.True(receiver.Received("/v1/metrics", "irlearn.generator.duration"), "IRLearn's meter was not exported.");
        Assert.True(receiver.Received("/v1/metrics", "http.server.request.duration"), "ASP.NET Core's metrics were not exported.");
    }

    [Fact]
    public async Task AMalformedEndpointSetting_StopsTheStartWithTheSettingsName()
    {
        await using var factory = new TelemetryFactory(new Dictionary<string, string?> { ["OpenTelemetry:OtlpEndpoint"] = "collector:4317" });

        var refused = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());

        Assert.Contains("OpenTelemetry:OtlpEndpoint", refused.Message, StringComparison.Ordinal);
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
