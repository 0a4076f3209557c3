using System.IO.Compression;
using System.Text.Json;
using IRLearn.Interop.Mapping;
using IRLearn.Interop.Tests.RoundTrip;
using IRLearn.Interop.Tests.Support;

namespace IRLearn.Interop.Tests.External;

/// <summary>
/// Files IRLearn exports, checked by software someone else wrote: gift-pegjs parses the GIFT as IRLearn meant it,
/// Cito's qti-convert turns the QTI 2.1 package into QTI 3.0 that reads back as the same questions, and libxml2
/// finds every XML file well-formed. (No official XSD is reachable here; see docs/interop.md.)
/// </summary>
public sealed class ExternalValidatorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("irlearn-interop-").FullName;

    [Fact]
    public void GiftPegjs_ParsesTheGiftExport_WithTheTypesKeysAndTagsIRLearnWrote()
    {
        ExternalTools.RequireNodePackages();
        var path = Save(RoundTripTests.Export(InteropFormat.Gift, Fixtures.AllTypes()));

        var (exitCode, output, error) = ExternalTools.Run("node", "gift-parse.mjs", path);

        Assert.True(exitCode == 0, error);
        var parsed = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.Equal(["MC", "MC", "TF", "Short", "Numerical", "Short", "Matching"], parsed.Select(q => q.GetProperty("type").GetString()));
        Assert.Equal(["Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7"], parsed.Select(q => q.GetProperty("title").GetString()));

        var choice = parsed[0].GetProperty("choices").EnumerateArray().Single(c => c.GetProperty("isCorrect").GetBoolean());
        Assert.Equal("1987", choice.GetProperty("text").GetProperty("text").GetString());
        Assert.Equal(["Coastal Compact", "founding", "difficulty:easy"], parsed[0].GetProperty("tags").EnumerateArray().Select(t => t.GetString()));

        // Multiple response: no '=' answer, weights +50 / -50, as IRLearn grades it.
        Assert.Equal([50d, 50d, -50d, -50d], parsed[1].GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("weight").GetDouble()));
        Assert.Equal("Which statements about the Compact's rules are true? {choose all} = several", parsed[1].GetProperty("stem").GetProperty("text").GetString());

        Assert.False(parsed[2].GetProperty("isTrue").GetBoolean());
        Assert.True(parsed[3].GetProperty("hasEmbeddedAnswers").GetBoolean());
        Assert.Equal(["Port Avel", "Avel"], parsed[3].GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("text").GetProperty("text").GetString()));

        var number = parsed[4].GetProperty("choices").GetProperty("number");
        Assert.Equal(30d, number.GetDouble());
        Assert.Equal(0.5d, parsed[4].GetProperty("choices").GetProperty("range").GetDouble());

        Assert.Equal(
            ["Founding year", "Foreign catch cap", "Chair's term", "Seat: town ~ harbour"],
            parsed[6].GetProperty("matchPairs").EnumerateArray().Select(p => p.GetProperty("subquestion").GetProperty("text").GetString()));
        // gift-pegjs keeps an escaped backslash in a matching answer as its internal placeholder (&&092;), where
        // Moodle's importer restores the backslash; the words around it must still be there.
        Assert.StartsWith("Port Avel ", parsed[6].GetProperty("matchPairs")[3].GetProperty("subanswer").GetString(), StringComparison.Ordinal);
        Assert.EndsWith(" Sud", parsed[6].GetProperty("matchPairs")[3].GetProperty("subanswer").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CitoQtiConvert_TurnsTheQti21Export_IntoQti30_ThatReadsBackAsTheSameQuestions()
    {
        ExternalTools.RequireNodePackages();
        var originals = Fixtures.AllTypes();
        var path = Save(RoundTripTests.Export(InteropFormat.Qti21, originals));
        var converter = Path.Combine(ExternalTools.ToolsFolder, "node_modules", "@citolab", "qti-convert", "dist", "qti-convert-pkg.mjs");

        var (exitCode, output, error) = ExternalTools.Run("node", converter, path);

        Assert.True(exitCode == 0, $"{output}\n{error}");
        var converted = File.ReadAllBytes(Path.ChangeExtension(path, null) + "-qti3.zip");
        var read = InteropFileReader.Read("converted.zip", converted);
        Assert.Equal(InteropFormat.Qti30, read.Format);
        var (mapped, skipped) = DomainMapper.ToContents(read.Questions, Fixtures.Article);
        Assert.Empty(skipped);
        Assert.Equal(originals, mapped.Select(m => m.Content));
    }

    [Fact]
    public void Xmllint_FindsEveryExportedXmlFileWellFormed()
    {
        ExternalTools.RequireXmllint();
        var files = new List<string> { Save(RoundTripTests.Export(InteropFormat.MoodleXml, Fixtures.AllTypes())) };
        foreach (var format in new[] { InteropFormat.Qti21, InteropFormat.Qti30 })
        {
            var target = Path.Combine(_folder, format.ToString());
            ZipFile.ExtractToDirectory(new MemoryStream(RoundTripTests.Export(format, Fixtures.AllTypes()).Content), target);
            files.AddRange(Directory.EnumerateFiles(target, "*.xml", SearchOption.AllDirectories));
        }

        var (exitCode, _, error) = ExternalTools.Run("xmllint", ["--noout", .. files]);

        Assert.True(exitCode == 0, error);
        Assert.Equal(1 + (2 * (Fixtures.AllTypes().Count + 1)), files.Count);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Save(InteropFile file)
    {
        var path = Path.Combine(_folder, file.FileName);
        File.WriteAllBytes(path, file.Content);
        return path;
    }
}
