using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Entities;

/// <summary>Finds years, dates, percentages, amounts of money and counts, and reads their values.</summary>
public static partial class Numbers
{
    public static readonly string[] MonthNames = [.. Lexicon.Default.Words("months")];

    private static readonly FrozenDictionary<string, int> WordValues =
        Lexicon.Default.Values("numberWords", StringComparer.OrdinalIgnoreCase).ToFrozenDictionary(w => w.Key, w => (int)w.Value, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, decimal> Scales = Lexicon.Default.Values("scales", StringComparer.OrdinalIgnoreCase)
        .Concat(Lexicon.Default.Values("scaleAbbreviations", StringComparer.OrdinalIgnoreCase)).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // Words before a four-digit number that make it a year.
    private static readonly FrozenSet<string> YearCues = Lexicon.Default.Set(StringComparer.OrdinalIgnoreCase, "yearCues", "months");

    // Nouns that make a four-digit number a count ("2000 troops").
    private static readonly FrozenSet<string> CountNouns = Lexicon.Default.Set(StringComparer.OrdinalIgnoreCase, "countNouns");

    // A month written out or abbreviated, with or without the full stop: "September", "Sept.", "Sep".
    private const string Month = WordPatterns.Month + "|(?:" + WordPatterns.MonthAbbreviation + @")\.?";

    [GeneratedRegex(@"\b(?:(?<d1>[0-9]{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m1>" + Month + @")(?:,?\s+(?<y1>[0-9]{4}))?(?!\w)|(?<m2>" + Month + @")\s+(?<d2>[0-9]{1,2})(?:st|nd|rd|th)?(?:[-–](?<d2end>[0-9]{1,2})(?![0-9]))?(?:,?\s*(?<y2>[0-9]{4})(?![0-9]|,[0-9]))?(?![0-9])|(?<m3>(?!May\b)(?:" + WordPatterns.Month + @"))\s+(?<y3>[0-9]{4})(?![0-9]))", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"\b(?:the|these|those|both|its|their|all)\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReferringBack();

    [GeneratedRegex(@"(?<![\w.,-])[0-9]+(?:\.[0-9]+)?\s?(?:%|percent\b|per\s+cent\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PercentPattern();

    // "$1,200" groups its thousands; the comma of "$240, seeds and tools" ends the clause, not the figure.
    [GeneratedRegex(@"(?:US\$|\$|€|£|¥)\s?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?(?:\s?(?:million|billion|trillion|bn|tn)\b|(?:m|mn|trn)\b)?|(?<![\w.,-])(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?\s(?:(?:million|billion|trillion)\s)?(?:dollars|euros|pounds|yuan|rubles|roubles|tenge|rupees)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MoneyPattern();

    [GeneratedRegex(@"(?<![\w.,$€£-])(?:1[5-9][0-9]{2}|20[0-9]{2})(?![\w%]|[.,][0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"(?<![\w.,$€£/-])(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+(?:\.[0-9]+)?)(?:\s+(?:" + WordPatterns.Scale + @"))?(?![\w%]|[.,][0-9])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DigitCountPattern();

    [GeneratedRegex(@"\b(?:(?:" + WordPatterns.Tens + ")(?:-(?:" + WordPatterns.Unit + @"))?|(?!one\b)(?:" + WordPatterns.Unit + ")|" + WordPatterns.Teen + @"|a\s+dozen|dozens|hundreds|thousands|millions|billions)(?:\s+(?:" + WordPatterns.Scale + @"))?\b(?=\s+(?:of\s+)?[a-z])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WordCountPattern();

    // "rose threefold", "a fivefold increase": a multiplier is a figure the article states.
    [GeneratedRegex(@"\b(?<n>(?!one)(?:" + WordPatterns.Unit + @")|ten)fold\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MultiplierPattern();

    private const string NumberWord = WordPatterns.Unit + "|" + WordPatterns.Teen + "|" + WordPatterns.Tens + "|hundred";

    private const string TimeUnit = "years?|months?|weeks?|days?|hours?|decades?|minutes?|centuries|century";

    // "seven years", "48 hours", "18-year", "two and a half years"; never "48-year-old" (an age), "a year or two" (no figure)
    // or the "a year" of "a year and a half".
    [GeneratedRegex(@"(?<![\w.,$€£/-])(?<n>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+(?:\.[0-9]+)?|(?:(?:" + WordPatterns.Tens + @")-)?(?:" + NumberWord + @")(?:\s+and\s+a\s+half)?|several|a\s+few|a\s+couple\s+of|(?<article>an?))(?<sep>[ -])(?<unit>" + TimeUnit + @")\b(?!-old|-long\b|\s+or\b|\s+old\b|\s+of\s+age\b|\s+and\s+a\s+half\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DurationPattern();

    // "a month" counts as a length of time only after a word that measures one ("about a month", "for a year", "within a week");
    // "$5 billion a year" is a rate and "a year of war" a phrase.
    [GeneratedRegex(@"\b(?:about|around|nearly|almost|roughly|approximately|just|only|for|within|over|than|after|last|lasts|lasted|take|takes|took|barely|least)\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MeasuresTime();

    // "in June", "since March", "This March", "in early October", "In the beginning of October"; a day or a year after it makes a date instead.
    [GeneratedRegex(@"\b(?:in|since|by|until|till|from|during|through|of|last|this|next|early|late|mid-|before|after)\s+(?:(?:early|late|mid-)\s*)?(?<month>" + WordPatterns.Month + @")\b(?![\s,]*[0-9])(?!-)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MonthPattern();

    // "Yoon, 63, a former chief prosecutor": an age in commas right after a capitalised name.
    // "the 48-year-old Australian" is an age as well, never a count of 48 to ask about.
    [GeneratedRegex(@"(?<=\p{Lu}[\p{L}'’-]+),\s(?<age>[1-9][0-9]),(?=\s)|(?<![\w.,-])(?<age>[1-9][0-9]{0,2})-year-old\b", RegexOptions.CultureInvariant)]
    private static partial Regex AgePattern();

    /// <summary>All numeric mentions of a sentence, non-overlapping, most specific first.</summary>
    public static void Find(string text, TextRange sentence, List<Mention> into)
    {
        var span = sentence.Slice(text);
        foreach (Match match in DatePattern().Matches(span))
        {
            Add(into, sentence.Start, match, EntityKind.Date, null);
        }

        foreach (Match match in MoneyPattern().Matches(span))
        {
            Add(into, sentence.Start, match, EntityKind.Money, ParseQuantity(match.Value));
        }

        foreach (Match match in PercentPattern().Matches(span))
        {
            var digits = match.Value.TakeWhile(c => char.IsDigit(c) || c == '.').ToArray();
            Add(into, sentence.Start, match, EntityKind.Percent, decimal.Parse(new string(digits), CultureInfo.InvariantCulture));
        }

        foreach (Match match in AgePattern().Matches(span))
        {
            var age = match.Groups["age"];
            AddRange(into, sentence.Start + age.Index, age.Value, EntityKind.Age, decimal.Parse(age.Value, CultureInfo.InvariantCulture));
        }

        foreach (Match match in DurationPattern().Matches(span))
        {
            if (match.Groups["article"].Success && !MeasuresTime().IsMatch(span.AsSpan(0, match.Index)))
            {
                continue;
            }

            if (match.Groups["sep"].Value == "-" && !match.Groups["unit"].Value.EndsWith("year", StringComparison.OrdinalIgnoreCase) &&
                !match.Groups["unit"].Value.EndsWith("month", StringComparison.OrdinalIgnoreCase) && !match.Groups["unit"].Value.EndsWith("day", StringComparison.OrdinalIgnoreCase) &&
                !match.Groups["unit"].Value.EndsWith("week", StringComparison.OrdinalIgnoreCase) && !match.Groups["unit"].Value.EndsWith("hour", StringComparison.OrdinalIgnoreCase))
            {
                // "two-decades" is no adjective; "18-year", "48-hour" are.
                continue;
            }

            Add(into, sentence.Start, match, EntityKind.Duration, DurationValue(match));
        }

        foreach (Match match in MonthPattern().Matches(span))
        {
            var month = match.Groups["month"];
            if (month.Value == "May" && span.AsSpan(0, month.Index).TrimEnd().EndsWith("of", StringComparison.Ordinal))
            {
                // "the election of May" could be a person's name as easily as a month.
                continue;
            }

            if (char.IsUpper(month.Value[0]))
            {
                AddRange(into, sentence.Start + month.Index, month.Value, EntityKind.Month, Numbers.MonthIndex(month.Value) + 1);
            }
        }

        foreach (Match match in YearPattern().Matches(span))
        {
            if (IsYearContext(span, match))
            {
                Add(into, sentence.Start, match, EntityKind.Year, decimal.Parse(match.Value, CultureInfo.InvariantCulture));
            }
        }

        foreach (Match match in DigitCountPattern().Matches(span))
        {
            if (match.Value.Length == 4 && !match.Value.Contains(',', StringComparison.Ordinal) && !FollowedByCountNoun(span, match))
            {
                // A bare four-digit number outside year context is ambiguous; ask nothing about it.
                continue;
            }

            Add(into, sentence.Start, match, EntityKind.Quantity, ParseQuantity(match.Value));
        }

        foreach (Match match in MultiplierPattern().Matches(span))
        {
            Add(into, sentence.Start, match, EntityKind.Quantity, ParseQuantity(match.Groups["n"].Value));
        }

        foreach (Match match in WordCountPattern().Matches(span))
        {
            if (ReferringBack().IsMatch(span.AsSpan(0, match.Index)))
            {
                // "the two countries" points back at something; it is not a figure worth asking about.
                continue;
            }

            Add(into, sentence.Start, match, EntityKind.Quantity, ParseQuantity(match.Value));
        }
    }

    private static void Add(List<Mention> into, int offset, Match match, EntityKind kind, decimal? value) =>
        AddRange(into, offset + match.Index, match.Value, kind, value);

    private static void AddRange(List<Mention> into, int start, string value, EntityKind kind, decimal? number)
    {
        var range = new TextRange(start, value.Length);
        foreach (var existing in into)
        {
            if (existing.Range.Overlaps(range))
            {
                return;
            }
        }

        into.Add(new Mention(kind, range, value, Words.Normalize(value)) { Value = number });
    }

    /// <summary>A duration in its own unit: "seven years" = 7, "about a month" = 1, "two and a half years" = 2.5.</summary>
    private static decimal? DurationValue(Match match)
    {
        var amount = match.Groups["n"].Value;
        if (match.Groups["article"].Success)
        {
            return 1;
        }

        var half = amount.EndsWith("half", StringComparison.OrdinalIgnoreCase) ? 0.5m : 0;
        var whole = half > 0 ? amount[..amount.IndexOf(" and", StringComparison.OrdinalIgnoreCase)] : amount;
        return ParseQuantity(whole) is { } value ? value + half : null;
    }

    private static bool IsYearContext(string span, Match match)
    {
        if (FollowedByCountNoun(span, match))
        {
            return false;
        }

        var before = span[..match.Index].TrimEnd();
        if (before.EndsWith('(') || before.EndsWith('–') || before.EndsWith('-') || before.EndsWith("mid-", StringComparison.Ordinal))
        {
            return true;
        }

        var wordStart = before.Length;
        while (wordStart > 0 && char.IsLetter(before[wordStart - 1]))
        {
            wordStart--;
        }

        var previousWord = before[wordStart..];
        if (previousWord.Length == 0)
        {
            // "2022 saw ..." at the start of a sentence, or after a comma: a year when a capital or verb follows.
            return match.Index == 0 || before.EndsWith(',');
        }

        return YearCues.Contains(previousWord);
    }

    private static bool FollowedByCountNoun(string span, Match match)
    {
        var rest = span.AsSpan(match.Index + match.Length).TrimStart();
        var end = 0;
        while (end < rest.Length && char.IsLetter(rest[end]))
        {
            end++;
        }

        return end > 0 && CountNouns.Contains(rest[..end].ToString());
    }

    // The abbreviations a figure takes in news copy: "$3bn", "£48m", "€1.2tn".
    private static readonly (string Suffix, decimal Value)[] ScaleSuffixes =
        [("trn", 1_000_000_000_000m), ("tn", 1_000_000_000_000m), ("bn", 1_000_000_000m), ("mn", 1_000_000m), ("m", 1_000_000m)];

    /// <summary>Reads "1,400", "2.5 million", "five billion", "$3bn", "$48m", "US$1tn" as a number.</summary>
    public static decimal? ParseQuantity(string text)
    {
        decimal? value = null;
        decimal scale = 1;
        foreach (var raw in text.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Replace("US", string.Empty, StringComparison.Ordinal).Trim('$', '€', '£', '¥', ',');
            var suffixScale = 1m;
            foreach (var (suffix, suffixValue) in ScaleSuffixes)
            {
                if (word.Length > suffix.Length && word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && char.IsDigit(word[^(suffix.Length + 1)]))
                {
                    suffixScale = suffixValue;
                    word = word[..^suffix.Length];
                    break;
                }
            }

            if (decimal.TryParse(word.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
            {
                value = (value ?? 0) + (number * suffixScale);
            }
            else if (WordValues.TryGetValue(word, out var wordValue) && !Scales.ContainsKey(word))
            {
                value = (value ?? 0) + wordValue;
            }
            else if (Scales.TryGetValue(word.TrimEnd('s'), out var s) || Scales.TryGetValue(word, out s))
            {
                if (value is null)
                {
                    value = s;
                }
                else
                {
                    scale *= s;
                }
            }
        }

        return value * scale;
    }

    public static int MonthIndex(string month)
    {
        var trimmed = month.TrimEnd('.');
        for (var i = 0; i < MonthNames.Length; i++)
        {
            if (MonthNames[i].StartsWith(trimmed, StringComparison.OrdinalIgnoreCase) && trimmed.Length >= 3)
            {
                return i;
            }
        }

        return -1;
    }

    public static Match MatchDate(string text) => DatePattern().Match(text);

    public static MatchCollection DatesIn(string text) => DatePattern().Matches(text);

    /// <summary>A date with day, month and year as a calendar date ("Oct. 9, 2018", "19 November 2019"); null otherwise.</summary>
    public static DateOnly? ToDate(Match date)
    {
        var day = date.Groups["d1"].Success ? date.Groups["d1"].Value : date.Groups["d2"].Value;
        var month = date.Groups["m1"].Success ? date.Groups["m1"].Value : date.Groups["m2"].Value;
        var year = date.Groups["y1"].Success ? date.Groups["y1"].Value : date.Groups["y2"].Value;
        if (day.Length == 0 || month.Length == 0 || year.Length == 0 || MonthIndex(month) < 0)
        {
            return null;
        }

        var d = int.Parse(day, CultureInfo.InvariantCulture);
        var m = MonthIndex(month) + 1;
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        return d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;
    }
}
