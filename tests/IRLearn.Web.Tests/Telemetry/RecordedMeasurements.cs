using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using IRLearn.Application.Common.Telemetry;

namespace IRLearn.Web.Tests.Telemetry;

/// <summary>
/// Listens to the <c>IRLearn</c> meter of one test host, as an exporter would, from now until disposed. Only that host's
/// instruments are heard (a meter made by a host's <see cref="IMeterFactory"/> carries the factory as its scope), so
/// other test classes' hosts, running at the same time, cannot add to the counts.
/// </summary>
public sealed class RecordedMeasurements : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<Measurement> _measurements = new();

    private RecordedMeasurements(IMeterFactory scope)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == IRLearnTelemetry.Name && ReferenceEquals(instrument.Meter.Scope, scope))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.Start();
    }

    public static RecordedMeasurements Of(WebApplicationFactory<Program> factory) =>
        new(factory.Services.GetRequiredService<IMeterFactory>());

    /// <summary>Every measurement of one instrument, in the order they were recorded.</summary>
    public IReadOnlyList<Measurement> Of(string instrument) => [.. _measurements.Where(m => m.Instrument == instrument)];

    /// <summary>What a counter added up to (a histogram's values summed, which is rarely what a test wants).</summary>
    public double Sum(string instrument) => Of(instrument).Sum(m => m.Value);

    public void Dispose() => _listener.Dispose();

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
        _measurements.Enqueue(new Measurement(instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value)));

    public sealed record Measurement(string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags);
}
