using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;

namespace IRLearn.Web.Infrastructure;

/// <summary>How an instant is written on a page.</summary>
public enum WhenStyle
{
    /// <summary>Weekday, date with year, time: "Fri 4 Dec 2026, 17:00".</summary>
    DateTime,

    /// <summary>Weekday, date, time, no year: "Fri 4 Dec, 17:00" (dashboards, this term's work).</summary>
    ShortDateTime,

    /// <summary>"4 Dec 2026".</summary>
    Date,

    /// <summary>"4 Dec".</summary>
    ShortDate,

    /// <summary>"17:00".</summary>
    Time,

    /// <summary>"17:00:05" (when an answer was saved).</summary>
    TimeWithSeconds,
}

/// <summary>
/// The reader's clock and calendar (ADR 17): instants are stored and decided in UTC, and every page writes them in the
/// reader's time zone (the browser's, which site.js keeps in the <see cref="CookieName"/> cookie) and in the date
/// order and clock of the reader's region (English, as the interface is: en-US "Dec 4, 5:00 PM", en-GB or en-DE
/// "4 Dec, 17:00"). Until the zone is known (no JavaScript, or the very first page) times are UTC and say so. Date
/// and time inputs are read in the same zone, so a deadline typed as 17:00 is 17:00 where the instructor is.
/// Only display uses <see cref="Culture"/>: model binding and stored values stay culture-invariant.
/// </summary>
public sealed partial class ReaderTime
{
    public const string CookieName = "irlearn-tz";

    private static readonly CultureInfo DefaultCulture = CultureInfo.GetCultureInfo("en-GB");

    private readonly Dictionary<WhenStyle, string> _patterns;

    public ReaderTime(TimeZoneInfo zone, CultureInfo culture)
    {
        Zone = zone;
        Culture = culture;
        _patterns = Patterns(culture.DateTimeFormat);
    }

    /// <summary>UTC in the default English culture: what a reader who has told nothing gets.</summary>
    public static ReaderTime Utc { get; } = new(TimeZoneInfo.Utc, DefaultCulture);

    public TimeZoneInfo Zone { get; }

    public CultureInfo Culture { get; }

    /// <summary>True until the reader's zone is known, or when it is UTC itself (UTC, Etc/UTC): every time then says "UTC".</summary>
    public bool IsUtc => Zone.BaseUtcOffset == TimeSpan.Zero && !Zone.SupportsDaylightSavingTime;

    /// <summary>What a date input's label says its value is in: "UTC" or "your time, Asia/Tokyo".</summary>
    public string ZoneLabel => IsUtc ? "UTC" : $"your time, {Zone.Id}";

    /// <summary>The reader of this request: the zone from the cookie (UTC when absent or unknown), the culture from Accept-Language.</summary>
    public static ReaderTime From(HttpContext? context)
    {
        if (context is null)
        {
            return Utc;
        }

        var raw = context.Request.Cookies[CookieName];
        var zone = ZoneOf(raw is not null && raw.Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(raw) : raw);
        return new ReaderTime(zone, CultureOf(LanguageTags(context.Request)));
    }

