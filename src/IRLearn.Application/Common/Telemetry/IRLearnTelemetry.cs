using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace IRLearn.Application.Common.Telemetry;

/// <summary>
/// What IRLearn itself counts and times, in one place: the <c>IRLearn</c> meter and activity source (ADR 22). The use
/// cases record here; whether anything leaves the process is the host's business (OpenTelemetry over OTLP when an
/// endpoint is configured, otherwise nothing listens and a recording costs a few nanoseconds). The meter comes from the
/// host's <see cref="IMeterFactory"/>, so each host, and each test's host, has instruments of its own.
/// </summary>
public sealed class IRLearnTelemetry : IDisposable
{
    /// <summary>The name of both the meter and the activity source, which an exporter subscribes to.</summary>
    public const string Name = "IRLearn";

    /// <summary>Whether an attempt was closed by its deadline (the sweep, or opening it late) rather than by the student.</summary>
    public const string AutoSubmittedTag = "irlearn.attempt.auto_submitted";

    // Seconds, from 5 ms to 10 s: the buckets ASP.NET Core uses for http.server.request.duration, so the two compare.
    private static readonly InstrumentAdvice<double> SecondsAdvice = new()
    {
        HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10],
    };

    private readonly TimeProvider _clock;
    private readonly Counter<long> _answersSaved;
    private readonly Counter<long> _attemptsSubmitted;
    private readonly Histogram<double> _gradingDuration;
    private readonly Histogram<double> _generatorDuration;
    private readonly Counter<long> _articlesImported;

    public IRLearnTelemetry(IMeterFactory meterFactory, TimeProvider clock)
    {
        _clock = clock;
        var meter = meterFactory.Create(Name);
        _answersSaved = meter.CreateCounter<long>(
            "irlearn.answers.saved", "{answer}", "Answers written to attempts (an unchanged answer sent again is not counted).");
        _attemptsSubmitted = meter.CreateCounter<long>(
            "irlearn.attempts.submitted", "{attempt}", "Attempts submitted and graded, by the student or by their deadline.");
        _gradingDuration = meter.CreateHistogram(
            "irlearn.grading.duration", "s", "Time to grade a submitted attempt and commit its grade.", advice: SecondsAdvice);
        _generatorDuration = meter.CreateHistogram(
            "irlearn.generator.duration", "s", "Time to turn one imported article into its lesson and questions.", advice: SecondsAdvice);
        _articlesImported = meter.CreateCounter<long>(
            "irlearn.articles.imported", "{article}", "Articles imported, each with its generated lesson and questions.");
    }

    /// <summary>Spans of IRLearn's own work that no HTTP or database span shows, such as the generator's.</summary>
    public ActivitySource ActivitySource { get; } = new(Name);

    /// <summary>A timestamp from the host's clock, to pass back to a <c>…Duration</c> recording.</summary>
    public long StartTiming() => _clock.GetTimestamp();

    public void AnswersSaved(int count)
    {
        if (count > 0)
        {
            _answersSaved.Add(count);
        }
    }

    /// <summary>An attempt was submitted and its grade committed; <paramref name="gradingStarted"/> is from <see cref="StartTiming"/>.</summary>
    public void AttemptSubmitted(bool autoSubmitted, long gradingStarted)
    {
        var tag = new KeyValuePair<string, object?>(AutoSubmittedTag, autoSubmitted);
        _attemptsSubmitted.Add(1, tag);
        _gradingDuration.Record(Seconds(gradingStarted), tag);
    }

    /// <summary>Runs the generator inside a span of its own and records how long it took (not when it fails).</summary>
    public T TimeGeneration<T>(Func<T> generate)
    {
        using var activity = ActivitySource.StartActivity("generate lesson");
        var started = StartTiming();
        var result = generate();
        _generatorDuration.Record(Seconds(started));
        return result;
    }

    public void ArticleImported() => _articlesImported.Add(1);

    public void Dispose() => ActivitySource.Dispose();

    private double Seconds(long started) => _clock.GetElapsedTime(started).TotalSeconds;
}
