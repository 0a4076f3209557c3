using System.Diagnostics;

namespace IRLearn.Tools.SignalRLoad;

/// <summary>One grade: when its request was sent and answered, and when each open connection first heard of it (null: never).</summary>
public sealed record Round(long Sent, long Acknowledged, IReadOnlyList<long?> Receipts, IReadOnlyList<long?> Refreshes)
{
    public int Received => Receipts.Count(r => r is not null);

    public int RefreshedCount => Refreshes.Count(r => r is not null);

    public double RefreshLastMs => Refreshes.Max(r => r is { } at ? Milliseconds(Sent, at) : 0);

    /// <summary>When each board had its page again, from the grade request: what a student watching the board waits.</summary>
    public IEnumerable<double> RefreshedFromRequestMs => Refreshes.OfType<long>().Select(at => Milliseconds(Sent, at));

    public double AcknowledgedMs => Milliseconds(Sent, Acknowledged);

    public double LastMs => Receipts.Max(r => r is { } at ? Milliseconds(Sent, at) : 0);

    /// <summary>From the grade request being sent: the grade is committed within the request, so this is an upper bound of the time from the grade.</summary>
    public IEnumerable<double> FromRequestMs => Receipts.OfType<long>().Select(at => Milliseconds(Sent, at));

    /// <summary>From the request's answer: negative when the message came first (the server sends it before it answers).</summary>
    public IEnumerable<double> AfterAcknowledgementMs => Receipts.OfType<long>().Select(at => Milliseconds(Acknowledged, at));

    public RoundFigures Figures()
    {
        var fromRequest = FromRequestMs.Order().ToList();
        return new RoundFigures(Received, AcknowledgedMs, Report.Percentile(fromRequest, 0.50), LastMs);
    }

    public static double Milliseconds(long from, long to) => (to - from) * 1000.0 / Stopwatch.Frequency;
}

/// <summary>The figures load.py prints: every (connection, grade) pair is one expected delivery.</summary>
public sealed record Report(
    int Asked,
    int Open,
    double OpenSeconds,
    int Grades,
    int Expected,
    int Received,
    int WithinOneSecond,
    double P50Ms,
    double P99Ms,
    double MaxMs,
    double AcknowledgedMedianMs,
    double AfterAcknowledgementP99Ms,
    int Extra,
    int Closed,
    int FailedToOpen,
    string? FirstFailure,
    IReadOnlyList<RoundFigures> EachGrade,
    BoardFetches? Refresh)
{
    public static Report From(BoardListeners boards, double openSeconds, IReadOnlyList<Round> rounds)
    {
        var fromRequest = rounds.SelectMany(r => r.FromRequestMs).Order().ToList();
        var afterAcknowledgement = rounds.SelectMany(r => r.AfterAcknowledgementMs).Order().ToList();
        return new Report(
            boards.Asked,
            rounds[0].Receipts.Count,
            openSeconds,
            rounds.Count,
            rounds.Sum(r => r.Receipts.Count),
            fromRequest.Count,
            fromRequest.Count(ms => ms <= 1000),
            Percentile(fromRequest, 0.50),
            Percentile(fromRequest, 0.99),
            fromRequest.Count > 0 ? fromRequest[^1] : double.NaN,
            Percentile([.. rounds.Select(r => r.AcknowledgedMs).Order()], 0.50),
            Percentile(afterAcknowledgement, 0.99),
            boards.Extra,
            boards.Closed,
            boards.Failures.Count,
            boards.Failures.Count > 0 ? boards.Failures[0] : null,
            [.. rounds.Select(r => r.Figures())],
            boards.Refreshes ? BoardFetches.From(rounds, boards.RefreshFailed) : null);
    }

    /// <summary>The same rank as load.py's: the value at index floor(n·q) of the sorted list.</summary>
    internal static double Percentile(List<double> sorted, double q) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)(sorted.Count * q))];
}

/// <summary>One grade's own figures, to tell a slow first grade from a slow fan-out.</summary>
public sealed record RoundFigures(int Received, double AcknowledgedMs, double P50Ms, double LastMs);

/// <summary>The board pages fetched again after each change (only with a refresh path), from the grade request.</summary>
public sealed record BoardFetches(int Refreshed, int Failed, int WithinOneSecond, double P50Ms, double P99Ms, double MaxMs)
{
    public static BoardFetches From(IReadOnlyList<Round> rounds, int failed)
    {
        var ms = rounds.SelectMany(r => r.RefreshedFromRequestMs).Order().ToList();
        return new BoardFetches(ms.Count, failed, ms.Count(x => x <= 1000), Report.Percentile(ms, 0.50), Report.Percentile(ms, 0.99), ms.Count > 0 ? ms[^1] : double.NaN);
    }
}
