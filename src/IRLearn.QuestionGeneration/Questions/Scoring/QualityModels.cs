using System.Text.Encodings.Web;
using System.Text.Json;

namespace IRLearn.QuestionGeneration.Questions.Scoring;

/// <summary>
/// The engine's two fitted models, from Data/quality-model.json (embedded, parsed once, lazily and thread-safely, like
/// the gazetteer). <see cref="Quality"/> gives each question's confidence: the probability that a strict reviewer
/// accepts it as it stands. <see cref="KeyFact"/> gives the probability that the fact a question asks about is one a
/// teacher would call key. How to refit both: docs/question-generation.md, "Selection and ranking".
/// </summary>
public sealed class QualityModels(LogisticModel quality, LogisticModel keyFact)
{
    private static readonly Lazy<QualityModels> Instance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static QualityModels Default => Instance.Value;

    public LogisticModel Quality { get; } = quality;

    public LogisticModel KeyFact { get; } = keyFact;

    /// <summary>Reads a model document; public so the fitter can round-trip what it writes and tests can prove a bad file fails loudly.</summary>
    public static QualityModels Parse(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return new QualityModels(ParseModel(root.GetProperty("quality")), ParseModel(root.GetProperty("keyFact")));
    }

    /// <summary>
    /// Writes a model document: the two models' bias and weights (sorted by name, so refits diff cleanly) and whatever
    /// the fitter wants to record about how they were fitted.
    /// </summary>
    public void Write(Stream output, IReadOnlyDictionary<string, string> fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteStartObject("fit");
        foreach (var (name, value) in fit.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            writer.WriteString(name, value);
        }

        writer.WriteEndObject();
        WriteModel(writer, "quality", Quality);
        WriteModel(writer, "keyFact", KeyFact);
        writer.WriteEndObject();
    }

    private static LogisticModel ParseModel(JsonElement element)
    {
        var weights = element.GetProperty("weights").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble(), StringComparer.Ordinal);
        return new LogisticModel(element.GetProperty("bias").GetDouble(), weights);
    }

    private static void WriteModel(Utf8JsonWriter writer, string name, LogisticModel model)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("bias", Math.Round(model.Bias, 4));
        writer.WriteStartObject("weights");
        foreach (var (feature, weight) in model.Weights.OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            writer.WriteNumber(feature, Math.Round(weight, 4));
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static QualityModels Load() => EmbeddedData.Read("quality-model.json", Parse);
}
