using System.Text;
using IRLearn.Cli;
using IRLearn.Cli.Quality;
using IRLearn.Infrastructure.Documents;
using IRLearn.QuestionGeneration;
using IRLearn.QuestionGeneration.Questions.Scoring;
using Xunit;

namespace IRLearn.Cli.Tests.Quality;

/// <summary>
/// The quality commands run in-process on a one-article corpus written for these tests (original prose: the real-news
/// corpus is third-party text and stays outside the repository), with the real document reader and engine.
/// </summary>
public sealed class QualityCommandTests : IDisposable
{
    private const string Title = "River Commission Agrees New Water Rules";

    private static readonly string[] Paragraphs =
    [
        Title,
        "Photo: Jane Doe/Agency Images",
        "The Lake Basin Commission agreed new water-sharing rules in Kisumu on 14 March 2021, after four years of talks between its five member states.",
        "Under the deal, Uganda will release at least 1,200 cubic metres of water per second during the dry season, while Kenya and Tanzania will share data from 40 new gauging stations.",
        "Commission chair Amina Okello said the agreement was “a turning point for the basin,” and she urged donors to fund a $300 million monitoring programme.",
        "Sign up for our weekly newsletter about East African affairs",
        "The commission was founded in 2003 and keeps its secretariat in Kisumu. Critics say the rules do not cover irrigation projects in Rwanda.",
    ];

    private readonly TempFiles _files = new();
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();

    public QualityCommandTests()
    {
        Directory.CreateDirectory(Corpus);
        File.WriteAllText(Path.Combine(Corpus, "01-river.txt"), string.Join("\n\n", Paragraphs) + "\n");
        File.WriteAllText(Path.Combine(Corpus, "01-river.html"), "<html><head><title>" + Title + "</title></head><body><article><h1>" + Title + "</h1>" +
            "<figure><figcaption>" + Paragraphs[1] + "</figcaption></figure>" + string.Concat(Paragraphs[2..5].Select(p => "<p>" + p + "</p>")) +
            "<aside>" + Paragraphs[5] + "</aside><p>" + Paragraphs[6] + "</p></article></body></html>");
        File.WriteAllText(Path.Combine(Corpus, "facts.json"), """
            {"01-river.txt": {"facts": [
              {"id": "signed", "answers": ["14 March 2021"], "anchors": ["water-sharing rules"]},
              {"id": "chair", "answers": ["Amina Okello", "Okello"], "anchors": ["Commission chair"]},
              {"id": "founded", "answers": ["2003"], "anchors": ["was founded"]},
              {"id": "stations", "answers": ["40"], "anchors": ["gauging stations"]}],
              "boilerplate": ["Agency Images", "weekly newsletter"]}}
            """);
        File.WriteAllText(Path.Combine(Corpus, "body-paragraphs.json"), """{"files": {"01-river.txt": {"title": 0, "body": [2, 3, 4, 6]}}}""");
    }

    private string Corpus => Path.Combine(_files.Folder, "corpus");

    public void Dispose()
    {
        _files.Dispose();
        _stdout.Dispose();
        _stderr.Dispose();
    }

    private Task<int> RunAsync(params string[] args) =>
        CliApplication.RunAsync(args, _stdout, _stderr, TestContext.Current.CancellationToken);

    /// <summary>The article's questions as the CLI generates them, for labelling by key.</summary>
    private static async Task<GenerationResult> GenerateAsync(string path)
    {
        await using var stream = File.OpenRead(path);
        var read = await new DocumentReader().ReadAsync(stream, Path.GetFileName(path), TestContext.Current.CancellationToken);
        return new ArticleGenerator().Generate(read.Text!, read.Title);
    }

    [Fact]
    public async Task Report_WithoutTheCorpusFolder_SaysSoAndPasses()
    {
        var exit = await RunAsync("quality", "report", "--corpus", Path.Combine(_files.Folder, "absent"));

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("nothing to measure (passes)", _stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_OnACorpus_PrintsOneRowPerDocumentAndTotals_AndJoinsLabelsByKey()
    {
        var generated = await GenerateAsync(Path.Combine(Corpus, "01-river.txt"));
        var labels = _files.Write("labels.tsv", Encoding.UTF8.GetBytes($"key\tlabel\treason\tnote\n{QuestionKey.Compute(generated.Questions[0])}\tA\t-\tfine as is\n"));

        var exit = await RunAsync("quality", "report", "--corpus", Corpus, "--labels", labels);

        Assert.Equal(ExitCodes.Ok, exit);
        var lines = _stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var txt = Assert.Single(lines, l => l.StartsWith("01-river ", StringComparison.Ordinal) && l.Contains(" txt ", StringComparison.Ordinal));
        Assert.Single(lines, l => l.StartsWith("01-river ", StringComparison.Ordinal) && l.Contains(" html ", StringComparison.Ordinal));
        var columns = txt.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("4", columns[2]);
        Assert.Equal(generated.Questions.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), columns[5]);
        Assert.Equal(["1", "1", "1"], columns[^3..]);
        Assert.Contains(lines, l => l.StartsWith("TOTAL txt: bank recall", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("TOTAL html: bank recall", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Report_WithAMalformedLabelFile_IsBadInput()
    {
        var labels = _files.Write("labels.tsv", Encoding.UTF8.GetBytes("key\tlabel\nnot-a-key\tmaybe\n"));

        var exit = await RunAsync("quality", "report", "--corpus", Corpus, "--labels", labels);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("expected 'key<TAB>A|B|C", _stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fit_WritesModelsTheEngineCanLoad_AndLabelsWithoutNotes()
    {
        var generated = await GenerateAsync(Path.Combine(Corpus, "01-river.txt"));
        var questions = generated.Questions.Concat(generated.MoreCandidates).ToList();
        var rows = questions.Select((q, i) => $"{QuestionKey.Compute(q)}\t{(i % 3 == 0 ? "A" : "C")}\t{(i % 3 == 0 ? "-" : "TRIVIAL")}\tnote that must not be kept");
        var labels = _files.Write("labels.tsv", Encoding.UTF8.GetBytes("key\tlabel\treason\tnote\n" + string.Join("\n", rows) + "\n"));
        var model = Path.Combine(_files.Folder, "model.json");
        var merged = Path.Combine(_files.Folder, "merged.tsv");

        var exit = await RunAsync("quality", "fit", "--corpus", Corpus, "--labels", labels, "--out", model, "--labels-out", merged);

        Assert.True(exit == ExitCodes.Ok, _stderr.ToString());
        Assert.Contains($"{questions.Count} matched to regenerated candidates", _stdout.ToString(), StringComparison.Ordinal);
        await using (var stream = File.OpenRead(model))
        {
            var models = QualityModels.Parse(stream);
            Assert.NotEmpty(models.Quality.Weights);
            Assert.NotEmpty(models.KeyFact.Weights);
        }

        var kept = File.ReadAllLines(merged);
        Assert.Equal("key\tlabel\treason", kept[0]);
        Assert.Equal(questions.Select(QuestionKey.Compute).Distinct().Count(), kept.Length - 1);
        Assert.All(kept, l => Assert.Equal(3, l.Split('\t').Length));
        Assert.DoesNotContain(kept, l => l.Contains("note", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Fit_WithoutACorpus_IsBadInput()
    {
        var labels = _files.Write("labels.tsv", Encoding.UTF8.GetBytes("key\tlabel\treason\n"));

        var exit = await RunAsync("quality", "fit", "--corpus", Path.Combine(_files.Folder, "absent"), "--labels", labels);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("not a labelled corpus", _stderr.ToString(), StringComparison.Ordinal);
    }
}
