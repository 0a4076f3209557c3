namespace IRLearn.Cli;

/// <summary>The process exit codes; scripts branch on them, so they never change meaning.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The input file is missing, empty, unreadable, binary, not English or of an unsupported kind.</summary>
    public const int BadInput = 1;

    /// <summary>The command line itself is wrong; usage is printed.</summary>
    public const int Usage = 2;

    /// <summary>The input was fine but the question generator failed: a bug to report, not a user mistake.</summary>
    public const int EngineFailure = 3;

    /// <summary>Interrupted with Ctrl+C; 128 + SIGINT, as shells report it.</summary>
    public const int Cancelled = 130;
}
