using System.Text.Json;

namespace IRLearn.Cli.Quality;

/// <summary>
/// One input document of a labelled corpus. <see cref="Article"/> groups the forms of one article (a page's .txt and
/// .html), so cross-validation holds them out together.
/// </summary>
public sealed record CorpusDocument(
    string Article,
    string Path,
    string Format,
    IReadOnlyList<LabelledFact> Facts,
    IReadOnlyList<string> Boilerplate,
    int? BodyWords);

/// <summary>
/// Reads the two labelled corpora the engine is measured on. A real-news folder holds NN-slug.txt and .html pages with
/// facts.json (facts with answer variants and anchors, and each page's boilerplate strings) and body-paragraphs.json
/// (which paragraphs of each .txt are body); seed/articles holds NN-slug.txt with NN-slug.facts.json (one answer and one
/// evidence string per fact, read as a one-variant, one-anchor fact).
/// </summary>
public static class QualityCorpus
{
    public const string FactsFile = "facts.json";

    public static bool IsRealNews(string directory) => File.Exists(System.IO.Path.Combine(directory, FactsFile));

    public static List<CorpusDocument> LoadRealNews(string directory, IReadOnlyCollection<string> formats)
    {
        ArgumentNullException.ThrowIfNull(formats);
        using var facts = JsonDocument.Parse(File.ReadAllText(System.IO.Path.Combine(directory, FactsFile)));
        var bodyPath = System.IO.Path.Combine(directory, "body-paragraphs.json");
        using var body = File.Exists(bodyPath) ? JsonDocument.Parse(File.ReadAllText(bodyPath)) : null;
        var documents = new List<CorpusDocument>();
        foreach (var page in facts.RootElement.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            var article = System.IO.Path.GetFileNameWithoutExtension(page.Name);
            var pageFacts = page.Value.GetProperty("facts").EnumerateArray()
                .Select(f => new LabelledFact(f.GetProperty("id").GetString()!, Strings(f.GetProperty("answers")), Strings(f.GetProperty("anchors"))))
                .ToList();
            var boilerplate = page.Value.TryGetProperty("boilerplate", out var strings) ? Strings(strings) : [];
            var textPath = System.IO.Path.Combine(directory, page.Name);
            int? bodyWords = body is not null && body.RootElement.GetProperty("files").TryGetProperty(page.Name, out var labels) && File.Exists(textPath)
                ? BodyWords(File.ReadAllText(textPath), labels.GetProperty("body").EnumerateArray().Select(i => i.GetInt32()))
                : null;
            foreach (var format in formats)
            {
                var path = System.IO.Path.Combine(directory, article + "." + format);
                if (File.Exists(path))
                {
                    documents.Add(new CorpusDocument(article, path, format, pageFacts, boilerplate, bodyWords));
                }
            }
        }

        return documents;
    }

    public static List<CorpusDocument> LoadSeed(string directory)
    {
        var documents = new List<CorpusDocument>();
        foreach (var path in Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal))
        {
            var factsPath = System.IO.Path.ChangeExtension(path, ".facts.json");
            if (!File.Exists(factsPath))
            {
                continue;
            }

            using var facts = JsonDocument.Parse(File.ReadAllText(factsPath));
            var list = facts.RootElement.GetProperty("facts").EnumerateArray()
                .Select(f => new LabelledFact(f.GetProperty("id").GetString()!, [f.GetProperty("answer").GetString()!], [f.GetProperty("evidence").GetString()!]))
                .ToList();
            documents.Add(new CorpusDocument("seed/" + System.IO.Path.GetFileNameWithoutExtension(path), path, "txt", list, [], null));
        }

        return documents;
    }

    /// <summary>Words in the labelled body paragraphs (paragraphs are separated by one blank line; trailing newlines ignored), as the scorer counts them.</summary>
    public static int BodyWords(string text, IEnumerable<int> bodyParagraphs)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paragraphs = text.TrimEnd('\n').Split("\n\n");
        return bodyParagraphs.Where(i => i >= 0 && i < paragraphs.Length)
            .Sum(i => paragraphs[i].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
    }

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();
}
