using System.Collections.Frozen;
using System.Text.RegularExpressions;
using IRLearn.QuestionGeneration.Entities;

namespace IRLearn.QuestionGeneration.Text;

/// <summary>
/// Blanks a strict reviewer calls not worth knowing, whatever the sentence: a vague amount ("_____ have been displaced"
/// for "Thousands"), a describing compound ("_____-based analysts"), a count that only ranks ("the world's _____
/// largest economies"), the outlet or agency a claim came through ("… a source told _____", ", _____ reported") or that
/// published or obtained someone's words ("an op-ed in the _____", "a recording obtained by the _____"), the
/// figure a newer one replaced ("… down from _____ a week earlier"), a quoted speaker's employer ("…, a professor at _____,
/// said"), a first name cut from its surname ("_____. Okafor"), a count the list after it
/// spells out ("_____ major economies — A, B and C"), a rough guess ("a week or _____"), how many sources a claim has ("_____ officials said"), the day a
/// remark was made ("Okafor said on _____"), a word that only describes the noun after it ("former _____ countries"), a
/// concept a demonym all but says ("the Syrian _____" for "civil war"), a speaker's field ("a(n) _____ researcher"), a lone
/// word between an article and its noun ("the _____ country" for "landlocked"), and a number that is a day or a provision's
/// ("from _____ to 13 February", "Articles 12 to _____"). The sentence's real fact is elsewhere in it.
/// </summary>
public static partial class TrivialBlank
{
    private static readonly FrozenSet<string> VagueAmounts = Lexicon.Default.Set(StringComparer.OrdinalIgnoreCase, "vagueAmounts");

    private static readonly FrozenSet<string> AdjectivalNames = Lexicon.Default.Set(StringComparer.Ordinal, "adjectivalNames");

