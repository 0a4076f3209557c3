using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace IRLearn.Web.Tests.Telemetry;

/// <summary>
/// Stands in for an OpenTelemetry collector's OTLP/HTTP receiver on a free loopback port: it keeps every export it is
/// sent (path and protobuf body) and answers 200, which is all an exporter needs to hear.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Path, byte[] Body)> _exports = new();

    private OtlpReceiver(WebApplication app) => _app = app;

    /// <summary>The base address to configure as the OTLP endpoint (signal paths such as /v1/traces are added by the exporter).</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<OtlpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var receiver = new OtlpReceiver(builder.Build());
        receiver._app.Run(async context =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            receiver._exports.Enqueue((context.Request.Path.Value ?? string.Empty, body.ToArray()));
            context.Response.StatusCode = StatusCodes.Status200OK;
        });
        await receiver._app.StartAsync();
        // Kestrel reports the port it bound in place of 0.
        var address = receiver._app.Urls.Single();
        receiver.BaseAddress = new Uri(address);
        return receiver;
    }

    /// <summary>Whether any export to <paramref name="path"/> (e.g. /v1/metrics) carried <paramref name="text"/> (names travel as UTF-8).</summary>
    public bool Received(string path, string text) => Received(path, System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>Whether any export to <paramref name="path"/> carried these bytes (a trace id travels as its 16 raw bytes).</summary>
    public bool Received(string path, byte[] bytes) => _exports.Any(e => e.Path == path && e.Body.AsSpan().IndexOf(bytes) >= 0);

    public IReadOnlyList<string> Paths => [.. _exports.Select(e => e.Path).Distinct()];

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
