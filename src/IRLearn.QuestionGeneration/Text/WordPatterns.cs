namespace IRLearn.QuestionGeneration.Text;

/// <summary>
/// The lexicon's lists as regex alternations, for patterns in [GeneratedRegex], which must be compile-time constants and
/// so cannot read Data/lexicon.json. One fragment per list, used by every pattern that needs the list; a test proves each
/// fragment names exactly the words of its <see cref="Lexicon"/> entry, so the two cannot drift.
/// </summary>
public static class WordPatterns
{
    /// <summary>Lexicon "months".</summary>
    public const string Month = "January|February|March|April|May|June|July|August|September|October|November|December";

    /// <summary>Lexicon "monthAbbreviations" ("Sept" before "Sep").</summary>
    public const string MonthAbbreviation = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

    /// <summary>Lexicon "honorifics".</summary>
    public const string Honorific = "Mr|Mrs|Ms|Miss";

    /// <summary>Lexicon "weekdays".</summary>
    public const string Weekday = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    /// <summary>Lexicon "numberWords" from one to nine.</summary>
    public const string Unit = "one|two|three|four|five|six|seven|eight|nine";

    /// <summary>Lexicon "numberWords" from ten to nineteen.</summary>
    public const string Teen = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";

    /// <summary>Lexicon "numberWords" from twenty to ninety, the tens.</summary>
    public const string Tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";

    /// <summary>Lexicon "scales".</summary>
    public const string Scale = "hundred|thousand|million|billion|trillion";

    /// <summary>Lexicon "organisationHeads".</summary>
    public const string OrganisationHead =
        "Organization|Organisation|Union|Council|Conference|Association|Alliance|Bank|Fund|Agency|Commission|Forum|Community|Court|" +
        "Assembly|Parliament|Ministry|Institute|Party|Group|Programme|Program|Committee|Movement|Federation|League|Secretariat|Office|" +
        "Authority|Initiative|Cooperation|Co-operation|Partnership|Board|Congress|Senate|Coalition|Corporation|Company|Foundation|" +
        "University|Centre|Center|Department|Service|Forces|Army|Navy|Bureau|Network|Dialogue|Summit|Area|Zone|Market|Mechanism|International|Watch";

    /// <summary>Lexicon "treatyHeads".</summary>
    public const string TreatyHead = "Treaty|Agreement|Accord|Accords|Convention|Protocol|Pact|Compact|Charter|Declaration|Memorandum|Resolution|Act";
}
