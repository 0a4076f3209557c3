namespace IRLearn.Domain.Common;

/// <summary>
/// Cleans lists of short strings (tags, objectives, accepted answers): trims, collapses inner
/// whitespace, drops blanks and removes case-insensitive duplicates, keeping the first spelling.
/// </summary>
public static class TextList
{
    public static List<string> Normalise(
        IEnumerable<string>? values, int maxItems, int maxLength, string code, string what)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in values ?? [])
        {
            var cleaned = string.Join(' ', (value ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (cleaned.Length == 0)
            {
                continue;
            }

            Check.That(cleaned.Length <= maxLength, code, $"Each {what} must be at most {maxLength} characters.");
            if (seen.Add(cleaned))
            {
                result.Add(cleaned);
            }
        }

        Check.That(result.Count <= maxItems, code, $"At most {maxItems} {what}s are allowed.");
        return result;
    }

    /// <summary>Tags are short labels; at most 30 of at most 50 characters each.</summary>
    public static List<string> Tags(IEnumerable<string>? tags, string code) => Normalise(tags, 30, 50, code, "tag");
}
