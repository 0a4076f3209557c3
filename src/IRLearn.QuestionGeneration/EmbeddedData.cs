namespace IRLearn.QuestionGeneration;

/// <summary>The JSON files under Data/, embedded in the assembly; each is parsed once by the type that owns it.</summary>
internal static class EmbeddedData
{
    public static T Read<T>(string fileName, Func<Stream, T> parse)
    {
        var assembly = typeof(EmbeddedData).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(fileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded data file '{name}' could not be opened.");
        return parse(stream);
    }
}
