using IRLearn.QuestionGeneration.Gazetteer;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Questions;

/// <summary>
/// The finer kind inside a class: a central bank is not a court, a party or a trade pact although all are
/// organisations; a sea is not a continent although both are regions. A wrong option must share the answer's
/// subtype, or a student picks the key by kind alone.
/// </summary>
public static partial class AnswerTypes
{
    private static readonly HashSet<string> Continents = new(Lexicon.Default.Words("continents"), StringComparer.Ordinal);

    private static readonly HashSet<string> Waters = new(Lexicon.Default.Words("waters"), StringComparer.Ordinal);

    // Disputed or occupied territories and provinces: a place inside a state, never a whole part of the world.
    private static readonly HashSet<string> Territories = new(Lexicon.Default.Words("territories"), StringComparer.Ordinal);

    // Landforms and historical routes: neither a region of states nor a body of water.
    private static readonly HashSet<string> Features = new(Lexicon.Default.Words("landforms"), StringComparer.Ordinal);

    // Rooms and buildings that stand for a government ("the White House said"): never a person, never an institution of
    // the same kind as a bank or a court.
    private static readonly HashSet<string> SeatHeads = new(Lexicon.Default.Words("seatHeads"), StringComparer.Ordinal);

    private static readonly IReadOnlyList<(string Name, string[] Words)> OrganisationHeads = Lexicon.Default.Groups("organisationSubtypes");

    /// <summary>
    /// The subtype of a place or organisation ("central-bank", "court", "party", "seat", "igo-financial", "sea",
    /// "continent"…), or <paramref name="kind"/>'s own class when nothing finer is known.
    /// </summary>
    public static string Subtype(string text, IrGazetteer gazetteer)
    {
        var kind = Classify(text, gazetteer);
        return kind switch
        {
            "region" => gazetteer.States.Contains(text.Trim()) ? "state" : RegionSubtype(text.Trim()),
            "organisation" or "name" => OrganisationSubtype(text.Trim(), gazetteer, kind),
            _ => kind,
        };
    }

    private static string RegionSubtype(string region)
    {
        if (Continents.Contains(region))
        {
            return "continent";
        }

        if (Territories.Contains(region))
        {
            return "territory";
        }

        if (region is "Global South" or "Global North")
        {
            // Groupings of states by development, not places on a map.
            return "grouping";
        }

        if (Features.Contains(region))
        {
            return "feature";
        }

        return region.Split(' ').Any(Waters.Contains) ? "water" : "region";
    }

    private static string OrganisationSubtype(string name, IrGazetteer gazetteer, string kind)
    {
        if (IsSeatOfGovernment(name))
        {
            return "seat";
        }

        if (gazetteer.TryLookup(name, out var hit) && hit.Organisation is { } org)
        {
            return org.Class == "central-bank" || IsCentralBank(org.Name) ? "central-bank" : "igo-" + org.Class;
        }

        if (IsCentralBank(name))
        {
            return "central-bank";
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimEnd('.', ',')).ToArray();
        foreach (var (subtype, heads) in OrganisationHeads)
        {
            if (words.Any(w => heads.Contains(w, StringComparer.Ordinal)))
            {
                return subtype;
            }
        }

        return words.Any(w => w is "Bank" or "Fund") ? "bank" : kind;
    }

    /// <summary>"Federal Reserve", "Bank of Canada", "Reserve Bank of India", "European Central Bank", "People's Bank of China".</summary>
    public static bool IsCentralBank(string name) =>
        name.Contains("Central Bank", StringComparison.Ordinal) || name.Contains("Federal Reserve", StringComparison.Ordinal) ||
        name.Contains("Reserve Bank", StringComparison.Ordinal) || name.StartsWith("Bank of ", StringComparison.Ordinal) ||
        name.Contains("'s Bank of ", StringComparison.Ordinal) || name.Contains("’s Bank of ", StringComparison.Ordinal);

    /// <summary>"White House", "Oval Office", "Cabinet Room", "Downing Street", "Kremlin": a building that speaks for a government.</summary>
    public static bool IsSeatOfGovernment(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 3 && SeatHeads.Contains(words[^1]) && !name.Contains(" of ", StringComparison.Ordinal) &&
            words.All(w => w.Length > 0 && char.IsUpper(w[0]));
    }

    /// <summary>The referent words of a name: "Yoon Suk Yeol" → {yoon, suk, yeol}; initials, particles and titles left out.</summary>
    internal static HashSet<string> NameWords(string name) =>
        Words.Normalize(name).Replace(".", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 1 && !Words.StopWords.Contains(w))
            .ToHashSet(StringComparer.Ordinal);
}
