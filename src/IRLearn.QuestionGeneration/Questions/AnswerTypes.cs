using System.Text.RegularExpressions;
using IRLearn.QuestionGeneration.Entities;
using IRLearn.QuestionGeneration.Gazetteer;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Questions;

/// <summary>
/// Classifies an option's text into the kind of thing it names. The gate uses it to prove that every
/// distractor is of the answer's kind (year ↔ year, country ↔ country) without trusting the generator.
/// </summary>
public static partial class AnswerTypes
{
    [GeneratedRegex(@"^(?:1[5-9][0-9]{2}|20[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex YearText();

    [GeneratedRegex(@"^[0-9]+(?:\.[0-9]+)?\s?(?:%|percent|per cent)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PercentText();

    [GeneratedRegex(@"^(?:US\$|\$|€|£|¥)|\b(?:dollars|euros|pounds|yuan|rubles|roubles|tenge|rupees)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MoneyText();

    [GeneratedRegex(@"^(?:[0-9,.]+|(?!one\b)(?:" + WordPatterns.Unit + ")|" + WordPatterns.Teen + "|" + WordPatterns.Tens + @"|a dozen|dozens|hundreds|thousands|millions|billions)(?:[- ](?:" + WordPatterns.Unit + @"))?(?:\s(?:" + WordPatterns.Scale + "))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex QuantityText();

    [GeneratedRegex(@"\b(?:" + WordPatterns.OrganisationHead + @"|Corridor)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OrganisationText();

    [GeneratedRegex(@"^(?:[0-9][0-9,.]*|an?|several|a few|a couple of|(?:(?:" + WordPatterns.Tens + ")-)?(?:" + WordPatterns.Unit + "|" + WordPatterns.Teen + "|" + WordPatterns.Tens + @"|hundred))(?: and a half)?[ -](?:years?|months?|weeks?|days?|hours?|decades?|minutes?|centuries|century)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DurationText();

    [GeneratedRegex("^(?:" + WordPatterns.Month + ")$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthText();

    [GeneratedRegex(@"\b(?:" + WordPatterns.TreatyHead + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex TreatyText();

    public static string Classify(string option) => Classify(option, IrGazetteer.Default);

    public static string Classify(string option, IrGazetteer gazetteer)
    {
        var text = option.Trim();
        if (text.StartsWith("the ", StringComparison.Ordinal) && text.Length > 4 && char.IsUpper(text[4]))
        {
            // "the UK" among "Sweden" and "the Netherlands": the article an option carries is not part of its kind.
            text = text[4..];
        }

        if (text is "True" or "False")
        {
            return "boolean";
        }

        if (YearText().IsMatch(text))
        {
            return "year";
        }

        if (PercentText().IsMatch(text))
        {
            return "percent";
        }

        if (DurationText().IsMatch(text))
        {
            return "duration";
        }

        if (MonthText().IsMatch(text))
        {
            return "month";
        }

        var date = Numbers.MatchDate(text);
        if (date.Success && date.Length == text.Length)
        {
            return "date";
        }

        if (MoneyText().IsMatch(text))
        {
            return "money";
        }

        if (QuantityText().IsMatch(text))
        {
            return "quantity";
        }

        if (gazetteer.TryLookup(text, out var hit))
        {
            return hit.Kind switch
            {
                GazetteerKind.Country => "country",
                GazetteerKind.City => "city",
                GazetteerKind.Organisation => "organisation",
                GazetteerKind.Region => "region",
                _ => "treaty",
            };
        }

        if (TreatyText().IsMatch(text))
        {
            return "treaty";
        }

        if (OrganisationText().IsMatch(text))
        {
            return "organisation";
        }

        if (text.Length > 1 && text.All(c => char.IsUpper(c) || char.IsDigit(c)))
        {
            // Acronyms the gazetteer does not know are overwhelmingly organisations in IR writing.
            return "organisation";
        }

        return char.IsUpper(text[0]) ? "name" : "phrase";
    }

    /// <summary>The class an entity kind's options must classify as.</summary>
    public static string Expected(EntityKind kind) => kind switch
    {
        EntityKind.Year => "year",
        EntityKind.Date => "date",
        EntityKind.Percent => "percent",
        EntityKind.Money => "money",
        EntityKind.Quantity => "quantity",
        EntityKind.Country => "country",
        EntityKind.City => "city",
        EntityKind.Region => "region",
        EntityKind.Organisation => "organisation",
        EntityKind.Treaty => "treaty",
        EntityKind.Concept => "phrase",
        EntityKind.Duration => "duration",
        EntityKind.Month => "month",
        EntityKind.Age => "quantity",
        _ => "name",
    };
}
