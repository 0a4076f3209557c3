using IRLearn.Application.Common.Interfaces;
using IRLearn.Cli.Generate;
using IRLearn.Cli.Quality;
using IRLearn.Infrastructure.Documents;
using IRLearn.Infrastructure.Persistence;
using IRLearn.QuestionGeneration;

namespace IRLearn.Cli;

/// <summary>
/// The whole tool behind <c>Main</c>: parse, run, map to an exit code. Output writers are passed in
/// so tests run it in-process and see exactly what a user would.
/// </summary>
public static class CliApplication
{
    public static Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken) =>
        RunAsync(args, stdout, stderr, new DocumentReader(), new ArticleGenerator(), cancellationToken);

    public static async Task<int> RunAsync(
        IReadOnlyList<string> args,
        TextWriter stdout,
        TextWriter stderr,
        IDocumentReader reader,
        IArticleGenerator generator,
        CancellationToken cancellationToken)
    {
        switch (CommandLine.Parse(args))
        {
            case HelpRequested:
                await stdout.WriteLineAsync(CommandLine.Usage);
                return ExitCodes.Ok;

            case UsageError error:
                await stderr.WriteLineAsync($"irlearn: {error.Message}");
                await stderr.WriteLineAsync(CommandLine.Usage);
                return ExitCodes.Usage;

            case GenerateRequest request:
                return await CancellableAsync(() => new GenerateCommand(reader, generator, stdout, stderr).RunAsync(request, cancellationToken), stderr, cancellationToken);

            case QualityReportRequest request:
                return await QualityAsync(() => new ReportCommand(reader, new ArticleGenerator(), stdout).RunAsync(request, cancellationToken), stderr, cancellationToken);

            case QualityFitRequest request:
                return await QualityAsync(() => new FitCommand(reader, stdout).RunAsync(request, cancellationToken), stderr, cancellationToken);

            case BackupRequest backup:
                return await CancellableAsync(
                    async () => await ReportAsync(
                        await SqliteBackup.BackupAsync(backup.DatabasePath, backup.BackupPath, cancellationToken),
                        $"backed up '{backup.DatabasePath}' to '{backup.BackupPath}'",
                        stdout,
                        stderr),
                    stderr,
                    cancellationToken);

            case RestoreRequest restore:
                return await CancellableAsync(
                    async () => await ReportAsync(
                        await SqliteBackup.RestoreAsync(restore.BackupPath, restore.DatabasePath, TimeProvider.System.GetUtcNow(), cancellationToken),
                        $"restored '{restore.DatabasePath}' from '{restore.BackupPath}'",
                        stdout,
                        stderr),
                    stderr,
                    cancellationToken);

            default:
                throw new InvalidOperationException("A parsed command line has no handler.");
        }
    }

    private static async Task<int> CancellableAsync(Func<Task<int>> run, TextWriter stderr, CancellationToken cancellationToken)
    {
        try
        {
            return await run();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await stderr.WriteLineAsync("irlearn: cancelled");
            return ExitCodes.Cancelled;
        }
    }

    private static async Task<int> ReportAsync(BackupResult result, string done, TextWriter stdout, TextWriter stderr)
    {
        if (!result.Succeeded)
        {
            await stderr.WriteLineAsync($"irlearn: {result.Error}");
            return ExitCodes.BadInput;
        }

        await stdout.WriteLineAsync($"{done} ({result.Bytes:N0} bytes, integrity checked)");
        return ExitCodes.Ok;
    }

    /// <summary>The quality commands read files the user named: a missing or malformed one is bad input, said plainly.</summary>
    private static Task<int> QualityAsync(Func<Task<int>> run, TextWriter stderr, CancellationToken cancellationToken) =>
        CancellableAsync(
            async () =>
            {
                try
                {
                    return await run();
                }
                catch (Exception ex) when (ex is IOException or FormatException or System.Text.Json.JsonException or InvalidDataException or UnauthorizedAccessException or KeyNotFoundException)
                {
                    await stderr.WriteLineAsync($"irlearn: {ex.Message}");
                    return ExitCodes.BadInput;
                }
            },
            stderr,
            cancellationToken);
}
