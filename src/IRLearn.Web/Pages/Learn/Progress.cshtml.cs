namespace IRLearn.Web.Pages.Learn;

public sealed class ProgressModel(ISender sender) : PageModel
{
    public const int ChartWidth = 640;
    public const int ChartHeight = 240;
    private const int Left = 40;
    private const int Right = 16;
    private const int Top = 12;
    private const int Bottom = 28;

    public ProgressDto Progress { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Progress = await sender.Send(new GetMyProgressQuery(), cancellationToken);

    /// <summary>Chart coordinates of each score: attempts evenly spaced left to right in time order, 0–100 % bottom to top.</summary>
    public IReadOnlyList<(string X, string Y, ScorePointDto Score)> ChartPoints()
    {
        var scores = Progress.Scores;
        var width = ChartWidth - Left - Right;
        return scores
            .Select((s, i) => (
                Format(Left + (scores.Count == 1 ? width / 2.0 : width * i / (double)(scores.Count - 1))),
                Y(s.Percent),
                s))
            .ToList();
    }

    public static string Y(decimal percent) => Format(Top + ((ChartHeight - Top - Bottom) * (1 - ((double)Math.Clamp(percent, 0, 100) / 100))));

    public static int PlotLeft => Left;

    public static int PlotRight => ChartWidth - Right;

    public static int PlotBottom => ChartHeight - Bottom;

    private static string Format(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
