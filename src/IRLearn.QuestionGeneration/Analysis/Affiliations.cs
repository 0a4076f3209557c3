using System.Text.RegularExpressions;
using IRLearn.QuestionGeneration.Entities;
using IRLearn.QuestionGeneration.Gazetteer;

namespace IRLearn.QuestionGeneration.Analysis;

/// <summary>Which country each person serves, read from the office phrases around the name.</summary>
internal static partial class Affiliations
{
    // Words an office phrase is made of, between a country and a name: "Afghan President", "China’s top trade negotiator".
    [GeneratedRegex(@"^(?:(?:[’']s\s+)?(?:then|former|acting|interim|new|top|chief|senior|deputy|vice|first|current|outgoing|incoming|President|President-elect|Prime|Minister|Foreign|Defen[cs]e|Finance|Trade|Interior|Home|Secretary|of|State|Chancellor|King|Queen|Crown|Prince|Emir|Sultan|Ambassador|Envoy|Special|General|Chief|Executive|Leader|Speaker|Spokesperson|Spokesman|Spokeswoman|Commander|Director|Governor|Premier|president|prime|minister|foreign|defen[cs]e|finance|trade|interior|secretary|chancellor|ambassador|envoy|leader|negotiator|spokesperson|spokesman|spokeswoman|commander|director|governor|premier|official|diplomat|counterpart|head)[\s,]+){1,6}$", RegexOptions.CultureInvariant)]
    private static partial Regex OfficeBetween();

    [GeneratedRegex(@"^,\s+(?:the\s+)?(?<country>[A-Z][\p{L}.]+(?:\s[A-Z][\p{L}.]+){0,3})[’']s\s+(?:[a-z-]+\s+){0,3}(?:president|leader|minister|negotiator|ambassador|envoy|spokesperson|spokesman|spokeswoman|chancellor|secretary|premier|king|queen|diplomat|official|commander|chief)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OfficeAfter();

    [GeneratedRegex(@"^\s+of\s+(?:the\s+)?(?<country>[A-Z][\p{L}.]+(?:\s[A-Z][\p{L}.]+){0,3})", RegexOptions.CultureInvariant)]
    private static partial Regex OfOffice();

    public static Dictionary<string, List<string>> Learn(ArticleAnalysis analysis)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var text = analysis.Text;
        var gazetteer = analysis.Gazetteer;
        foreach (var sentence in analysis.Sentences)
        {
            foreach (var person in sentence.Mentions.Where(m => m.Kind == EntityKind.Person))
            {
                var country = Before(text, sentence, person, gazetteer) ?? After(text, sentence, person, gazetteer);
                if (country is null)
                {
                    continue;
                }

                if (!result.TryGetValue(country, out var names))
                {
                    result[country] = names = [];
                }

                foreach (var name in new[] { person.Key, PersonRegistry.SurnameOf(person.Key) })
                {
                    if (!names.Contains(name))
                    {
                        names.Add(name);
                    }
                }
            }
        }

        return result;
    }

    private static string? Before(string text, SentenceInfo sentence, Mention person, IrGazetteer gazetteer)
    {
        // The nearest country or demonym before the name, with only office words between: "South Korean President Yoon".
        var window = text[Math.Max(sentence.Range.Start, person.Range.Start - 60)..person.Range.Start];
        var words = window.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "Afghan President", "South Korean President", "U.S. Secretary of State", "China’s top trade negotiator".
        for (var start = Math.Max(0, words.Length - 7); start < words.Length; start++)
        {
            for (var length = 1; length <= 3 && start + length <= words.Length; length++)
            {
                var candidate = string.Join(' ', words[start..(start + length)]).Replace("’s", string.Empty, StringComparison.Ordinal).Replace("'s", string.Empty, StringComparison.Ordinal);
                var country = CountryOf(candidate, gazetteer);
                var between = string.Join(' ', words[(start + length)..]);
                if (country is not null && OfficeBetween().IsMatch(between + " "))
                {
                    return country;
                }
            }
        }

        return null;
    }

    private static string? After(string text, SentenceInfo sentence, Mention person, IrGazetteer gazetteer)
    {
        var after = text[person.Range.End..sentence.Range.End];
        var office = OfficeAfter().Match(after);
        if (office.Success && CountryOf(office.Groups["country"].Value, gazetteer) is { } country)
        {
            return country;
        }

        var of = OfOffice().Match(after);
        return of.Success ? CountryOf(of.Groups["country"].Value, gazetteer) : null;
    }

    private static string? CountryOf(string word, IrGazetteer gazetteer)
    {
        if (gazetteer.TryLookup(word, out var hit) && hit.Kind == GazetteerKind.Country)
        {
            return hit.Canonical;
        }

        return gazetteer.CountryByDemonym.TryGetValue(word, out var country) ? country.Name : null;
    }
}
