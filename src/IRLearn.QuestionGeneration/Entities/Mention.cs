using IRLearn.QuestionGeneration.Gazetteer;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Entities;

public enum EntityKind
{
    Year,
    Date,
    Percent,
    Money,
    Quantity,
    Country,
    City,
    Region,
    Organisation,
    Treaty,
    Person,
    Name,
    Concept,

    /// <summary>A length of time: "seven years", "48 hours", "about a month", "an 18-year insurgency".</summary>
    Duration,

    /// <summary>A month named without a day: "in June", "since March".</summary>
    Month,

    /// <summary>A person's age: "Yoon, 63, a former prosecutor".</summary>
    Age,
}

/// <summary>
/// One recognised entity or number in the cleaned text. <see cref="Key"/> is its canonical form
/// (the gazetteer name, a person's full name, a number's text), so aliases compare equal.
/// </summary>
public sealed record Mention(EntityKind Kind, TextRange Range, string Text, string Key)
{
    /// <summary>The gazetteer entry behind the mention, when there is one.</summary>
    public GazetteerHit? Hit { get; init; }

    /// <summary>The numeric value of a year, percentage, amount or count.</summary>
    public decimal? Value { get; init; }

    public bool IsNumeric => Kind is EntityKind.Year or EntityKind.Date or EntityKind.Percent or EntityKind.Money or EntityKind.Quantity or
        EntityKind.Duration or EntityKind.Month or EntityKind.Age;

    public bool IsNamed => Kind is EntityKind.Country or EntityKind.City or EntityKind.Region or EntityKind.Organisation or EntityKind.Treaty or EntityKind.Person or EntityKind.Name;
}
