using IRLearn.Application.Common.Interfaces;
using IRLearn.Cli.Generate;
using IRLearn.Infrastructure.Documents;
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
                try
                {
                    return await new GenerateCommand(reader, generator, stdout, stderr).RunAsync(request, cancellationToken);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    await stderr.WriteLineAsync("irlearn: cancelled");
                    return ExitCodes.Cancelled;
                }

            default:
                throw new InvalidOperationException("A parsed command line has no handler.");
        }
    }
}
