using System.Diagnostics;

namespace IRLearn.Interop.Tests.Support;

/// <summary>
/// Runs the validators in <c>tools/interop-validators</c> (npm) and Debian's <c>xmllint</c>. Where one is missing the
/// test is skipped with the install hint on a developer machine, but fails under CI (<c>IRLEARN_CI=1</c>, set by
/// .ci/run), so a broken install cannot turn the check off unseen.
/// </summary>
public static class ExternalTools
{
    public const string InstallHint = "Install the validators: `npm ci --prefix tools/interop-validators` (Node.js 18 or later) and `apt-get install libxml2-utils`.";

    public static string ToolsFolder { get; } = Path.Combine(RepositoryRoot(), "tools", "interop-validators");

    public static bool Required => Environment.GetEnvironmentVariable("IRLEARN_CI") is "1" or "true";

    /// <summary>Skips (or, under CI, fails) unless node and the npm packages are installed.</summary>
    public static void RequireNodePackages()
    {
        if (Which("node") is null)
        {
            Missing("Node.js (`node`) is not on PATH.");
        }

        if (!Directory.Exists(Path.Combine(ToolsFolder, "node_modules", "gift-pegjs")) || !Directory.Exists(Path.Combine(ToolsFolder, "node_modules", "@citolab", "qti-convert")))
        {
            Missing($"The npm packages are not installed in {ToolsFolder}.");
        }
    }

    public static void RequireXmllint()
    {
        if (Which("xmllint") is null)
        {
            Missing("xmllint is not on PATH.");
        }
    }

    /// <summary>Runs a program to its end (at most three minutes) and returns its exit code, output and errors.</summary>
    public static (int ExitCode, string Output, string Error) Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = ToolsFolder };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} did not finish within three minutes.");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    private static void Missing(string what)
    {
        if (Required)
        {
            Assert.Fail($"{what} IRLEARN_CI is set, so a missing validator is a failure. {InstallHint}");
        }

        Assert.Skip($"{what} {InstallHint}");
    }

    private static string? Which(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IRLearn.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (IRLearn.sln) was not found above the test binaries.");
    }
}
