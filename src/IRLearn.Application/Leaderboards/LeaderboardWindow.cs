namespace IRLearn.Application.Leaderboards;

/// <summary>Which graded first attempts a board counts, by when they were submitted.</summary>
public enum LeaderboardWindow
{
    AllTime,
    Term,
    Week,
}

public static class LeaderboardWindows
{
    /// <summary>"This term" without a league term start: long enough for a semester, short enough to forget last year.</summary>
    public static readonly TimeSpan DefaultTerm = TimeSpan.FromDays(16 * 7);

    /// <summary>
    /// The first instant the window counts, or null for all time. A week starts on Monday 00:00 UTC;
    /// a term starts at <paramref name="termStartsAt"/> when the league sets one, else 16 weeks ago.
    /// </summary>
    public static DateTimeOffset? Since(LeaderboardWindow window, DateTimeOffset now, DateTimeOffset? termStartsAt = null)
    {
        var utc = now.ToUniversalTime();
        return window switch
        {
            LeaderboardWindow.Week => new DateTimeOffset(utc.Date, TimeSpan.Zero).AddDays(-(((int)utc.DayOfWeek + 6) % 7)),
            LeaderboardWindow.Term => termStartsAt ?? utc - DefaultTerm,
            _ => null,
        };
    }

    /// <summary>Reads "week", "term" or "allTime" in any case; null or empty is all time. Numbers and unknown names are refused.</summary>
    public static bool TryParse(string? text, out LeaderboardWindow window)
    {
        window = LeaderboardWindow.AllTime;
        return string.IsNullOrEmpty(text)
            || (!char.IsAsciiDigit(text[0]) && text[0] != '-' && Enum.TryParse(text, ignoreCase: true, out window) && Enum.IsDefined(window));
    }

    public static string Label(LeaderboardWindow window) => window switch
    {
        LeaderboardWindow.Week => "This week",
        LeaderboardWindow.Term => "This term",
        _ => "All time",
    };
}
