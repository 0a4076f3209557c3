using System.Text;

namespace IRLearn.Cli.Quality;

/// <summary>A blind judge's verdict on one question: A (usable as is), B (after a small edit) or C (unacceptable), with a reason code.</summary>
public sealed record QualityLabel(string Key, char Grade, string Reason);

/// <summary>
/// Label files are tab-separated with a header: key, label, reason, and (in the judges' own files) a free-text note.
/// The repository keeps only key, label and reason (tools/quality-model/labels.tsv): the notes paraphrase third-party
/// articles. When a key is labelled twice, the later file wins.
/// </summary>
public static class QualityLabels
{
    public const string Header = "key\tlabel\treason";

    public static Dictionary<string, QualityLabel> Read(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var labels = new Dictionary<string, QualityLabel>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var lineNumber = 0;
            foreach (var line in File.ReadLines(path))
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line) || line.StartsWith("key\t", StringComparison.Ordinal))
                {
                    continue;
                }

                var fields = line.Split('\t');
                if (fields.Length < 2 || fields[0].Length != 16 || fields[1].Trim() is not ("A" or "B" or "C"))
                {
                    throw new FormatException($"{path}:{lineNumber}: expected 'key<TAB>A|B|C<TAB>reason', got '{line}'");
                }

                labels[fields[0]] = new QualityLabel(fields[0], fields[1].Trim()[0], fields.Length > 2 ? fields[2].Trim() : "-");
            }
        }

        return labels;
    }

    public static void Write(string path, IEnumerable<QualityLabel> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var text = new StringBuilder().Append(Header).Append('\n');
        foreach (var label in labels.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            text.Append(label.Key).Append('\t').Append(label.Grade).Append('\t').Append(label.Reason.Length == 0 ? "-" : label.Reason).Append('\n');
        }

        File.WriteAllText(path, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}
