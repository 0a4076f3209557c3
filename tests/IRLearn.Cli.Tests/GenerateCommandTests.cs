using IRLearn.Cli;
using IRLearn.Infrastructure.Documents;
using IRLearn.Infrastructure.Tests.Documents;
using IRLearn.QuestionGeneration;
using Moq;
using Xunit;

namespace IRLearn.Cli.Tests;

/// <summary>
/// The CLI run in-process, with the engine mocked at its seam: these paths must behave the same
/// whatever the engine does, and the input errors must never reach it.
/// </summary>
public sealed class GenerateCommandTests : IDisposable
{
    private readonly TempFiles _files = new();
    private readonly Mock<IArticleGenerator> _generator = new(MockBehavior.Strict);
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();

    public void Dispose()
    {
        _files.Dispose();
        _stdout.Dispose();
        _stderr.Dispose();
    }

    private Task<int> RunAsync(params string[] args) =>
        CliApplication.RunAsync(args, _stdout, _stderr, new DocumentReader(), _generator.Object, TestContext.Current.CancellationToken);

    private void AssertOneLineError(string fragment)
    {
        var lines = _stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines);
        Assert.StartsWith("irlearn: ", line, StringComparison.Ordinal);
        Assert.Contains(fragment, line, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(_stdout.ToString());
    }

    [Fact]
    public async Task Run_MissingFile_ExitsOneWithFileNotFound()
    {
        var exit = await RunAsync("generate", Path.Combine(_files.Folder, "nope.txt"));

        Assert.Equal(ExitCodes.BadInput, exit);
        AssertOneLineError("file not found");
    }

    [Fact]
    public async Task Run_Directory_ExitsOne()
    {
        Assert.Equal(ExitCodes.BadInput, await RunAsync("generate", _files.Folder));
        AssertOneLineError("is a directory");
    }

    [Fact]
    public async Task Run_EmptyFile_ExitsOneWithoutCallingTheEngine()
    {
        var exit = await RunAsync("generate", _files.Write("empty.txt", []));

        Assert.Equal(ExitCodes.BadInput, exit);
        AssertOneLineError("empty");
    }

    [Fact]
    public async Task Run_BinaryPosingAsText_ExitsOne()
    {
        var exit = await RunAsync("generate", _files.Write("photo.txt", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, .. "JFIF"u8]));

        Assert.Equal(ExitCodes.BadInput, exit);
        AssertOneLineError("JPEG image");
    }

    [Fact]
    public async Task Run_NonEnglishArticle_ExitsOne()
    {
        var exit = await RunAsync("generate", _files.Write("article.md", TestDocuments.Utf8(TestDocuments.Spanish)));

        Assert.Equal(ExitCodes.BadInput, exit);
        AssertOneLineError("not appear to be in English");
    }

    [Fact]
    public async Task Run_UnsupportedKind_ExitsOne()
    {
        var exit = await RunAsync("generate", _files.Write("slides.pptx", TestDocuments.Utf8(TestDocuments.ArticleText)));

        Assert.Equal(ExitCodes.BadInput, exit);
        AssertOneLineError("'.pptx' files are not supported");
    }

    [Fact]
    public async Task Run_CorruptPdf_ExitsOne()
    {
        var exit = await RunAsync("generate", _files.Write("broken.pdf", TestDocuments.Utf8("%PDF-1.4\ntruncated")));

        Assert.Equal(ExitCodes.BadInput, exit);
        AssertOneLineError("damaged");
    }

    [Fact]
    public async Task Run_BadArguments_ExitsTwoWithUsageOnStandardError()
    {
        var exit = await RunAsync("generate", "a.txt", "--format", "yaml");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("unknown format 'yaml'", _stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("usage: irlearn generate <file>", _stderr.ToString(), StringComparison.Ordinal);
        Assert.Empty(_stdout.ToString());
    }

    [Fact]
    public async Task Run_Help_ExitsZeroWithUsageOnStandardOutput()
    {
        Assert.Equal(ExitCodes.Ok, await RunAsync("--help"));
        Assert.Contains("usage: irlearn generate <file>", _stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_CancelledWhileReading_ExitsWithTheInterruptCode()
    {
        var file = _files.Write("article.txt", TestDocuments.Utf8(TestDocuments.ArticleText));
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var exit = await CliApplication.RunAsync(["generate", file], _stdout, _stderr, new DocumentReader(), _generator.Object, cancellation.Token);

        Assert.Equal(ExitCodes.Cancelled, exit);
        AssertOneLineError("cancelled");
    }

    [Fact]
    public async Task Run_EngineThrows_ExitsThreeNamingTheFailure()
    {
        _generator.Setup(g => g.Generate(It.IsAny<string>(), It.IsAny<string?>())).Throws(new InvalidOperationException("stage 4 broke"));

        var exit = await RunAsync("generate", _files.Write("article.txt", TestDocuments.Utf8(TestDocuments.ArticleText)));

        Assert.Equal(ExitCodes.EngineFailure, exit);
        Assert.Contains("question generator failed on article.txt: InvalidOperationException: stage 4 broke", _stderr.ToString(), StringComparison.Ordinal);
        Assert.Empty(_stdout.ToString());
    }

    [Fact]
    public async Task Run_JsonFormat_PassesTheReadTextToTheEngineAndPrintsOnlyJson()
    {
        _generator.Setup(g => g.Generate(TestDocuments.ArticleText, TestDocuments.ArticleTitle)).Returns(SampleGeneration.Build());

        var exit = await RunAsync("generate", _files.Write("article.txt", TestDocuments.Utf8(TestDocuments.ArticleText)));

        Assert.Equal(ExitCodes.Ok, exit);
        var stdout = _stdout.ToString();
        Assert.StartsWith("{", stdout, StringComparison.Ordinal);
        Assert.EndsWith("}\n", stdout.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        using var json = System.Text.Json.JsonDocument.Parse(stdout);
        Assert.Equal("multipleChoice", json.RootElement.GetProperty("questions")[0].GetProperty("type").GetString());
        Assert.Contains("generated 5 questions (and 1 more candidates)", _stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_TextFormat_PrintsAReadableBank()
    {
        _generator.Setup(g => g.Generate(It.IsAny<string>(), It.IsAny<string?>())).Returns(SampleGeneration.Build());

        var exit = await RunAsync("generate", _files.Write("article.txt", TestDocuments.Utf8(TestDocuments.ArticleText)), "--format", "text");

        Assert.Equal(ExitCodes.Ok, exit);
        var text = _stdout.ToString();
        Assert.StartsWith("Kazakhstan’s Balancing Act\n", text.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("CICA — Conference on Interaction", text, StringComparison.Ordinal);
        Assert.Contains("1. [multiple choice, easy, confidence 0.88] In what year did Kazakhstan propose CICA?", text, StringComparison.Ordinal);
        Assert.Contains("More candidates (1, best first)", text, StringComparison.Ordinal);
        Assert.Contains("6. [short answer, medium, confidence 0.31] Which country proposed CICA in 1992?", text, StringComparison.Ordinal);
        Assert.Contains("(x) 1992", text, StringComparison.Ordinal);
        Assert.Contains("( ) 1997", text, StringComparison.Ordinal);
        Assert.Contains("Answer: 1992", text, StringComparison.Ordinal);
        Assert.Contains($"Source: \"{SampleGeneration.Sentence}\"", text, StringComparison.Ordinal);
        Assert.Contains("CICA → Conference on Interaction", text, StringComparison.Ordinal);
    }
}
