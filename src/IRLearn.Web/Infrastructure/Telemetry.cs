using OpenTelemetry.Exporter;

namespace IRLearn.Web.Infrastructure;

/// <summary>
/// Where traces, metrics and logs go (ADR 22): nowhere unless an OTLP endpoint is configured, either as
/// <c>OpenTelemetry:OtlpEndpoint</c> or as the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> variable (whose companions,
/// such as <c>OTEL_EXPORTER_OTLP_PROTOCOL</c> and <c>OTEL_EXPORTER_OTLP_HEADERS</c>, the OpenTelemetry SDK reads itself).
/// </summary>
public sealed class TelemetrySettings
{
    public const string SectionName = "OpenTelemetry";

    /// <summary>The standard variable, read through configuration like every other setting.</summary>
    public const string StandardEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The collector's base address, e.g. <c>http://otel-collector:4317</c>; wins over the standard variable.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary><c>grpc</c> (the default, port 4317) or <c>http/protobuf</c> (port 4318), for <see cref="OtlpEndpoint"/>.</summary>
    public string OtlpProtocol { get; set; } = "grpc";

    /// <summary>The service name on every span and metric, unless <c>OTEL_SERVICE_NAME</c> says otherwise.</summary>
    public string ServiceName { get; set; } = "irlearn";

    public static TelemetrySettings From(IConfiguration configuration)
    {
        var settings = configuration.GetSection(SectionName).Get<TelemetrySettings>() ?? new TelemetrySettings();
        if (configuration["OTEL_SERVICE_NAME"] is { Length: > 0 } serviceName)
        {
            settings.ServiceName = serviceName;
        }

        settings.StandardEndpointConfigured = !string.IsNullOrWhiteSpace(configuration[StandardEndpointVariable]);
        return settings;
    }

    /// <summary>Whether anything is exported at all; without an endpoint nothing of OpenTelemetry is registered.</summary>
    public bool Exports => OwnEndpoint is not null || StandardEndpointConfigured;

    /// <summary><see cref="OtlpEndpoint"/> parsed, or null when only the standard variable (or nothing) is set.</summary>
    public Uri? OwnEndpoint => string.IsNullOrWhiteSpace(OtlpEndpoint)
        ? null
        : Uri.TryCreate(OtlpEndpoint, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new InvalidOperationException($"{SectionName}:OtlpEndpoint must be an absolute http or https address, such as http://otel-collector:4317.");

    public OtlpExportProtocol Protocol => OtlpProtocol.Trim().ToLowerInvariant() switch
    {
        "grpc" => OtlpExportProtocol.Grpc,
        "http/protobuf" => OtlpExportProtocol.HttpProtobuf,
        _ => throw new InvalidOperationException($"{SectionName}:OtlpProtocol must be grpc or http/protobuf."),
    };

    private bool StandardEndpointConfigured { get; set; }
}
