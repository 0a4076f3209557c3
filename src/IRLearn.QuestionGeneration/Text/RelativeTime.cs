using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using IRLearn.QuestionGeneration.Analysis;
using IRLearn.QuestionGeneration.Entities;

namespace IRLearn.QuestionGeneration.Text;

/// <summary>
/// Times a student cannot place without the article's date: "on Tuesday", "last year", "this month", "18 months ago", "months ago",
/// "In June". With the publication date they become absolute ("on 11 October 2022", "in 2021", "in October 2022",
/// "18 months before May 2019", "In June 2022"); without it a stem that holds one is refused. "Recent" and "recently"
/// are dropped either way ("a recent trip" is "a trip"). Quotations are the speaker's words and are left alone.
/// </summary>
public static partial class RelativeTime
{
    private const string PastVerb = "[a-z]+ed|said|told|met|held|signed|made|took|gave|began|won|lost";

    [GeneratedRegex(@"\b(?:(?<prep>[Oo]n|[Bb]y|[Ss]ince|[Uu]ntil|[Ff]rom|[Ll]ast|[Tt]his|[Nn]ext|[Ee]arly|[Ll]ate)\s+)?(?:(?<early>early|late)\s+)?(?<weekday>" + WordPatterns.Weekday + @")(?:\s+(?<part>morning|afternoon|evening|night))?\b(?<aside>\s+\((?:[0-9]{1,2}\s+(?:" + WordPatterns.Month + @")|(?:" + WordPatterns.Month + @")\s+[0-9]{1,2})\))?(?!,?\s+(?:[0-9]|" + WordPatterns.Month + @"))", RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayPhrase();

    [GeneratedRegex(@"(?<!\b[Tt]he\s)\b(?<lead>(?:[Ee]arlier|[Ll]ater)\s+)?(?<which>[Tt]his|[Ll]ast|[Nn]ext)\s+(?<unit>year|month|week)(?<poss>[’']s)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex CalendarPhrase();

    // "six months ago", "roughly a year ago", and with no amount at all, "months ago".
    [GeneratedRegex(@"\b(?:(?<hedge>(?:about|around|roughly|nearly|almost|some|more than|less than|just|only)\s+)?(?<amount>[0-9]+|an?|" + WordPatterns.Unit + "|" + WordPatterns.Teen + "|" + WordPatterns.Tens + @"|several|a few)\s+(?<unit>days?|weeks?|months?|years?|decades?)|(?<unit>days|weeks|months|years|decades))\s+ago\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AgoPhrase();

    [GeneratedRegex(@"\b(?<word>[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow)\b(?!’s|'s)", RegexOptions.CultureInvariant)]
    private static partial Regex DayWord();

    [GeneratedRegex(@"\b(?<word>[Tt]his|[Ll]ast|[Nn]ext)\s+(?<month>" + WordPatterns.Month + @")\b(?!\s+[0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex NamedMonth();

    [GeneratedRegex(@"\b(?<prep>in|In|since|Since|by|By|until|Until|from|From|during|During|of|early|late|mid-)\s+(?:(?<when>early|late|mid-)\s*)?(?<month>" + WordPatterns.Month + @")\b(?![\s,]*[0-9])(?!-)", RegexOptions.CultureInvariant)]
    private static partial Regex BareMonth();

    // "The next year, …", "the following month", "the same day": relative to a time the stem may not hold.
    [GeneratedRegex(@"\b[Tt]he\s+(?:next|following|previous|preceding|same)\s+(?:day|week|month|year|decade)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NarrativeTime();

    [GeneratedRegex(@"^(?:Currently|Now(?! that\b)|At present|So far|As of now|As it stands)(?:,\s*|\s+)(?:in\s+(?:1[5-9]|20)[0-9]{2},\s*)?(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex OpeningNow();

    // "Assange is currently being held at …", "the talks have now stalled": a present state, true as of the article's date.
    [GeneratedRegex(@"\b(?:is|are|has|have|remains?)\s+(?<adverb>currently|presently|now)\s+(?!that\b|and\b|or\b|as\b)(?=\p{L})|\b(?<adverb>currently|presently)\s+(?=(?:is|are|has|have|holds?|hosts?|faces?|controls?|employs?|remains?)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex MidClauseNow();

    [GeneratedRegex(@"\b(?:who|which|that|where|whose)\s+(?:\S+\s+){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeClauseBefore();

    // "the current national security adviser", "the current foreign minister": an office held as of the article.
    [GeneratedRegex(@"\b[Tt]he current(?=\s+(?:[\p{L}-]+\s+){0,3}(?:president|prime minister|premier|chancellor|minister|secretary|adviser|advisor|ambassador|envoy|governor|mayor|speaker|chair|chairman|chairwoman|chief|head|leader|director|commander|king|queen|monarch|pope|spokes(?:man|woman|person))\b)", RegexOptions.CultureInvariant)]
    private static partial Regex CurrentOffice();

    // "its latest estimates", "the latest figures": a release the article reports, which a later reader cannot place.
    [GeneratedRegex(@"\b(?:its|their|the|his|her)\s+(?<latest>latest|most recent|newest)\s+(?=(?:economic\s+|growth\s+|quarterly\s+|annual\s+|monthly\s+)?(?:estimates?|forecasts?|projections?|outlook|figures|data|survey|poll|report|statistics)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex LatestRelease();

    // "Lam's recent trip", "the most recent talks", "has recently said": recent as of the article, which a later reader
    // cannot place. Not a span of time ("in recent years") or a comparison ("the more recent").
    [GeneratedRegex(@"(?<!\bmore\s)\b(?:most\s+)?recent(?:ly)?\s+(?=[\p{L}_])(?!(?:years?|months?|weeks?|days?|decades?|history|memory|times|past)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex RecentWord();

    // The words that open a sentence in lower case once "As of …," goes before them.
    [GeneratedRegex(@"^(?:The|A|An|It|Its|This|These|Those|That|There|They|Their|He|His|She|Her|We|Our|Some|Many|Most|More|Several|Both|All|Each|Every|No|Only|Fewer|About|Nearly|Almost|Over|Under)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CommonOpener();

    [GeneratedRegex(@"\b(?:1[5-9]|20)[0-9]{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex AnyYear();

    [GeneratedRegex(@"\b(?:will|would|is to|are to|set to|is due|are due|scheduled|expected to|(?:is|are) expected|plans? to|planned|next|upcoming|ahead of)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FutureCue();

    [GeneratedRegex(@"\b(?:" + PastVerb + @"|will \w+)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex EventBefore();

    // A past verb right before the time ("said", "announced", "was signed"), not one a future frames ("will be held",
    // "is expected").
    [GeneratedRegex(@"(?<!\b(?:will|would|to|shall|may|might|could|is|are|be)\s+(?:be\s+|have\s+(?:been\s+)?)?)\b(?!(?:expected|scheduled|planned|slated|due)\b)(?:" + PastVerb + @"|spoke|wrote|sent|left|came|went)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex PastEventBefore();

    [GeneratedRegex(@"\b(?:said|says|told|announced|added|wrote|argued|warned|tweeted|stated|noted|declared|in a (?:speech|statement|interview|letter|post|briefing))\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex SpokenBefore();

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly FrozenSet<string> Weekdays = Lexicon.Default.Set(StringComparer.OrdinalIgnoreCase, "weekdays");

    public static bool IsWeekday(string word) => Weekdays.Contains(word);

    /// <summary>
    /// The stem with every relative time made absolute against <paramref name="published"/>; the stem unchanged when it
    /// holds none; null when it holds one and the date is unknown, or one that cannot be resolved at all. With
    /// <paramref name="timeIsIncidental"/> (the blank is a name, which no time frame changes) an unknown date drops the
    /// time instead: "met last February in Hanoi" asks as well as "met in Hanoi".
    /// </summary>
    public static string? Resolve(string stem, DateOnly? published, bool timeIsIncidental = false)
    {
        var quoted = Words.QuotedSpans(stem);
        var edits = new List<(int Start, int Length, string Replacement)>();
        var future = FutureCue().IsMatch(stem);
        var unresolvable = false;

        // Every edit leaves quotations alone and never overlaps another: the first one claimed wins.
        bool Free(int start, int length) =>
            !quoted.Any(q => q.Contains(start)) && !edits.Any(e => start < e.Start + e.Length && e.Start < start + length);

        void Edit(Match match, Func<DateOnly, string> replacement)
        {
            if (!Free(match.Index, match.Length))
            {
                return;
            }

            if (published is not { } date)
            {
                // Without the date, a time that only says when someone spoke can go ("said on Tuesday that", "in a speech
                // last week"); any other leaves the stem unanswerable.
                if (SpokenBefore().IsMatch(stem.AsSpan(0, match.Index)) && match.Groups["weekday"].Success | match.Groups["unit"].Value == "week")
                {
                    edits.Add((match.Index, match.Length, string.Empty));
                }
                else if (timeIsIncidental && match.Index > 0 && char.IsLetter(stem[match.Index - 2]) && stem[match.Index - 1] == ' ' &&
                    !match.Groups["poss"].Success && (match.Index + match.Length == stem.Length || stem[match.Index + match.Length] == ' '))
                {
                    // Mid-clause, between words: the clause reads whole without it. A fronted time ("Last May, …") is left.
                    edits.Add((match.Index, match.Length, string.Empty));
                }
                else
                {
                    unresolvable = true;
                }

                return;
            }

            var text = replacement(date);
            if (match.Index == 0 || stem[..match.Index].TrimEnd().EndsWith(':') || stem[..match.Index].TrimEnd().EndsWith('“'))
            {
                text = char.ToUpperInvariant(text[0]) + text[1..];
            }

            edits.Add((match.Index, match.Length, text));
        }

        if (published is not null && OpeningNow().Match(stem) is { Success: true } now)
        {
            // "Currently, the envoy is in Lima", "Now he faces 18 charges", "So far, in 2022, …": true as of the article's date.
            Edit(now, date => "As of " + MonthYear(date) + ", ");
        }
        else if (published is { } asOf && !stem.StartsWith("As of ", StringComparison.Ordinal) &&
            MidClauseNow().Match(stem) is { Success: true } state && !quoted.Any(q => q.Start < state.Index) &&
            !RelativeClauseBefore().IsMatch(stem.AsSpan(0, state.Index)))
        {
            // Only a main clause's state, and not after a quotation: "As of …," would date the quoted words or the wrong clause.
            // "Assange is currently being held at _____" asks "As of November 2019, Assange is being held at _____".
            var adverb = state.Groups["adverb"];
            var opener = CommonOpener().Match(stem);
            edits.Add((0, opener.Length, "As of " + MonthYear(asOf) + ", " + stem[..opener.Length].ToLowerInvariant()));
            edits.Add((adverb.Index, adverb.Length + 1, string.Empty));
        }

        foreach (Match match in CurrentOffice().Matches(stem))
        {
            // "John Roe, the current national security adviser": the office he held then, which the stem need not date.
            if (Free(match.Index, match.Length))
            {
                edits.Add((match.Index, match.Length, match.Value[0] + "he then"));
            }
        }

        foreach (Match match in LatestRelease().Matches(stem))
        {
            // "In its latest estimates, the fund …": the release the article reports, dated by the article.
            // Not one still to come ("is set to release its latest forecast").
            var latest = match.Groups["latest"];
            if (published is { } issued && Free(latest.Index, latest.Length) && !FutureCue().IsMatch(stem.AsSpan(0, match.Index)))
            {
                edits.Add((latest.Index, latest.Length, MonthYear(issued)));
            }
        }

        foreach (Match match in RecentWord().Matches(stem))
        {
            // The statement holds without the word: "Lam's trip to Beijing", "Obama also declared". "a recent attack" loses
            // its article's consonant with it: "an attack". After the release edits, which date "its most recent estimates".
            var next = match.Index + match.Length;
            var article = match.Index >= 2 && stem[match.Index - 2] is 'a' or 'A' && stem[match.Index - 1] == ' ' &&
                (match.Index == 2 || !char.IsLetter(stem[match.Index - 3])) && "aeiouAEIOU".Contains(stem[next], StringComparison.Ordinal);
            var start = article ? match.Index - 2 : match.Index;
            if (Free(start, next - start))
            {
                edits.Add((start, next - start, article ? stem[start] + "n " : string.Empty));
            }
        }

        foreach (Match match in NarrativeTime().Matches(stem))
        {
            // "The next year, the Taliban released …" needs the year it counts from in the stem itself.
            if (!quoted.Any(q => q.Contains(match.Index)) && !AnyYear().IsMatch(stem.AsSpan(0, match.Index)))
            {
                return null;
            }
        }

        foreach (Match match in CalendarPhrase().Matches(stem))
        {
            Edit(match, date => Calendar(match, date));
        }

        foreach (Match match in AgoPhrase().Matches(stem))
        {
            Edit(match, date =>
            {
                var unit = match.Groups["unit"].Value.TrimEnd('s').ToLowerInvariant();
                var anchor = unit is "day" or "week" ? Day(date) : unit == "month" ? MonthYear(date) : date.Year.ToString(Invariant);
                return match.Value[..^" ago".Length] + " before " + anchor;
            });
        }

        foreach (Match match in NamedMonth().Matches(stem))
        {
            Edit(match, date =>
            {
                var month = Numbers.MonthIndex(match.Groups["month"].Value) + 1;
                var which = match.Groups["word"].Value.ToLowerInvariant();
                var year = which switch
                {
                    "last" => month < date.Month ? date.Year : date.Year - 1,
                    "next" => month > date.Month ? date.Year : date.Year + 1,
                    _ => month <= date.Month || !future ? date.Year : date.Year,
                };
                return "in " + match.Groups["month"].Value + " " + year.ToString(Invariant);
            });
        }

        foreach (Match match in BareMonth().Matches(stem))
        {
            if (published is null)
            {
                // "in September" without the article's date stays as written: vaguer, but no less true.
                continue;
            }

            Edit(match, date =>
            {
                var year = YearOfMonth(Numbers.MonthIndex(match.Groups["month"].Value) + 1, date, stem, match.Groups["month"].Index);
                return match.Value + " " + year.ToString(Invariant);
            });
        }

        foreach (Match match in WeekdayPhrase().Matches(stem))
        {
            // "announced Friday that talks will resume": the weekday belongs to the verb before it, not to the future later on.
            var past = PastEventBefore().IsMatch(stem.AsSpan(0, match.Index));
            Edit(match, date => WeekdayPhraseFor(match, date, future && !past));
        }

        foreach (Match match in DayWord().Matches(stem))
        {
            var word = match.Groups["word"].Value.ToLowerInvariant();
            if (word == "today" && !EventBefore().IsMatch(stem.AsSpan(0, match.Index)))
            {
                // "Today, China is …", "a tariff of 35 percent today": nowadays, not a date. Only "said today", "voted today" is one.
                continue;
            }

            Edit(match, date => word switch
            {
                "yesterday" => "on " + Day(date.AddDays(-1)),
                "tomorrow" => "on " + Day(date.AddDays(1)),
                "tonight" => "on the night of " + Day(date),
                _ => "on " + Day(date),
            });
        }

        if (unresolvable)
        {
            return null;
        }

        if (edits.Count == 0)
        {
            return stem;
        }

        var builder = new StringBuilder(stem.Length + 32);
        var position = 0;
        foreach (var (start, length, replacement) in edits.OrderBy(e => e.Start))
        {
            builder.Append(stem, position, start - position);
            // "on on Tuesday" cannot arise: a preposition before a weekday is part of the match; "said on 11 October" reads well.
            builder.Append(replacement);
            position = start + length;
        }

        builder.Append(stem, position, stem.Length - position);
        return Words.CollapseSpace(builder.ToString().Replace(" in in ", " in ", StringComparison.Ordinal).Replace(" on on ", " on ", StringComparison.Ordinal));
    }

    /// <summary>
    /// "In April, the envoy announced that the government would …": a month fronted before its clause belongs to that clause's
    /// verb, and a past verb there (before any future, and not inside a relative clause) makes it a past month.
    /// </summary>
    private static bool FrontedBeforePastVerb(string stem, int at)
    {
        var comma = stem.IndexOf(", ", at, StringComparison.Ordinal);
        if (comma < 0 || stem.AsSpan(0, at).Trim().Length > "In early".Length)
        {
            return false;
        }

        var clause = stem[(comma + 2)..];
        var futureAt = FutureCue().Match(clause) is { Success: true } cue ? cue.Index : clause.Length;
        return ClausePastVerb().Match(clause[..futureAt]) is { Success: true } verb && !RelativeWord().IsMatch(clause.AsSpan(0, verb.Index));
    }

    [GeneratedRegex(@"\b(?:" + PastVerb + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClausePastVerb();

    [GeneratedRegex(@"\b(?:that|which|who|whose|whom)\b", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeWord();

    /// <summary>
    /// The year a month named without one most likely falls in: the last such month, or the next when the stem speaks of the
    /// future, unless the month belongs to a past event ("said in March that the plant would open", at <paramref name="at"/>).
    /// </summary>
    public static int YearOfMonth(int month, DateOnly published, string stem, int at = -1)
    {
        var past = at >= 0 && (PastEventBefore().IsMatch(PrepositionAtEnd().Replace(stem[..at], string.Empty)) || FrontedBeforePastVerb(stem, at) ||
            PastParticipleNear().IsMatch(stem.AsSpan(0, at)));
        var future = !past && FutureCue().IsMatch(stem);
        return future ? (month >= published.Month ? published.Year : published.Year + 1) : (month <= published.Month ? published.Year : published.Year - 1);
    }

    [GeneratedRegex(@"\b(?:in|since|by|until|from|of|during)\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PrepositionAtEnd();

    // "a duty imposed on textiles in September": a past verb or participle a few words before the month's preposition, with
    // no modal, "to" or clause break between them, dates the month to the past even when the sentence speaks of the future.
    [GeneratedRegex(@"(?<!\b(?:will|would|to|shall|may|might|could|is|are|be)\s+(?:be\s+|have\s+(?:been\s+)?)?)\b(?!(?:expected|scheduled|planned|slated|due|needed)\b)(?:" + PastVerb + @")\s+(?:(?!(?:will|would|shall|to|and|or|but|that|which|who|next|upcoming)\b)[\p{L}’'-]+\s+){1,4}(?:in|during|since)\s+(?:(?:early|late|mid-)\s*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PastParticipleNear();

    private static string Calendar(Match match, DateOnly date)
    {
        var which = match.Groups["which"].Value.ToLowerInvariant();
        var unit = match.Groups["unit"].Value;
        var lead = match.Groups["lead"].Success ? match.Groups["lead"].Value.Trim().ToLowerInvariant() + " in " : "in ";
        var possessive = match.Groups["poss"].Success;
        var shift = which switch { "last" => -1, "next" => 1, _ => 0 };
        string when;
        switch (unit)
        {
            case "year":
                when = (date.Year + shift).ToString(Invariant);
                break;
            case "month":
                when = MonthYear(date.AddMonths(shift));
                break;
            default:
                var monday = date.AddDays(-(((int)date.DayOfWeek + 6) % 7)).AddDays(7 * shift);
                when = possessive ? "the week of " + Day(monday) : "the week of " + Day(monday);
                break;
        }

        return possessive ? when + "’s" : lead + when;
    }

    private static string WeekdayPhraseFor(Match match, DateOnly date, bool future)
    {
        var target = ArticleDate.WeekdayIndex(match.Groups["weekday"].Value)!.Value;
        var today = ((int)date.DayOfWeek + 6) % 7;
        var prep = match.Groups["prep"].Success ? match.Groups["prep"].Value.ToLowerInvariant() : string.Empty;
        int offset;
        if (prep == "next" || future && prep != "last")
        {
            offset = (target - today + 7) % 7;
            offset = offset == 0 && prep == "next" ? 7 : offset;
        }
        else
        {
            offset = -((today - target + 7) % 7);
            offset = offset == 0 && prep == "last" ? -7 : offset;
        }

        var day = Day(date.AddDays(offset));
        var part = match.Groups["part"].Success ? "the " + match.Groups["part"].Value + " of " : string.Empty;
        var early = match.Groups["early"].Success ? match.Groups["early"].Value + " " : prep is "early" or "late" ? prep + " " : string.Empty;
        var lead = prep is "by" or "since" or "until" or "from" ? prep + " " : "on ";
        return early + lead + part + day;
    }

    private static string Day(DateOnly date) => date.Day.ToString(Invariant) + " " + Numbers.MonthNames[date.Month - 1] + " " + date.Year.ToString(Invariant);

    private static string MonthYear(DateOnly date) => Numbers.MonthNames[date.Month - 1] + " " + date.Year.ToString(Invariant);
}
