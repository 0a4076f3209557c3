using System.Text.Json;
using IRLearn.Cli.Generate;
using IRLearn.QuestionGeneration;
using Xunit;

namespace IRLearn.Cli.Tests;

public class GenerationMapperTests
{
    private static readonly string[] ContractTypes =
        ["multipleChoice", "multipleResponse", "trueFalse", "fillInBlank", "numeric", "shortAnswer", "matching"];

    private static JsonElement Json() =>
        JsonDocument.Parse(GenerationJson.Serialize(GenerationMapper.ToDto(SampleGeneration.Build()))).RootElement;

    [Fact]
    public void Serialize_SampleResult_HasTheContractsTopLevelShape()
    {
        var json = Json();

        Assert.Equal(["title", "lesson", "removed", "questions", "moreCandidates"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Kazakhstan’s Balancing Act", json.GetProperty("title").GetString());
        Assert.Equal("[Image by jorono from Pixabay]", json.GetProperty("removed")[0].GetString());
        Assert.Equal(5, json.GetProperty("questions").GetArrayLength());
        Assert.Equal(1, json.GetProperty("moreCandidates").GetArrayLength());
    }

    [Fact]
    public void Serialize_MoreCandidates_HaveTheQuestionShapeAndEveryQuestionItsConfidence()
    {
        var json = Json();
        var more = json.GetProperty("moreCandidates")[0];

        Assert.Equal("m1", more.GetProperty("id").GetString());
        Assert.Equal("shortAnswer", more.GetProperty("type").GetString());
        Assert.Equal(0.312, more.GetProperty("confidence").GetDouble());
        Assert.Equal(0.875, json.GetProperty("questions")[0].GetProperty("confidence").GetDouble());
    }

    [Fact]
    public void Serialize_Lesson_HasSummarySectionsAndKeyTermsInCamelCase()
    {
        var lesson = Json().GetProperty("lesson");

        Assert.Equal("Kazakhstan balances its neighbours.", lesson.GetProperty("summary").GetString());
        Assert.Equal("Security", lesson.GetProperty("sections")[0].GetProperty("heading").GetString());
        Assert.Equal("CICA was proposed in 1992.", lesson.GetProperty("sections")[0].GetProperty("text").GetString());
        var term = lesson.GetProperty("keyTerms")[0];
        Assert.Equal("CICA", term.GetProperty("term").GetString());
        Assert.Equal("Conference on Interaction and Confidence Building Measures in Asia", term.GetProperty("expansion").GetString());
    }

    [Fact]
    public void Serialize_MultipleChoice_HasOptionsAndOmitsFieldsOfOtherTypes()
    {
        var question = Json().GetProperty("questions")[0];

        Assert.Equal(
            ["id", "type", "stem", "options", "explanation", "source", "difficulty", "tags", "confidence"],
            question.EnumerateObject().Select(p => p.Name));
        Assert.Equal("multipleChoice", question.GetProperty("type").GetString());
        Assert.Equal("easy", question.GetProperty("difficulty").GetString());
        Assert.True(question.GetProperty("options")[0].GetProperty("isCorrect").GetBoolean());
        Assert.Equal("1997", question.GetProperty("options")[1].GetProperty("text").GetString());
        Assert.Equal(["Kazakhstan", "CICA"], question.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public void Serialize_Source_CarriesSentenceStartAndLength()
    {
        var source = Json().GetProperty("questions")[0].GetProperty("source");

        Assert.Equal(SampleGeneration.Sentence, source.GetProperty("sentence").GetString());
        Assert.Equal(120, source.GetProperty("start").GetInt32());
        Assert.Equal(SampleGeneration.Sentence.Length, source.GetProperty("length").GetInt32());
    }

    [Fact]
    public void Serialize_Numeric_WritesValueAndToleranceAsNumbers()
    {
        var question = Json().GetProperty("questions")[1];

        Assert.Equal("numeric", question.GetProperty("type").GetString());
        Assert.Equal(JsonValueKind.Number, question.GetProperty("numericAnswer").GetProperty("value").ValueKind);
        Assert.Equal(1992m, question.GetProperty("numericAnswer").GetProperty("value").GetDecimal());
        Assert.Equal(0m, question.GetProperty("numericAnswer").GetProperty("tolerance").GetDecimal());
        Assert.False(question.TryGetProperty("options", out _));
        Assert.Equal("medium", question.GetProperty("difficulty").GetString());
    }

    [Fact]
    public void Serialize_MatchingAndCloze_WritePairsAndAcceptedAnswers()
    {
        var questions = Json().GetProperty("questions");

        var pair = questions[2].GetProperty("pairs")[0];
        Assert.Equal("CICA", pair.GetProperty("left").GetString());
        Assert.Equal("hard", questions[2].GetProperty("difficulty").GetString());
        Assert.Equal("fillInBlank", questions[3].GetProperty("type").GetString());
        Assert.Equal("1992", questions[3].GetProperty("acceptedAnswers")[0].GetString());
        Assert.Equal(["True", "False"], questions[4].GetProperty("options").EnumerateArray().Select(o => o.GetProperty("text").GetString()));
    }

    [Fact]
    public void Serialize_NonAsciiText_IsWrittenLiterallyNotEscaped()
    {
        var raw = GenerationJson.Serialize(GenerationMapper.ToDto(SampleGeneration.Build()));

        Assert.Contains("Kazakhstan’s", raw, StringComparison.Ordinal);
    }

    [Fact]
    public void TypeName_EveryEngineType_HasItsContractName()
    {
        var names = Enum.GetValues<GeneratedQuestionType>().Select(ContractNames.TypeName);

        Assert.Equal(ContractTypes, names);
    }

    [Fact]
    public void DifficultyName_EveryEngineDifficulty_HasItsContractName()
    {
        Assert.Equal(["easy", "medium", "hard"], Enum.GetValues<GeneratedDifficulty>().Select(ContractNames.DifficultyName));
    }
}