    /// <summary>An IANA (or Windows) zone id the system knows; anything else, however hostile, is UTC.</summary>
    public static TimeZoneInfo ZoneOf(string? id) =>
        !string.IsNullOrWhiteSpace(id) && id.Length <= 64 && ZoneId().IsMatch(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
            ? zone
            : TimeZoneInfo.Utc;

    /// <summary>English in the reader's region: the first language tag that is English with a region, or whose region has an English culture.</summary>
    public static CultureInfo CultureOf(IEnumerable<string> languageTags)
    {
        foreach (var tag in languageTags)
        {
            if (Known(tag) is not { IsNeutralCulture: false } culture)
            {
                continue;
            }

            if (culture.TwoLetterISOLanguageName == "en")
            {
                return culture;
            }

            var region = culture.Name[(culture.Name.LastIndexOf('-') + 1)..];
            if (region.Length == 2 && Known($"en-{region}") is { } english)
            {
                return english;
            }
        }

        return DefaultCulture;
    }

    // Accept-Language by preference; a header that does not parse says nothing.
    private static List<string> LanguageTags(HttpRequest request)
    {
        try
        {
            return [.. request.GetTypedHeaders().AcceptLanguage
                .OrderByDescending(l => l.Quality ?? 1)
                .Select(l => l.Value.Value ?? string.Empty)];
        }
        catch (FormatException)
        {
            return [];
        }
    }

    /// <summary>The instant on the reader's clock.</summary>
    public DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The instant as text in the reader's zone and culture, with " UTC" while the zone is unknown.</summary>
    public string Text(DateTimeOffset instant, WhenStyle style = WhenStyle.DateTime) =>
        Local(instant).ToString(_patterns[style], Culture) + (IsUtc ? " UTC" : string.Empty);

    public string Text(DateTimeOffset? instant, WhenStyle style = WhenStyle.DateTime) =>
        instant is { } value ? Text(value, style) : "–";

    /// <summary>
    /// A &lt;time&gt; element: the exact UTC instant in datetime (and as a tooltip), the reader's text inside, and the style
    /// for site.js, which localises the text in place on a page written before the reader's zone was known.
    /// </summary>
    public IHtmlContent Html(DateTimeOffset instant, WhenStyle style = WhenStyle.DateTime)
    {
        var utc = instant.ToUniversalTime();
        var encoder = HtmlEncoder.Default;
        return new HtmlString(
            $"<time datetime=\"{utc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)}\" title=\"{encoder.Encode(Utc.Text(utc, style))}\" data-when=\"{style}\" data-zone=\"{encoder.Encode(Zone.Id)}\">{encoder.Encode(Text(instant, style))}</time>");
    }

    public IHtmlContent Html(DateTimeOffset? instant, WhenStyle style = WhenStyle.DateTime) =>
        instant is { } value ? Html(value, style) : new HtmlString("–");

    /// <summary>The value for a datetime-local input: the instant on the reader's clock, to the minute.</summary>
    public DateTime? ToInput(DateTimeOffset? instant) =>
        instant is { } value ? DateTime.SpecifyKind(Local(value).DateTime, DateTimeKind.Unspecified) : null;

    /// <summary>
    /// A datetime-local input read on the reader's clock. A time the clocks skip (spring forward) is taken as the
    /// same clock time after the jump; a time they pass twice (fall back) as its first, standard-time reading.
    /// </summary>
    public DateTimeOffset? FromInput(DateTime? local)
    {
        if (local is not { } value)
        {
            return null;
        }

        var clock = DateTime.SpecifyKind(value, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(clock))
        {
            var gap = Zone.GetAdjustmentRules().Select(r => r.DaylightDelta.Duration()).DefaultIfEmpty(TimeSpan.FromHours(1)).Max();
            clock = clock.Add(gap);
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(clock, Zone), TimeSpan.Zero);
    }

    private static Dictionary<WhenStyle, string> Patterns(DateTimeFormatInfo format)
    {
        // The long date without its weekday, with short month names: en-US "MMM d, yyyy", en-GB "d MMM yyyy".
        var date = Weekday().Replace(format.LongDatePattern, string.Empty).Replace("MMMM", "MMM", StringComparison.Ordinal).Trim(' ', ',');
        var shortDate = Year().Replace(date, string.Empty).Trim(' ', ',');
        var time = format.ShortTimePattern;
        return new Dictionary<WhenStyle, string>
        {
            [WhenStyle.DateTime] = $"ddd {date}, {time}",
            [WhenStyle.ShortDateTime] = $"ddd {shortDate}, {time}",
            [WhenStyle.Date] = date,
            [WhenStyle.ShortDate] = shortDate,
            [WhenStyle.Time] = time,
            [WhenStyle.TimeWithSeconds] = format.LongTimePattern,
        };
    }

    private static CultureInfo? Known(string name)
    {
        try
        {
            return string.IsNullOrWhiteSpace(name) || name == "*" ? null : CultureInfo.GetCultureInfo(name, predefinedOnly: true);
        }
        catch (ArgumentException)
        {
            // CultureNotFoundException, or a name with characters no culture name has.
            return null;
        }
    }

    [GeneratedRegex(@"^[A-Za-z0-9_+\-]+(/[A-Za-z0-9_+\-]+){0,2}$")]
    private static partial Regex ZoneId();

    [GeneratedRegex(@"d{4}[,.]?\s*")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"[,\s]*y+[,\s]*")]
    private static partial Regex Year();
}
