namespace IRLearn.Web.Pages;

/// <summary>
/// How every page writes numbers that people compare across pages: a percentage is "70%" on the gradebook and on the
/// student's result alike, and time left reads the same on the dashboard and the attempt. Enum names are
/// <see cref="Infrastructure.DisplayNames"/>.
/// </summary>
public static class Formats
{
    /// <summary>Up to one decimal, no space before the sign ("70%", "72.5%"); a dash when there is none.</summary>
    public static string Percent(decimal? value) =>
        value is null ? "–" : value.Value.ToString("0.#", CultureInfo.InvariantCulture) + "%";

    /// <summary>Time left in the largest unit that matters: "18 min left", "3 h 5 min left", "2 days left"; under a minute says so.</summary>
    public static string TimeLeft(TimeSpan left) => left switch
    {
        { TotalMinutes: < 1 } => "less than a minute left",
        { TotalHours: < 1 } => $"{(int)left.TotalMinutes} min left",
        { TotalHours: < 48 } => left.Minutes == 0 ? $"{(int)left.TotalHours} h left" : $"{(int)left.TotalHours} h {left.Minutes} min left",
        _ => $"{(int)left.TotalDays} days left",
    };
}
