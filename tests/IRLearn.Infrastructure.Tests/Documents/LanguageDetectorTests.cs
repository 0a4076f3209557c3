using IRLearn.Infrastructure.Documents;
using Xunit;

namespace IRLearn.Infrastructure.Tests.Documents;

public class LanguageDetectorTests
{
    public static TheoryData<string, string> ForeignSamples => new()
    {
        { "French", TestDocuments.French },
        { "Spanish", TestDocuments.Spanish },
        { "German", TestDocuments.German },
        { "Russian", TestDocuments.Russian },
        { "Chinese", TestDocuments.Chinese },
    };

    [Fact]
    public void Assess_EnglishArticle_IsEnglishWithAClearMargin()
    {
        var assessment = LanguageDetector.Assess(TestDocuments.ArticleText);

        Assert.Equal(LanguageVerdict.English, assessment.Verdict);
        Assert.True(assessment.StopWordShare > LanguageDetector.MinStopWordShare * 1.5, $"share {assessment.StopWordShare:P1}");
        Assert.True(assessment.LatinLetterShare > 0.99);
    }

    [Theory]
    [MemberData(nameof(ForeignSamples))]
    public void Assess_ForeignArticle_IsNotEnglish(string language, string text)
    {
        var assessment = LanguageDetector.Assess(text);

        Assert.True(assessment.Verdict == LanguageVerdict.NotEnglish, $"{language} judged {assessment.Verdict} ({assessment})");
    }

    [Theory]
    [InlineData("French")]
    [InlineData("Spanish")]
    [InlineData("German")]
    public void Assess_LatinScriptForeignArticle_StaysFarBelowTheStopWordThreshold(string language)
    {
        var text = language switch
        {
            "French" => TestDocuments.French,
            "Spanish" => TestDocuments.Spanish,
            _ => TestDocuments.German,
        };

        var assessment = LanguageDetector.Assess(text);

        Assert.True(assessment.StopWordShare < LanguageDetector.MinStopWordShare / 2, $"{language}: {assessment.StopWordShare:P1}");
        Assert.True(assessment.WordCount >= LanguageDetector.MinWords);
    }

    [Fact]
    public void Assess_EnglishHeavyWithNamesAndNumbers_IsStillEnglish()
    {
        const string text =
            "The Shanghai Cooperation Organisation (SCO) met in Astana on 3 July 2024. Leaders from China, Russia, India, Pakistan, "
            + "Iran, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan signed the Astana Declaration, and Belarus joined as the tenth "
            + "member. The summit adopted a development strategy to 2035 and agreed on energy, transport and security cooperation.";

        Assert.Equal(LanguageVerdict.English, LanguageDetector.Assess(text).Verdict);
    }

    [Fact]
    public void Assess_FewerWordsThanTheMinimum_IsUndetermined()
    {
        var assessment = LanguageDetector.Assess("Le président a rappelé la position du pays.");

        Assert.Equal(LanguageVerdict.Undetermined, assessment.Verdict);
    }

    [Fact]
    public void Assess_EnglishTitleAboveForeignBody_IsNotEnglish()
    {
        var assessment = LanguageDetector.Assess("Kazakhstan and the World\n\n" + TestDocuments.Spanish);

        Assert.Equal(LanguageVerdict.NotEnglish, assessment.Verdict);
    }

    [Fact]
    public void Assess_EmptyText_IsUndetermined()
    {
        var assessment = LanguageDetector.Assess(string.Empty);

        Assert.Equal(new LanguageAssessment(LanguageVerdict.Undetermined, 0, 0, 0), assessment);
    }
}
