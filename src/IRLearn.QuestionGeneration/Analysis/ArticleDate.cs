using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using IRLearn.QuestionGeneration.Cleaning;
using IRLearn.QuestionGeneration.Entities;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Analysis;

/// <summary>
/// When the article was published, read from a timestamp line ("October 11, 2022", "Published August 14, 2010",
/// "Mar. 3, 2023, 9:15 PM UTC / Updated …", "19 November 2019"), whether the cleaner removed it or kept it. A date inside
/// a caption or a sentence does not count: the line must be little more than the date. Relative times ("on Tuesday",
/// "last year") are turned into absolute ones against it.
/// </summary>
public static partial class ArticleDate
{
    private static readonly IReadOnlyList<string> Weekdays = Lexicon.Default.Words("weekdays");

    private static readonly FrozenSet<string> WeekdayAbbreviations = Lexicon.Default.Set(StringComparer.Ordinal, "weekdayAbbreviations");

    // What a timestamp line may hold besides its date: times, zones, and the words that introduce them.
    [GeneratedRegex(@"\b[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\s*(?:[ap]\.?m\.?|AM|PM)?|\b(?:UTC|GMT|ET|EST|EDT|PST|PDT|BST|CET|CEST)\b|\b(?:Published|Updated|Posted|Last updated|First published|Modified|on|at|By|by)\b|[|/•·,:–—-]", RegexOptions.CultureInvariant)]
    private static partial Regex TimestampFurniture();

    [GeneratedRegex(@"\b(?<y>(?:19|20)[0-9]{2})-(?<m>[0-9]{2})-(?<d>[0-9]{2})(?:T[0-9:.]+(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    private const int MaxSameCycleUpdateDays = 2;

    /// <summary>The publication date, or null when no line of the page looks like a timestamp.</summary>
    public static DateOnly? Find(CleanedArticle article)
    {
        foreach (var line in article.Removed)
        {
            if (FromTimestamp(line) is { } date)
            {
                return date;
            }
        }

        foreach (var block in article.Blocks)
        {
            if (FromTimestamp(block.Range.Slice(article.Text)) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>The first full date of a line that is a timestamp and nothing much else; null otherwise.</summary>
    public static DateOnly? FromTimestamp(string line)
    {
        if (line.Length > 200)
        {
            return null;
        }

        var iso = IsoDate().Match(line);
        DateOnly? date = null;
        var rest = line;
        if (iso.Success && DateOnly.TryParseExact(iso.Value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            rest = IsoDate().Replace(rest, " ");
        }

        foreach (Match match in Numbers.DatesIn(line))
        {
            if (Numbers.ToDate(match) is { } full)
            {
                // "Mar. 3, 2023, 9:15 PM UTC / Updated Mar. 4, 2023": an update within the same news cycle rewrites the
                // text's "Saturday" and "yesterday" as of its own day, so it is the date they count from. A much later
                // update (a correction years on) leaves them as first written.
                date = date is { } first && full > first && full.DayNumber - first.DayNumber <= MaxSameCycleUpdateDays ? full : date ?? full;
                rest = rest.Replace(match.Value, " ", StringComparison.Ordinal);
            }
        }

        if (date is null)
        {
            return null;
        }

        // "ByMalcolm Harris | January 14, 2015": a byline may share the line; a caption or a sentence may not.
        var words = TimestampFurniture().Replace(rest, " ").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !WeekdayIndex(w).HasValue).ToList();
        return words.Count <= 4 && !words.Any(w => char.IsLower(w[0]) && w.Length > 3) ? date : null;
    }

    /// <summary>0 for Monday … 6 for Sunday, or null; a day may be abbreviated ("Thurs.", "Mon").</summary>
    public static int? WeekdayIndex(string word)
    {
        var day = word.TrimEnd(',', '.');
        for (var i = 0; i < Weekdays.Count; i++)
        {
            if (Weekdays[i] == day || WeekdayAbbreviations.Contains(day) && Weekdays[i].StartsWith(day, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return null;
    }
}
