using System.Collections.Frozen;
using System.Text.Json;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Gazetteer;

public enum GazetteerKind
{
    Country,
    City,
    Organisation,
    Treaty,
    Region,
}

public sealed record CountryEntry(string Name, string Capital, string Region, IReadOnlyList<string> Aliases)
{
    /// <summary>The adjectives and nouns for its people: "Sudanese", "Afghan", "Swede".</summary>
    public IReadOnlyList<string> Demonyms { get; init; } = [];

    /// <summary>Seats and offices that name it as surely as its name does: "Kremlin", "Downing Street", "Secretary of State".</summary>
    public IReadOnlyList<string> Cues { get; init; } = [];
}

public sealed record CityEntry(string Name, string Country);

public sealed record OrganisationEntry(string Acronym, string Name, int Founded, string Class, IReadOnlyList<string> Aliases);

public sealed record TreatyEntry(string Name, int Year, IReadOnlyList<string> Aliases);

/// <summary>One surface form the gazetteer knows, with the entry it names.</summary>
public sealed record GazetteerHit(GazetteerKind Kind, string Canonical, string Surface, object Entry)
{
    public CountryEntry? Country => Entry as CountryEntry;

    public OrganisationEntry? Organisation => Entry as OrganisationEntry;

    public TreatyEntry? Treaty => Entry as TreatyEntry;

    public CityEntry? City => Entry as CityEntry;

    /// <summary>True when the surface is the organisation's acronym rather than its full name.</summary>
    public bool IsAcronym => Organisation is { } org && Surface == org.Acronym;
}

/// <summary>
/// The IR gazetteer: countries with capitals and regions, international organisations, treaties and
/// concepts. Read once from the embedded Data/gazetteer.json; lookups are exact on the surface form
/// because capitalisation is what separates "Turkey" the country from a turkey.
/// </summary>
public sealed class IrGazetteer
{
    private static readonly Lazy<IrGazetteer> Instance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, GazetteerHit> _bySurface;
    private readonly string[] _countryNameWords;

