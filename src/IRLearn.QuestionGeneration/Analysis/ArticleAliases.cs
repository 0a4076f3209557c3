using System.Text.RegularExpressions;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Analysis;

/// <summary>Names the article gives one thing twice, and the honorifics it gives people.</summary>
internal static partial class ArticleAliases
{
    private const string Name = @"(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s(?:of\s|the\s|al-|de\s)?\p{Lu}[\p{L}'’.-]*){0,4}";

    // "Semey (formerly Semipalatinsk)", "Myanmar (Burma)", "the Berm, also known as Rukban", "Burma, now Myanmar".
    [GeneratedRegex(@"(?<a>" + Name + @")\s*(?:\(\s*(?:formerly|previously|once|also known as|known as|also called|or|now|then)?\s*(?<b>" + Name + @")\s*\)|,\s+(?:formerly|previously|once called|also known as|known as|also called|now called|now|or|then called)\s+(?<b>" + Name + @")(?=[,.;]))", RegexOptions.CultureInvariant)]
    private static partial Regex AliasPattern();

    [GeneratedRegex(@"\b(?<h>" + WordPatterns.Honorific + @")\.?\s+(?<name>\p{Lu}[\p{L}'’-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex HonorificPattern();

    public static Dictionary<string, List<string>> Learn(string text)
    {
        var aliases = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (Match match in AliasPattern().Matches(text))
        {
            var a = Strip(match.Groups["a"].Value);
            var b = Strip(match.Groups["b"].Value);
            if (a.Length < 2 || b.Length < 2 || a == b || b.All(c => char.IsUpper(c) || char.IsDigit(c)) && b.Length <= 6)
            {
                // "(NATO)" after a name is an acronym, which the acronym detector already pairs.
                continue;
            }

            Add(aliases, a, b);
            Add(aliases, b, a);
        }

        return aliases;
    }

    public static Dictionary<string, string> Honorifics(string text)
    {
        var honorifics = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in HonorificPattern().Matches(text))
        {
            var honorific = match.Groups["h"].Value == "Miss" ? "Ms" : match.Groups["h"].Value;
            honorifics.TryAdd(match.Groups["name"].Value, honorific);
        }

        return honorifics;
    }

    private static string Strip(string name) => name.StartsWith("the ", StringComparison.Ordinal) ? name[4..] : name;

    private static void Add(Dictionary<string, List<string>> aliases, string key, string value)
    {
        if (!aliases.TryGetValue(key, out var list))
        {
            aliases[key] = list = [];
        }

        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }
}
