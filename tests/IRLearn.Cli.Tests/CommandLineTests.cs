using IRLearn.Cli;
using IRLearn.Cli.Generate;
using Xunit;

namespace IRLearn.Cli.Tests;

public class CommandLineTests
{
    [Theory]
    [InlineData(new[] { "generate", "a.txt" }, "a.txt", OutputFormat.Json)]
    [InlineData(new[] { "generate", "a.txt", "--format", "text" }, "a.txt", OutputFormat.Text)]
    [InlineData(new[] { "generate", "--format=JSON", "a.pdf" }, "a.pdf", OutputFormat.Json)]
    [InlineData(new[] { "generate", "-f", "text", "--", "-odd-name.md" }, "-odd-name.md", OutputFormat.Text)]
    public void Parse_GenerateWithFileAndFormat_IsAGenerateRequest(string[] args, string file, OutputFormat format)
    {
        Assert.Equal(new GenerateRequest(file, format), CommandLine.Parse(args));
    }

    [Theory]
    [InlineData(new string[0], "no command")]
    [InlineData(new[] { "summarise", "a.txt" }, "unknown command 'summarise'")]
    [InlineData(new[] { "generate" }, "needs a file")]
    [InlineData(new[] { "generate", "a.txt", "--format" }, "needs a value")]
    [InlineData(new[] { "generate", "a.txt", "--format", "xml" }, "unknown format 'xml'")]
    [InlineData(new[] { "generate", "a.txt", "--verbose" }, "unknown option '--verbose'")]
    [InlineData(new[] { "generate", "a.txt", "b.txt" }, "only one file")]
    public void Parse_BadArguments_IsAUsageErrorSayingWhat(string[] args, string fragment)
    {
        var error = Assert.IsType<UsageError>(CommandLine.Parse(args));

        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_HelpInsteadOfACommand_IsHelpRequested()
    {
        Assert.IsType<HelpRequested>(CommandLine.Parse(["--help"]));
    }

    [Fact]
    public void Parse_HelpAfterGenerate_IsHelpRequested()
    {
        Assert.IsType<HelpRequested>(CommandLine.Parse(["generate", "-h"]));
    }
}
