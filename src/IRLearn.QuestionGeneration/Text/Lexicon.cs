using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;

namespace IRLearn.QuestionGeneration.Text;

/// <summary>
/// The engine's word lists: months, number words, titles, head nouns, stop lists. Read once from the embedded
/// Data/lexicon.json, one named entry per list, so each list is written once; a rule that needs the union of
/// several (the capitalised words that are never names) composes it from their names. Regex alternations cannot
/// read the file, so they use <see cref="WordPatterns"/>, which a test holds equal to the entries here.
/// </summary>
public sealed class Lexicon
{
    private static readonly Lazy<Lexicon> Instance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, string[]> _words;
    private readonly FrozenDictionary<string, (string Word, decimal Value)[]> _values;
    private readonly FrozenDictionary<string, (string Name, string[] Words)[]> _groups;

    private Lexicon(
        Dictionary<string, string[]> words,
        Dictionary<string, (string Word, decimal Value)[]> values,
        Dictionary<string, (string Name, string[] Words)[]> groups)
    {
        _words = words.ToFrozenDictionary(StringComparer.Ordinal);
        _values = values.ToFrozenDictionary(StringComparer.Ordinal);
        _groups = groups.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static Lexicon Default => Instance.Value;

    /// <summary>The names of every entry, for tests that hold the file and the code together.</summary>
    public IEnumerable<string> Names => _words.Keys.Concat(_values.Keys).Concat(_groups.Keys);

    /// <summary>The words of a list (or of a valued list, or of all a grouped list's groups), in the file's order.</summary>
    public IReadOnlyList<string> Words(string name) =>
        _words.TryGetValue(name, out var words) ? words
        : _values.TryGetValue(name, out var values) ? values.Select(v => v.Word).ToArray()
        : _groups.TryGetValue(name, out var groups) ? groups.SelectMany(g => g.Words).ToArray()
        : throw new KeyNotFoundException($"The lexicon has no word list '{name}'.");

    /// <summary>The union of several lists, as a set compared with <paramref name="comparer"/>.</summary>
    public FrozenSet<string> Set(StringComparer comparer, params string[] names) =>
        names.SelectMany(Words).ToFrozenSet(comparer);

    /// <summary>A valued list ("numberWords", "scales") as a dictionary; the first word listed wins a shared value.</summary>
    public FrozenDictionary<string, decimal> Values(string name, StringComparer comparer) =>
        ValueList(name).ToFrozenDictionary(v => v.Word, v => v.Value, comparer);

    /// <summary>The word of a valued list that has <paramref name="value"/>, the first one listed when several do.</summary>
    public string? WordFor(string name, decimal value) => ValueList(name).FirstOrDefault(v => v.Value == value).Word;

    /// <summary>A grouped list ("organisationSubtypes"): each group's name with its words, in the file's order.</summary>
    public IReadOnlyList<(string Name, string[] Words)> Groups(string name) =>
        _groups.TryGetValue(name, out var groups) ? groups : throw new KeyNotFoundException($"The lexicon has no grouped list '{name}'.");

    /// <summary>"one" → "One": the capitalised forms of lower-case words.</summary>
    public static IEnumerable<string> Capitalised(IEnumerable<string> words) =>
        words.Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]);

    /// <summary>"Mr" → "Mr", "Mr.": each word with and without a full stop.</summary>
    public static IEnumerable<string> WithAndWithoutStop(IEnumerable<string> words) => words.SelectMany(w => new[] { w, w + "." });

    private (string Word, decimal Value)[] ValueList(string name) =>
        _values.TryGetValue(name, out var values) ? values : throw new KeyNotFoundException($"The lexicon has no valued list '{name}'.");

    /// <summary>
    /// Parses a lexicon document: an object whose properties are entries, each with a "note" and one of "words" (a list),
    /// "values" (word → number) or "groups" (name → list). Public so tests can prove a malformed file fails loudly.
    /// </summary>
    public static Lexicon Parse(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        var words = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var values = new Dictionary<string, (string, decimal)[]>(StringComparer.Ordinal);
        var groups = new Dictionary<string, (string, string[])[]>(StringComparer.Ordinal);
        foreach (var entry in document.RootElement.EnumerateObject())
        {
            if (entry.Value.TryGetProperty("words", out var list))
            {
                words.Add(entry.Name, Strings(entry.Name, list));
            }
            else if (entry.Value.TryGetProperty("values", out var map))
            {
                values.Add(entry.Name, map.EnumerateObject().Select(p => (p.Name, p.Value.GetDecimal())).ToArray());
            }
            else if (entry.Value.TryGetProperty("groups", out var grouped))
            {
                groups.Add(entry.Name, grouped.EnumerateObject().Select(p => (p.Name, Strings(entry.Name, p.Value))).ToArray());
            }
            else
            {
                throw new InvalidDataException($"The lexicon entry '{entry.Name}' has no \"words\", \"values\" or \"groups\".");
            }
        }

        return new Lexicon(words, values, groups);
    }

    private static string[] Strings(string entry, JsonElement list)
    {
        var words = list.EnumerateArray().Select(e => e.GetString()!).ToArray();
        var repeated = words.GroupBy(w => w, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return repeated is null
            ? words
            : throw new InvalidDataException(string.Format(CultureInfo.InvariantCulture, "The lexicon entry '{0}' lists '{1}' twice.", entry, repeated.Key));
    }

    private static Lexicon Load() => EmbeddedData.Read("lexicon.json", Parse);
}
