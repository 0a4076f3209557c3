using IRLearn.Cli.Generate;

namespace IRLearn.Cli;

/// <summary>What the command line asked for: a command to run, the usage text, or a usage error.</summary>
public abstract record ParsedCommandLine;

public sealed record HelpRequested : ParsedCommandLine;

public sealed record UsageError(string Message) : ParsedCommandLine;

public sealed record GenerateRequest(string FilePath, OutputFormat Format) : ParsedCommandLine;

/// <summary>An online backup of the SQLite database at <paramref name="DatabasePath"/> into a new file.</summary>
public sealed record BackupRequest(string DatabasePath, string BackupPath) : ParsedCommandLine;

/// <summary>Puts a backup in place of the database (server stopped); the replaced database is kept aside.</summary>
public sealed record RestoreRequest(string BackupPath, string DatabasePath) : ParsedCommandLine;

public sealed record QualityReportRequest(string Corpus, IReadOnlyList<string> Labels) : ParsedCommandLine;

public sealed record QualityFitRequest(
    string Corpus,
    IReadOnlyList<string> Labels,
    string? Seed,
    string? Out,
    string? LabelsOut,
    double Lambda) : ParsedCommandLine;

/// <summary>
/// A hand-written parser: three commands with a few options each do not justify a parsing library, and this
/// keeps the tool trim-safe and its error messages under our control.
/// </summary>
public static class CommandLine
{
    public const string Usage = """
        usage: irlearn generate <file> [--format json|text]
               irlearn quality report --corpus <dir> [--labels <tsv>...]
               irlearn quality fit --corpus <dir> --labels <tsv>... [--seed <dir>] [--out <model.json>]
                                   [--labels-out <tsv>] [--lambda <number>]
               irlearn backup <database.db> <backup.db>
               irlearn restore <backup.db> <database.db>

        generate: turns an article (.txt, .md, .html, .pdf or .docx) into a lesson and a question bank.
          --format, -f   json (default): one JSON document on standard output
                         text: a readable view of the lesson and its questions

        quality report: generates every page of a labelled corpus (a folder with facts.json, or
          seed/articles) and prints key-fact recall, boilerplate questions, bank size and the judges'
          verdicts on the bank (--labels). A missing corpus folder is reported and is not an error.

        quality fit: regenerates the corpus (and --seed articles), joins judge labels by question key,
          fits the quality and key-fact models, prints leave-one-article-out figures, writes the
          models (--out) and the merged labels as key, label, reason (--labels-out).

        backup: copies the live SQLite database (the server may keep running) into a new,
          integrity-checked file with SQLite's online backup API; never overwrites a file.

        restore: replaces the database with a checked backup; stop the server first. The replaced
          database is kept as <database.db>.before-restore-<time>.

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

        return args[0] switch
        {
            "generate" => ParseGenerate(args.Skip(1).ToList()),
            "quality" when args.Count > 1 && args[1] is "report" or "fit" => ParseQuality(args[1], args.Skip(2).ToList()),
            "quality" => new UsageError("quality needs a subcommand: report or fit"),
            "backup" => ParsePair(args, "backup needs the database and a new backup file", (from, to) => new BackupRequest(from, to)),
            "restore" => ParsePair(args, "restore needs the backup file and the database to replace", (from, to) => new RestoreRequest(from, to)),
            _ => new UsageError($"unknown command '{args[0]}'"),
        };
    }

    private static ParsedCommandLine ParsePair(IReadOnlyList<string> args, string usage, Func<string, string, ParsedCommandLine> request)
    {
        if (args.Skip(1).Any(a => a is "--help" or "-h"))
        {
            return new HelpRequested();
        }

        return args.Count == 3 && !args[1].StartsWith('-') && !args[2].StartsWith('-')
            ? request(args[1], args[2])
            : new UsageError(usage);
    }

    private static ParsedCommandLine ParseQuality(string subcommand, List<string> args)
    {
        string? corpus = null, seed = null, output = null, labelsOut = null;
        var labels = new List<string>();
        var lambda = Quality.FitCommand.DefaultLambda;
        for (var i = 0; i < args.Count; i++)
        {
            var (name, inlineValue) = SplitOption(args[i]);
            if (name is "--help" or "-h")
            {
                return new HelpRequested();
            }

            if (name == "--labels")
            {
                // Several files may follow one --labels (a shell glob): take values up to the next option.
                if (inlineValue is not null)
                {
                    labels.Add(inlineValue);
                }

                while (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    labels.Add(args[++i]);
                }

                continue;
            }

            var value = inlineValue ?? (i + 1 < args.Count ? args[++i] : null);
            if (name is not ("--corpus" or "--seed" or "--out" or "--labels-out" or "--lambda") || subcommand == "report" && name != "--corpus")
            {
                return new UsageError($"unknown option '{name}' for quality {subcommand}");
            }

            if (value is null)
            {
                return new UsageError($"{name} needs a value");
            }

            switch (name)
            {
                case "--corpus":
                    corpus = value;
                    break;
                case "--seed":
                    seed = value;
                    break;
                case "--out":
                    output = value;
                    break;
                case "--labels-out":
                    labelsOut = value;
                    break;
                default:
                    if (!double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out lambda) || lambda < 0)
                    {
                        return new UsageError($"--lambda needs a number of at least 0, not '{value}'");
                    }

                    break;
            }
        }

        if (corpus is null)
        {
            return new UsageError($"quality {subcommand} needs --corpus <dir>");
        }

        if (subcommand == "report")
        {
            return new QualityReportRequest(corpus, labels);
        }

        return labels.Count == 0
            ? new UsageError("quality fit needs --labels <tsv>...")
            : new QualityFitRequest(corpus, labels, seed, output, labelsOut, lambda);
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
