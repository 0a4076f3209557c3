using IRLearn.Cli.Generate;

namespace IRLearn.Cli;

/// <summary>What the command line asked for: a command to run, the usage text, or a usage error.</summary>
public abstract record ParsedCommandLine;

public sealed record HelpRequested : ParsedCommandLine;

public sealed record UsageError(string Message) : ParsedCommandLine;

public sealed record GenerateRequest(string FilePath, OutputFormat Format) : ParsedCommandLine;

/// <summary>
/// A hand-written parser: one command with one option does not justify a parsing library, and this
/// keeps the tool trim-safe and its error messages under our control.
/// </summary>
public static class CommandLine
{
    public const string Usage = """
        usage: irlearn generate <file> [--format json|text]

        Turns an article (.txt, .md, .html, .pdf or .docx) into a lesson and a question bank.

          --format, -f   json (default): one JSON document on standard output
                         text: a readable view of the lesson and its questions
          --help, -h     show this help

        Diagnostics go to standard error. Exit codes: 0 ok, 1 bad input file,
        2 bad command line, 3 the generator failed.
        """;

    public static ParsedCommandLine Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0)
        {
            return new UsageError("no command given");
        }

        if (args[0] is "--help" or "-h" or "help")
        {
            return new HelpRequested();
        }

        return args[0] == "generate"
            ? ParseGenerate(args.Skip(1).ToList())
            : new UsageError($"unknown command '{args[0]}'");
    }

    private static ParsedCommandLine ParseGenerate(List<string> args)
    {
        string? file = null;
        var format = OutputFormat.Json;
        var optionsEnded = false;

        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!optionsEnded && arg.StartsWith('-') && arg.Length > 1)
            {
                if (arg == "--")
                {
                    optionsEnded = true;
                    continue;
                }

                if (arg is "--help" or "-h")
                {
                    return new HelpRequested();
                }

                var (name, inlineValue) = SplitOption(arg);
                if (name is not ("--format" or "-f"))
                {
                    return new UsageError($"unknown option '{name}'");
                }

                var value = inlineValue ?? (i + 1 < args.Count ? args[++i] : null);
                if (value is null)
                {
                    return new UsageError("--format needs a value: json or text");
                }

                if (!TryParseFormat(value, out format))
                {
                    return new UsageError($"unknown format '{value}'; use json or text");
                }

                continue;
            }

            if (file is not null)
            {
                return new UsageError($"only one file can be given, but got '{file}' and '{arg}'");
            }

            file = arg;
        }

        return file is null
            ? new UsageError("generate needs a file")
            : new GenerateRequest(file, format);
    }

    private static (string Name, string? Value) SplitOption(string arg)
    {
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? (arg, null) : (arg[..equals], arg[(equals + 1)..]);
    }

    private static bool TryParseFormat(string value, out OutputFormat format)
    {
        switch (value.ToLowerInvariant())
        {
            case "json":
                format = OutputFormat.Json;
                return true;
            case "text":
                format = OutputFormat.Text;
                return true;
            default:
                format = default;
                return false;
        }
    }
}
