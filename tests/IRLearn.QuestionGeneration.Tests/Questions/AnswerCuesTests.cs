using IRLearn.QuestionGeneration.Entities;
using IRLearn.QuestionGeneration.Gazetteer;
using IRLearn.QuestionGeneration.Questions;
using IRLearn.QuestionGeneration.Tests.Support;

namespace IRLearn.QuestionGeneration.Tests.Questions;

/// <summary>A blank must not be answered by the words around it: demonyms, capitals, seats, officials, the title.</summary>
public sealed class AnswerCuesTests
{
    [Theory]
    [InlineData("The Sudanese delegation walked out after Sudan rejected the draft text in 2021.", "Sudan")]
    [InlineData("Protesters filled the streets of Tashkent after Uzbekistan’s parliament extended the term in 2022.", "Tashkent")]
    [InlineData("Lawmakers in the Duma voted in March to let Russia leave the convention.", "Russia")]
    [InlineData("Foreign Minister Ana Lindqvist of Sweden arrived in Riga. Lindqvist said that Sweden would pay half of the cost of the radar.", "Sweden")]
    [InlineData("Finland and Estonia will patrol the Gulf of Finland together from December 2025.", "Gulf of Finland")]
    [InlineData("The Finnish navy will patrol the Gulf of Finland from December 2025.", "Gulf of Finland")]
    public void Candidates_CueOfTheAnswerInTheStem_AreRefused(string body, string answer)
    {
        var candidates = Candidates.Passing(body);

        Assert.DoesNotContain(candidates, c => c.Answer == answer && c.Stem.Contains(StemWriter.Blank, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The delegation walked out after Sudan rejected the draft text in 2021.", "Sudan")]
    [InlineData("Protesters filled the streets of Tashkent after the parliament extended the term in 2022.", "Tashkent")]
    [InlineData("Lawmakers voted in March to let Russia leave the convention.", "Russia")]
    [InlineData("Foreign Minister Ana Lindqvist arrived in Riga. Lindqvist said that Sweden would pay half of the cost of the radar.", "Sweden")]
    [InlineData("Estonia and Latvia will patrol the Gulf of Finland together from December 2025.", "Gulf of Finland")]
    public void Candidates_SameSentenceWithoutTheCue_IsAsked(string body, string answer)
    {
        var candidates = Candidates.Passing(body);

        Assert.Contains(candidates, c => c.Answer == answer && c.Stem.Contains(StemWriter.Blank, StringComparison.Ordinal));
    }

    [Fact]
    public void Candidates_AnswerNamedInTheTitle_AreRefused()
    {
        var analysis = Analyze.Article("Kenya Sends Police to Haiti", "Kenya agreed in 2023 to lead the mission, and Ghana said it would send engineers.");

        var candidates = Candidates.Passing(analysis);

        Assert.DoesNotContain(candidates, c => c.Answer == "Kenya");
        Assert.Contains(candidates, c => c.Answer == "Ghana");
    }

    [Theory]
    [InlineData("Norland's Trade War Keeps Its Ports Guessing", false)]
    [InlineData("Norland's Ports Keep Guessing", true)]
    public void Candidates_ConceptTheHeadlineCapitalises_IsRefused(string title, bool asked)
    {
        var analysis = Analyze.Article(title, "More than a year into the biggest trade war in the region's history, Norland has not won a single concession from Vestaria.");

        var candidates = Candidates.Passing(analysis);

        Assert.Equal(asked, candidates.Any(c => c.Answer == "trade war"));
    }

    [Fact]
    public void Candidates_FigureInTheTitle_IsRefusedButANumberedNameIsNot()
    {
        var analysis = Analyze.Article("Rebels Free 4 Hostages Under Article 5", "The rebels freed four hostages in 2019 after talks that lasted five months.");

        var candidates = Candidates.Passing(analysis);

        Assert.DoesNotContain(candidates, c => c.Answer == "four");
        Assert.Contains(candidates, c => c.Answer == "five months");
    }

    [Theory]
    [InlineData("Norland, Vestaria sign US$980 million river deal", false)]
    [InlineData("Norland, Vestaria sign river deal", true)]
    public void Candidates_SumTheTitleStatesBehindACurrencySign_IsRefused(string title, bool asked)
    {
        var analysis = Analyze.Article(title, "Norland and Vestaria signed a US$980 million agreement in 2024 to dredge the Tala river, which floods every summer.");

        var candidates = Candidates.Passing(analysis);

        Assert.Equal(asked, candidates.Any(c => c.Answer == "US$980 million"));
    }

    [Fact]
    public void Cues_OfACountry_HoldItsDemonymCapitalAndSeat()
    {
        var analysis = Analyze.Body("Russia said on Monday that it would reply.");
        var russia = analysis.Sentences[0].Mentions.Single(m => m.Kind == EntityKind.Country);

        var cues = AnswerCues.Cues(russia, analysis);

        Assert.Contains("Russian", cues);
        Assert.Contains("Moscow", cues);
        Assert.Contains("Kremlin", cues);
    }

    [Theory]
    [InlineData("Poles and Russians met.", true)]
    [InlineData("The north pole is melting.", false)]
    [InlineData("A Russianist spoke.", false)]
    public void Appears_IsCaseSensitiveWholeWord(string text, bool expected)
    {
        Assert.Equal(expected, AnswerCues.Appears(text, ["Pole", "Russian"]));
    }

    [Fact]
    public void Gazetteer_EveryCountryHasADemonym_AndTheDemonymLeadsBack()
    {
        var gazetteer = IrGazetteer.Default;

        Assert.All(gazetteer.Countries, c => Assert.NotEmpty(c.Demonyms));
        Assert.Equal("Sudan", gazetteer.CountryByDemonym["Sudanese"].Name);
        Assert.Equal("Afghanistan", gazetteer.CountryByDemonym["Afghan"].Name);
    }
}