    // "English-language media", "Russian-speaking regions": a compound that describes the noun after it.
    [GeneratedRegex(@"-(?:language|speaking)$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageCompound();

    // A lower-case word right after the answer, which the answer then describes ("former _____ countries").
    [GeneratedRegex(@"^\s(?<noun>\p{Ll}[\p{Ll}-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex WordAfter();

    // "Washington-based", "Cuba-style", "U.S.-led": a compound that describes the noun after it, not a thing to know.
    [GeneratedRegex(@"-(?:based|style|led|backed|born|owned|run|made|linked|allied|aligned|funded|sponsored|brokered|controlled)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DescribingCompound();

    // "the world's two largest economies": the count only ranks the noun.
    [GeneratedRegex(@"^\s+(?:[a-z]+est|most|least)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SuperlativeAfter();

    // "… a source told _____." / "according to _____": the channel of a claim, not its content.
    [GeneratedRegex(@"\b(?:told|according\s+to)\s+(?:the\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ChannelBefore();

    [GeneratedRegex(@"^\s*(?:[.,;]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseEndAfter();

    // "wrote an op-ed in the _____", "in an interview with _____", "a recording obtained by the _____": where words were
    // published or who obtained them, not what they said.
    [GeneratedRegex(@"\b(?:op-eds?|columns?|editorials?|essays?|interviews?|podcasts?|(?:audio\s+|video\s+)?recordings?|footage)\s+(?:[\p{L}’'-]+\s+){0,4}?(?:in|for|with|on|to)\s+(?:the\s+)?$|\b(?:obtained|seen|reviewed|verified|first\s+reported)\s+by\s+(?:the\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PublicationBefore();

    // ", _____ reported, …": a reporting tail after the claim.
    [GeneratedRegex(@",\s*(?:the\s+|The\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CommaBefore();

    [GeneratedRegex(@"^\s+(?:reported|reports|has\s+reported|said|says|noted|wrote)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ReportingVerbAfter();

    // "down from an earlier forecast of _____", "compared with growth of _____ in the July forecast", "down from the _____ it had
    // estimated": the estimate a newer one replaced. A past value with its own year ("down from 8.1% in 2021") is a fact.
    [GeneratedRegex(@"\b(?:down|up|revised\s+\w+|compared)\s+(?:from|with|to)\s+(?:(?:a|an|the|its|their|his|her|growth|forecast|estimate|earlier|previous|prior|[A-Z][a-z]+|[a-z]+ly)\s+){0,4}(?:of\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SupersededBefore();

    [GeneratedRegex(@"\b(?:forecast|estimate|estimated|projection|projected|prediction|predicted|expected|earlier|previous|prior)\b", RegexOptions.CultureInvariant)]
    private static partial Regex EstimateWord();

    [GeneratedRegex(@"^\s+(?:a|one|the)\s+(?:day|week|month|quarter|year)\s+(?:earlier|before)\b", RegexOptions.CultureInvariant)]
    private static partial Regex EarlierAfter();

    // "a week or _____", "one or _____", "_____ or three days", "_____ or so": a rough guess, not a figure to know.
    [GeneratedRegex(@"\b(?:a|an|" + WordPatterns.Unit + @"|[0-9]+)\s+(?:[a-z]+\s+)?or\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RoughBefore();

    [GeneratedRegex(@"^\s+or\s+(?:" + WordPatterns.Unit + "|" + WordPatterns.Teen + @"|so|more|[0-9]+)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RoughAfter();

    // "Eswar Okafor, a trade professor at _____, said …": the speaker's employer, not what he said.
    [GeneratedRegex(@"\p{Lu}[\p{L}.’'-]+,\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){1,4}(?:at|of|for|with)\s+(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex AffiliationBefore();

    [GeneratedRegex(@"[“""]|\b(?:said|says|told|wrote|warned|added|argued|noted)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Speech();

    // "John R. _____" cut the other way: "_____. Bolton" keyed "John R".
    [GeneratedRegex(@"(?:^|\s)\p{Lu}$", RegexOptions.CultureInvariant)]
    private static partial Regex EndsWithInitial();

    // "_____ member states — Norland, Vestaria and Aren": the items listed right after count themselves.
    [GeneratedRegex(@"^\s+(?:[a-z][\p{L}-]*\s+){1,3}(?:—|–|:|\()\s*(?:the\s+|an?\s+)?\p{L}", RegexOptions.CultureInvariant)]
    private static partial Regex ListedAfter();

    // "_____ Clinton donors tell ABC News", "_____ senior officials said": how many sources a claim has, not the claim.
    [GeneratedRegex(@"^\s+(?:[\p{L}.-]+\s+){0,3}(?:donors|officials|sources|diplomats|people|witnesses|aides|insiders|analysts|experts|lawmakers)\s+(?:familiar\s+with\s+[^,]{3,60}\s+)?(?:tell|told|say|said|says|confirmed|reported)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SourcesAfter();

    // "Mr. Trump said on _____", "recounted in an _____ cabinet meeting", "In a letter to the president in _____": the day a
    // remark was made, not the day something happened.
    [GeneratedRegex(@"\b(?:said|says|told|recounted|wrote|tweeted|remarked|posted)\s+(?:on|in)\s+(?:an?\s+|a\(n\)\s+)?$|\b(?:[Ii]n|[Dd]uring)\s+(?:a|an|his|her|their)\s+(?:letter|interview|speech|statement|tweet|post|remarks|call)\b[^,.;]{0,60}\s+(?:on|in)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex RemarkBefore();

    // "In _____ 2017, Ms. Haley said that …", "Last _____, …": the date opens a sentence whose event is the saying.
    [GeneratedRegex(@"^\s*(?:\d{4})?,\s+(?:(?:\p{Lu}[\p{L}.’'-]*|of|the)\s+){1,5}(?:said|told|wrote|tweeted|recounted|remarked)\b", RegexOptions.CultureInvariant)]
    private static partial Regex RemarkAfterOpening();

    // The capitalised word right before the blank: "refugees from the Syrian _____".
    [GeneratedRegex(@"(?:^|\s)(?<word>\p{Lu}[\p{L}-]+)\s$", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedWordBefore();

    // "Carmen Ileto, a(n) _____ researcher": the field in a speaker's description, not what the article reports.
    [GeneratedRegex(@"^\s(?:researcher|analyst|fellow|expert|specialist|scholar|professor|lecturer|adviser|advisor|consultant|correspondent|editor|reporter|economist)s?\b", RegexOptions.CultureInvariant)]
    private static partial Regex RoleNounAfter();

    // "the _____ country", "a(n) _____ request": one word between an article and its noun.
    [GeneratedRegex(@"(?:^|\s)(?:[Tt]he|[Aa]n?|[Aa]\(n\))\s$", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleBefore();

    // "held in Jakarta from _____ to 13 February 2025": the first day of a range of dates, not a count.
    [GeneratedRegex(@"^\s*(?:to|and|–|-)\s*[0-9]{1,2}\s+(?:" + WordPatterns.Month + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex DayRangeAfter();

    // "Articles 12 to _____ with fisheries", "under Article _____": the number of a provision, not a count.
    [GeneratedRegex(@"\b(?:Articles?|Sections?|Chapters?|Paragraphs?|Clauses?|Annex(?:es)?|Rules?)\s+(?:[0-9]{1,3}\s*(?:to|and|–|-)\s*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ProvisionBefore();

    /// <summary>The reason a blank over <paramref name="answer"/> in this sentence is not worth asking, or null.</summary>
    public static string? Reason(string text, TextRange sentence, Mention answer)
    {
        var before = text[sentence.Start..answer.Range.Start];
        var after = text[answer.Range.End..sentence.End];
        if (VagueAmounts.Contains(answer.Text.Trim()))
        {
            return "vague amount";
        }

        if (!answer.Text.Any(char.IsDigit) && DescribingCompound().IsMatch(answer.Text))
        {
            return "describing compound";
        }

        if (answer.Kind == EntityKind.Name && DescribesTheNounAfter(answer.Text, after))
        {
            return "describing word";
        }

        if (answer.Kind == EntityKind.Concept && CapitalisedWordBefore().Match(before) is { Success: true } describing &&
            (AdjectivalNames.Contains(describing.Groups["word"].Value) || EntityRecognizer.LooksLikeDemonym(describing.Groups["word"].Value)))
        {
            // "refugees from the Syrian _____" (civil war), "Western _____ against Moscow" (sanctions): the concept makes a stock
            // phrase with the demonym before it, which all but says it.
            return "stock phrase with a demonym";
        }

        if (answer.Kind == EntityKind.Concept && RoleNounAfter().IsMatch(after))
        {
            return "speaker's field";
        }

        if (answer.Kind == EntityKind.Concept && !answer.Text.Contains(' ', StringComparison.Ordinal) && ArticleBefore().IsMatch(before) &&
            WordAfter().Match(after) is { Success: true } noun && !Words.StopWords.Contains(noun.Groups["noun"].Value))
        {
            // "the clearest sign yet that the _____ country is trying …" (landlocked): a word that describes the noun after it.
            return "describing word";
        }

        if (answer.Kind is EntityKind.Quantity && (DayRangeAfter().IsMatch(after) || ProvisionBefore().IsMatch(before)))
        {
            return "day or provision number";
        }

        if (answer.Kind is EntityKind.Quantity && SuperlativeAfter().IsMatch(after))
        {
            return "ranking count";
        }

        if (answer.Kind is EntityKind.Quantity && ListedAfter().IsMatch(after))
        {
            return "count of a list that follows";
        }

        if (answer.Kind is EntityKind.Quantity && (RoughBefore().IsMatch(before) || RoughAfter().IsMatch(after)))
        {
            return "rough count";
        }

        if (answer.Kind is EntityKind.Quantity && SourcesAfter().IsMatch(after))
        {
            return "count of sources";
        }

        if (answer.Kind is not (EntityKind.Person or EntityKind.Country or EntityKind.City) && !answer.IsNumeric &&
            (ChannelBefore().IsMatch(before) && ClauseEndAfter().IsMatch(after) || CommaBefore().IsMatch(before) && ReportingVerbAfter().IsMatch(after)))
        {
            return "channel of a claim";
        }

        if (answer.Kind is EntityKind.Organisation or EntityKind.Name && PublicationBefore().IsMatch(before))
        {
            return "publication of a text";
        }

        if (answer.Kind is EntityKind.Organisation or EntityKind.Name && AffiliationBefore().IsMatch(before) && Speech().IsMatch(text[sentence.Start..sentence.End]))
        {
            return "speaker's affiliation";
        }

        if (EndsWithInitial().IsMatch(answer.Text) && after.StartsWith(". ", StringComparison.Ordinal) && after.Length > 2 && char.IsUpper(after[2]))
        {
            return "first name without the surname";
        }

        if (answer.Kind is EntityKind.Date or EntityKind.Month &&
            (RemarkBefore().IsMatch(before) || RemarkAfterOpening().IsMatch(after) && before.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 2))
        {
            return "date of a remark";
        }

        var phrase = SupersededBefore().Match(before);
        var tail = after.Split([',', ';', '—'], 2)[0];
        if (answer.IsNumeric && (phrase.Success && (EstimateWord().IsMatch(phrase.Value) || EstimateWord().IsMatch(tail)) || EarlierAfter().IsMatch(after)))
        {
            return "superseded figure";
        }

        return null;
    }

    /// <summary>
    /// "former _____ countries" for "Soviet", "_____ communities" for "Middle Eastern", "_____ media" for "English-language":
    /// the answer is an adjective of the noun after it (a demonym's form, a language compound, or a word such as "Soviet"),
    /// so the blank asks for a description, and several fit.
    /// </summary>
    private static bool DescribesTheNounAfter(string answer, string after)
    {
        var noun = WordAfter().Match(after);
        if (!noun.Success || Words.StopWords.Contains(noun.Groups["noun"].Value))
        {
            return false;
        }

        var last = answer[(answer.LastIndexOf(' ') + 1)..];
        return AdjectivalNames.Contains(last) || LanguageCompound().IsMatch(last) || EntityRecognizer.LooksLikeDemonym(last);
    }
}