    private IrGazetteer(
        IReadOnlyList<CountryEntry> countries,
        IReadOnlyList<CityEntry> cities,
        IReadOnlyList<OrganisationEntry> organisations,
        IReadOnlyList<TreatyEntry> treaties,
        IReadOnlyList<string> concepts,
        IReadOnlyList<string> regions,
        IReadOnlyList<string> states)
    {
        Countries = countries;
        Cities = cities;
        Organisations = organisations;
        Treaties = treaties;
        Concepts = concepts;
        Regions = [.. regions, .. states];
        States = states.ToFrozenSet(StringComparer.Ordinal);

        var surfaces = new Dictionary<string, GazetteerHit>(StringComparer.Ordinal);
        void Add(string surface, GazetteerHit hit) => surfaces.TryAdd(Words.CollapseSpace(surface), hit);

        foreach (var country in countries)
        {
            Add(country.Name, new GazetteerHit(GazetteerKind.Country, country.Name, country.Name, country));
            foreach (var alias in country.Aliases)
            {
                Add(alias, new GazetteerHit(GazetteerKind.Country, country.Name, alias, country));
            }
        }

        foreach (var org in organisations)
        {
            Add(org.Name, new GazetteerHit(GazetteerKind.Organisation, org.Name, org.Name, org));
            Add(org.Acronym, new GazetteerHit(GazetteerKind.Organisation, org.Name, org.Acronym, org));
            foreach (var alias in org.Aliases)
            {
                Add(alias, new GazetteerHit(GazetteerKind.Organisation, org.Name, alias, org));
            }
        }

        foreach (var treaty in treaties)
        {
            Add(treaty.Name, new GazetteerHit(GazetteerKind.Treaty, treaty.Name, treaty.Name, treaty));
            foreach (var alias in treaty.Aliases)
            {
                Add(alias, new GazetteerHit(GazetteerKind.Treaty, treaty.Name, alias, treaty));
            }
        }

        foreach (var country in countries)
        {
            var capital = new CityEntry(country.Capital, country.Name);
            Add(country.Capital, new GazetteerHit(GazetteerKind.City, country.Capital, country.Capital, capital));
        }

        foreach (var city in cities)
        {
            Add(city.Name, new GazetteerHit(GazetteerKind.City, city.Name, city.Name, city));
        }

        foreach (var region in Regions)
        {
            Add(region, new GazetteerHit(GazetteerKind.Region, region, region, region));
        }

        _bySurface = surfaces.ToFrozenDictionary(StringComparer.Ordinal);
        MaxTokens = _bySurface.Keys.Max(k => k.Split(' ').Length);
        ConceptSet = concepts.Select(Words.Normalize).ToFrozenSet(StringComparer.Ordinal);
        ConceptLengthByFirstWord = concepts.Select(Words.Normalize).GroupBy(c => c.Split(' ')[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Max(c => c.Split(' ').Length), StringComparer.Ordinal);
        CountryByName = countries.ToFrozenDictionary(c => c.Name, StringComparer.Ordinal);
        _countryNameWords = countries.SelectMany(c => c.Name.Split(' ')).Distinct(StringComparer.Ordinal).ToArray();
        OrganisationByName = organisations.ToFrozenDictionary(o => o.Name, StringComparer.Ordinal);
        var byDemonym = new Dictionary<string, CountryEntry>(StringComparer.Ordinal);
        foreach (var country in countries)
        {
            foreach (var demonym in country.Demonyms)
            {
                byDemonym.TryAdd(demonym, country);
            }
        }

        CountryByDemonym = byDemonym.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>"Sudanese" → Sudan, "Afghan" → Afghanistan. The first country listed wins a shared demonym ("Congolese").</summary>
    public FrozenDictionary<string, CountryEntry> CountryByDemonym { get; }

    public static IrGazetteer Default => Instance.Value;

    public IReadOnlyList<CountryEntry> Countries { get; }

    public IReadOnlyList<CityEntry> Cities { get; }

    public IReadOnlyList<OrganisationEntry> Organisations { get; }

    public IReadOnlyList<TreatyEntry> Treaties { get; }

    public IReadOnlyList<string> Concepts { get; }

    public FrozenSet<string> ConceptSet { get; }

    /// <summary>For each first word of a concept, the most words a concept starting with it has.</summary>
    public FrozenDictionary<string, int> ConceptLengthByFirstWord { get; }

    public IReadOnlyList<string> Regions { get; }

    /// <summary>States inside a federation ("South Carolina"): regions, but offered only against each other.</summary>
    public FrozenSet<string> States { get; }

    public FrozenDictionary<string, CountryEntry> CountryByName { get; }

    public FrozenDictionary<string, OrganisationEntry> OrganisationByName { get; }

    /// <summary>The country whose capital this city is, or null ("Beijing" → China; "Bishkek" → Kyrgyzstan; "Durban" → null).</summary>
    public CountryEntry? CountryWithCapital(CityEntry city) =>
        CountryByName.TryGetValue(city.Country, out var country) && country.Capital == city.Name ? country : null;

    /// <summary>
    /// Whether a country's name, or with <paramref name="anyWord"/> any word of it, starts with <paramref name="stem"/> and
    /// goes on after it: the test for demonyms ("Kazakh-s" → Kazakhstan, "Emirat-i" → United Arab Emirates).
    /// </summary>
    public bool CountryNameContinues(string stem, bool anyWord) =>
        anyWord
            ? _countryNameWords.Any(w => w.StartsWith(stem, StringComparison.Ordinal))
            : Countries.Any(c => c.Name.Length > stem.Length && c.Name.StartsWith(stem, StringComparison.Ordinal));

    /// <summary>The most words any known name has; bounds the longest-match scan.</summary>
    public int MaxTokens { get; }

    public bool TryLookup(string surface, out GazetteerHit hit) => _bySurface.TryGetValue(surface, out hit!);

    /// <summary>The same lookup without allocating: the recogniser probes many spans that are not names.</summary>
    public bool TryLookup(ReadOnlySpan<char> surface, out GazetteerHit hit) =>
        _bySurface.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(surface, out hit!);

    /// <summary>Parses a gazetteer document; public so tests can prove a malformed file fails loudly.</summary>
    public static IrGazetteer Parse(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var countries = root.GetProperty("countries").EnumerateArray()
            .Select(e => new CountryEntry(e.GetProperty("name").GetString()!, e.GetProperty("capital").GetString()!, e.GetProperty("region").GetString()!, Aliases(e))
            {
                Demonyms = Strings(e, "demonyms"),
                Cues = Strings(e, "cues"),
            })
            .ToList();
        var cities = root.GetProperty("cities").EnumerateArray()
            .Select(e => new CityEntry(e.GetProperty("name").GetString()!, e.GetProperty("country").GetString()!))
            .ToList();
        var organisations = root.GetProperty("organisations").EnumerateArray()
            .Select(e => new OrganisationEntry(e.GetProperty("acronym").GetString()!, e.GetProperty("name").GetString()!, e.GetProperty("founded").GetInt32(), e.GetProperty("class").GetString()!, Aliases(e)))
            .ToList();
        var treaties = root.GetProperty("treaties").EnumerateArray()
            .Select(e => new TreatyEntry(e.GetProperty("name").GetString()!, e.GetProperty("year").GetInt32(), Aliases(e)))
            .ToList();
        var concepts = root.GetProperty("concepts").EnumerateArray().Select(e => e.GetString()!).ToList();
        var regions = root.GetProperty("regions").EnumerateArray().Select(e => e.GetString()!).ToList();
        var states = root.TryGetProperty("states", out var stateList) ? stateList.EnumerateArray().Select(e => e.GetString()!).ToList() : [];
        return new IrGazetteer(countries, cities, organisations, treaties, concepts, regions, states);
    }

    private static List<string> Aliases(JsonElement element) => Strings(element, "aliases");

    private static List<string> Strings(JsonElement element, string property) =>
        element.TryGetProperty(property, out var values) ? values.EnumerateArray().Select(a => a.GetString()!).ToList() : [];

    private static IrGazetteer Load() => EmbeddedData.Read("gazetteer.json", Parse);
}
