using System.Text;
using System.Text.RegularExpressions;
using IRLearn.QuestionGeneration.Tests.Support;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Tests.Text;

public sealed partial class LexiconTests
{
    private static readonly Lexicon Lexicon = Lexicon.Default;

    [Fact]
    public void Default_EveryEntry_HasWords()
    {
        Assert.NotEmpty(Lexicon.Names);
        Assert.All(Lexicon.Names, name => Assert.NotEmpty(Lexicon.Words(name)));
    }

    [Fact]
    public void Words_UnknownList_FailsLoudly()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Lexicon.Words("monthz"));
        Assert.Contains("monthz", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "months": { "note": "no words" } }""")]
    [InlineData("""{ "months": { "words": ["May", "June", "May"] } }""")]
    public void Parse_MalformedEntry_FailsLoudly(string json)
    {
        Assert.Throws<InvalidDataException>(() => Lexicon.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json))));
    }

    [Fact]
    public void Values_NumberWords_ReadTheirValues()
    {
        var values = Lexicon.Values("numberWords", StringComparer.OrdinalIgnoreCase);

        Assert.Equal(7m, values["Seven"]);
        Assert.Equal(90m, values["ninety"]);
        Assert.Equal("twelve", Lexicon.WordFor("numberWords", 12));
    }

    // Each regex fragment with the lexicon entry it spells.
    private static readonly (string Fragment, string Pattern, string List)[] FragmentLists =
    [
        (nameof(WordPatterns.Month), WordPatterns.Month, "months"),
        (nameof(WordPatterns.MonthAbbreviation), WordPatterns.MonthAbbreviation, "monthAbbreviations"),
        (nameof(WordPatterns.Weekday), WordPatterns.Weekday, "weekdays"),
        (nameof(WordPatterns.Honorific), WordPatterns.Honorific, "honorifics"),
        (nameof(WordPatterns.Scale), WordPatterns.Scale, "scales"),
        (nameof(WordPatterns.OrganisationHead), WordPatterns.OrganisationHead, "organisationHeads"),
        (nameof(WordPatterns.TreatyHead), WordPatterns.TreatyHead, "treatyHeads"),
    ];

    public static TheoryData<string, string, string> Fragments()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (fragment, pattern, list) in FragmentLists)
        {
            data.Add(fragment, pattern, list);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fragments))]
    public void Fragment_NamesExactlyTheLexiconList(string fragment, string pattern, string list)
    {
        Assert.True(
            Lexicon.Words(list).Order(StringComparer.Ordinal).SequenceEqual(Alternatives(pattern).Order(StringComparer.Ordinal)),
            $"WordPatterns.{fragment} and the lexicon's \"{list}\" differ: only in the pattern [{string.Join(", ", Alternatives(pattern).Except(Lexicon.Words(list)))}], " +
            $"only in the lexicon [{string.Join(", ", Lexicon.Words(list).Except(Alternatives(pattern)))}].");
    }

    [Fact]
    public void NumberFragments_NameExactlyTheLexiconsNumberWordsByValue()
    {
        var values = Lexicon.Values("numberWords", StringComparer.Ordinal);
        // "dozen" shares twelve's value; the fragments spell each value once, by its first word.
        var spelled = values.Where(v => Lexicon.WordFor("numberWords", v.Value) == v.Key).ToList();

        Assert.Equal(Words(spelled, v => v is >= 1 and <= 9), Alternatives(WordPatterns.Unit).Order(StringComparer.Ordinal));
        Assert.Equal(Words(spelled, v => v is >= 10 and <= 19), Alternatives(WordPatterns.Teen).Order(StringComparer.Ordinal));
        Assert.Equal(Words(spelled, v => v >= 20 && v % 10 == 0), Alternatives(WordPatterns.Tens).Order(StringComparer.Ordinal));
        Assert.Equal(spelled.Count, Alternatives(WordPatterns.Unit + "|" + WordPatterns.Teen + "|" + WordPatterns.Tens).Length);
    }

    [Fact]
    public void Fragments_ArePlainWords()
    {
        var all = string.Join('|', FragmentLists.Select(f => f.Pattern)) + "|" + WordPatterns.Unit + "|" + WordPatterns.Teen + "|" + WordPatterns.Tens;

        Assert.All(Alternatives(all), word => Assert.Matches(PlainWord(), word));
    }

    [Fact]
    public void EveryEntry_IsUsedByTheEngine()
    {
        var source = string.Concat(EngineSources().Select(File.ReadAllText));

        Assert.All(Lexicon.Names, name => Assert.Contains("\"" + name + "\"", source, StringComparison.Ordinal));
    }

    // Word lists live in Data/lexicon.json, not in code: a collection literal of six or more words in the engine is a list
    // that has come back (short sets such as "King", "Queen" and separator lists such as ", but " may stay).
    [Fact]
    public void Engine_HasNoWordListLiterals()
    {
        var found = EngineSources()
            .SelectMany(path => WordListLiterals(File.ReadAllText(path)).Select(list => Path.GetRelativePath(EngineRoot, path) + ": " + list))
            .ToList();

        Assert.True(found.Count == 0, "Put word lists in Data/lexicon.json and read them through Lexicon:\n" + string.Join('\n', found));
    }

    [Fact]
    public void WordListLiterals_FindsListsButNotShortSetsOrSeparators()
    {
        const string code = """
            private static readonly FrozenSet<string> A = FrozenSet.ToFrozenSet(["one", "two", "three", "four", "five", "six"], StringComparer.Ordinal);
            private static readonly HashSet<string> B = new(StringComparer.Ordinal) { "North America", "Asia", "Africa", "Europe", "Oceania", "Eurasia" };
            private static readonly string[] C = ["King", "Queen"];
            private static readonly string[] D = [", ", " when ", " because ", " as ", " and ", "; "];
            // ["one", "two", "three", "four", "five", "six"]
            """;

        Assert.Equal(2, WordListLiterals(code).Count);
    }

    /// <summary>Collection literals of six or more strings that are all words ("King", "North America"), outside comments.</summary>
    private static List<string> WordListLiterals(string code)
    {
        var withoutComments = CommentLine().Replace(code, string.Empty);
        return ListLiteral().Matches(withoutComments)
            .Select(m => StringLiteral().Matches(m.Value).Select(s => s.Groups["s"].Value).ToList())
            .Where(items => items.Count >= 6 && items.All(item => PlainWord().IsMatch(item)))
            .Select(items => string.Join(", ", items.Take(4)) + ", …")
            .ToList();
    }

    private static string EngineRoot => Path.Combine(RepositoryRoot.Find(), "src", "IRLearn.QuestionGeneration");

    private static IEnumerable<string> EngineSources() =>
        Directory.EnumerateFiles(EngineRoot, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string[] Alternatives(string pattern) => pattern.Split('|');

    private static IEnumerable<string> Words(IEnumerable<KeyValuePair<string, decimal>> values, Func<decimal, bool> keep) =>
        values.Where(v => keep(v.Value)).Select(v => v.Key).Order(StringComparer.Ordinal);

    [GeneratedRegex(@"^\p{L}[\p{L}'’.-]*(?: \p{L}[\p{L}'’.-]*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainWord();

    [GeneratedRegex(@"^\s*//.*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex CommentLine();

    [GeneratedRegex(@"[\[{(]\s*(?:""(?:[^""\\]|\\.)*""\s*,\s*)+""(?:[^""\\]|\\.)*""\s*,?\s*[\]})]", RegexOptions.CultureInvariant)]
    private static partial Regex ListLiteral();

    [GeneratedRegex(@"""(?<s>(?:[^""\\]|\\.)*)""", RegexOptions.CultureInvariant)]
    private static partial Regex StringLiteral();
}
