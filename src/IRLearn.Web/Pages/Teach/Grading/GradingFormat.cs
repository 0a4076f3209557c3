namespace IRLearn.Web.Pages.Teach.Grading;

/// <summary>How the grading pages print numbers, times and statuses, so every page says them the same way.</summary>
public static class GradingFormat
{
    public static string Score(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "–";

    public static string Percent(decimal? value) => Formats.Percent(value);

    public static string Duration(TimeSpan? value) => value is null ? "–" : TimeSpent.Format(value.Value);

    public static string Status(CellStatus status) => GradebookRules.Label(status);

    public static string Status(AttemptStatus status) => DisplayNames.Of(status);

    /// <summary>Bootstrap badge classes; the status is always also written as text, never by colour alone.</summary>
    public static string Badge(CellStatus status) => status switch
    {
        CellStatus.NeedsGrading => "text-bg-warning",
        CellStatus.Submitted => "text-bg-info",
        CellStatus.InProgress => "text-bg-secondary",
        CellStatus.Late => "text-bg-danger",
        CellStatus.Graded => "text-bg-success",
        _ => "text-bg-light border",
    };
}
