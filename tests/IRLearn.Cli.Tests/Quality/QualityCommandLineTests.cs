using IRLearn.Cli;
using Xunit;

namespace IRLearn.Cli.Tests.Quality;

public sealed class QualityCommandLineTests
{
    [Fact]
    public void Parse_QualityReport_TakesACorpusAndAnyNumberOfLabelFiles()
    {
        var request = Assert.IsType<QualityReportRequest>(CommandLine.Parse(["quality", "report", "--corpus", "corpus", "--labels", "a.tsv", "b.tsv"]));

        Assert.Equal("corpus", request.Corpus);
        Assert.Equal(["a.tsv", "b.tsv"], request.Labels);
    }

    [Fact]
    public void Parse_QualityFit_TakesEveryOption()
    {
        var request = Assert.IsType<QualityFitRequest>(CommandLine.Parse(
            ["quality", "fit", "--labels", "a.tsv", "b.tsv", "--corpus=news", "--seed", "seed", "--out", "model.json", "--labels-out", "all.tsv", "--lambda", "2.5"]));

        Assert.Equal(["a.tsv", "b.tsv"], request.Labels);
        Assert.Equal(("news", "seed", "model.json", "all.tsv", 2.5), (request.Corpus, request.Seed, request.Out, request.LabelsOut, request.Lambda));
    }

    [Theory]
    [InlineData(new[] { "quality" }, "needs a subcommand")]
    [InlineData(new[] { "quality", "score" }, "needs a subcommand")]
    [InlineData(new[] { "quality", "report" }, "needs --corpus")]
    [InlineData(new[] { "quality", "report", "--corpus", "c", "--out", "m.json" }, "unknown option '--out'")]
    [InlineData(new[] { "quality", "fit", "--corpus", "c" }, "needs --labels")]
    [InlineData(new[] { "quality", "fit", "--corpus", "c", "--labels", "a.tsv", "--lambda", "-1" }, "--lambda needs a number")]
    [InlineData(new[] { "quality", "fit", "--corpus" }, "--corpus needs a value")]
    public void Parse_BadQualityArguments_IsAUsageErrorSayingWhat(string[] args, string fragment)
    {
        var error = Assert.IsType<UsageError>(CommandLine.Parse(args));

        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
    }
}
