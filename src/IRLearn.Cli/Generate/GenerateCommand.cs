using System.Diagnostics;
using System.Globalization;
using IRLearn.Application.Common.Interfaces;
using IRLearn.QuestionGeneration;

namespace IRLearn.Cli.Generate;

/// <summary>
/// <c>irlearn generate &lt;file&gt;</c>: read the document, run the generator, print the result.
/// Standard output carries only the result, so it can be piped into a JSON tool; everything else
/// goes to standard error as one line per event.
/// </summary>
public sealed class GenerateCommand(IDocumentReader reader, IArticleGenerator generator, TextWriter stdout, TextWriter stderr)
{
    public async Task<int> RunAsync(GenerateRequest request, CancellationToken cancellationToken)
    {
        var path = request.FilePath;
        if (Directory.Exists(path))
        {
            return await BadInputAsync($"{path}: is a directory, not a file");
        }

        if (!File.Exists(path))
        {
            return await BadInputAsync($"{path}: file not found");
        }

        DocumentReadResult document;
        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 81920, useAsync: true);
            document = await reader.ReadAsync(stream, Path.GetFileName(path), cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return await BadInputAsync($"{path}: cannot be opened ({ex.Message})");
        }

        if (!document.Succeeded)
        {
            return await BadInputAsync($"{path}: {document.Error!.Message}");
        }

        await LogAsync($"read {Path.GetFileName(path)}: {document.Text!.Length} characters, title {(document.Title is null ? "not found" : $"\"{document.Title}\"")}");

        GenerationResult result;
        var stopwatch = Stopwatch.StartNew();
        try
        {
            result = generator.Generate(document.Text, document.Title);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The input was accepted, so this is the engine's fault: say so plainly, with the type,
            // which is what a bug report needs (and what tells "not implemented yet" apart).
            await stderr.WriteLineAsync($"irlearn: the question generator failed on {Path.GetFileName(path)}: {ex.GetType().Name}: {ex.Message}");
            return ExitCodes.EngineFailure;
        }

        await LogAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"generated {result.Questions.Count} questions (and {result.MoreCandidates.Count} more candidates), removed {result.Removed.Count} boilerplate blocks in {stopwatch.Elapsed.TotalMilliseconds:0.0} ms"));

        if (request.Format == OutputFormat.Text)
        {
            await stdout.WriteAsync(TextReport.Render(result));
        }
        else
        {
            await stdout.WriteLineAsync(GenerationJson.Serialize(GenerationMapper.ToDto(result)));
        }

        await stdout.FlushAsync(cancellationToken);
        return ExitCodes.Ok;
    }

    private async Task<int> BadInputAsync(string message)
    {
        await stderr.WriteLineAsync($"irlearn: {message}");
        return ExitCodes.BadInput;
    }

    private Task LogAsync(string message) => stderr.WriteLineAsync($"irlearn: {message}");
}
