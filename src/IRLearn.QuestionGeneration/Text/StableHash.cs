namespace IRLearn.QuestionGeneration.Text;

/// <summary>
/// FNV-1a over UTF-16 code units. string.GetHashCode is randomised per process, and the engine
/// promises the same output for the same input, so every "random" choice is seeded from this.
/// </summary>
public static class StableHash
{
    public static uint Of(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash ^= c;
            hash *= 16777619u;
        }

        return hash;
    }

    public static uint Of(string a, string b) => Of(a) ^ (Of(b) * 31u);
}
