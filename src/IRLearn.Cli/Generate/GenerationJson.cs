using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IRLearn.Cli.Generate;

/// <summary>
/// Source-generated serialisation: no reflection at run time, so the tool stays trim- and AOT-safe
/// and starts fast.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(GenerationDto))]
public sealed partial class GenerationJsonContext : JsonSerializerContext;

public static class GenerationJson
{
    // Articles are full of curly quotes and accented names; the default encoder would write them as
    // \u2019 escapes. Relaxed escaping keeps them readable; the output is never embedded in HTML.
    private static readonly GenerationJsonContext Context = new(new JsonSerializerOptions(GenerationJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static string Serialize(GenerationDto document) => JsonSerializer.Serialize(document, Context.GenerationDto);
}
