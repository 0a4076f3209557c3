namespace IRLearn.Interop.Text;

/// <summary>
/// Moodle has tags but no difficulty, so IRLearn writes its difficulty as one more tag, <c>difficulty:hard</c>, which
/// Moodle users can filter on; readers of the Moodle formats turn that tag back into the difficulty.
/// </summary>
internal static class TagConvention
{
    private const string Prefix = "difficulty:";

    public static string DifficultyTag(string difficulty) => Prefix + difficulty;

    public static (IReadOnlyList<string> Tags, string? Difficulty) Split(IEnumerable<string> tags)
    {
        string? difficulty = null;
        var rest = new List<string>();
        foreach (var raw in tags)
        {
            var tag = raw.Trim();
            if (tag.Length == 0)
            {
                continue;
            }

            var value = tag.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) ? tag[Prefix.Length..].Trim().ToLowerInvariant() : null;
            if (value is "easy" or "medium" or "hard" && difficulty is null)
            {
                difficulty = value;
            }
            else
            {
                rest.Add(tag);
            }
        }

        return (rest, difficulty);
    }
}
