using IRLearn.QuestionGeneration.Entities;
using IRLearn.QuestionGeneration.Questions;
using IRLearn.QuestionGeneration.Tests.Support;

namespace IRLearn.QuestionGeneration.Tests.Questions;

public sealed class DistractorsTests
{
    private static List<string> For(string body, string answer)
    {
        var analysis = Analyze.Body(body);
        var sentence = analysis.Sentences.First(s => s.Mentions.Any(m => m.Text == answer));
        return Distractors.For(sentence.Mentions.First(m => m.Text == answer), sentence, analysis);
    }

    [Fact]
    public void For_Year_GivesNearbyYears()
    {
        var distractors = For("Kazakhstan initiated a regional forum in 1992.", "1992");

        Assert.Equal(3, distractors.Count);
        Assert.All(distractors, d => Assert.InRange(int.Parse(d, System.Globalization.CultureInfo.InvariantCulture), 1985, 1999));
        Assert.DoesNotContain("1992", distractors);
    }

    [Fact]
    public void For_Percentage_KeepsFormatAndStep()
    {
        var distractors = For("About 80% of road traffic passes through Kazakhstan.", "80%");

        Assert.All(distractors, d => Assert.Matches(@"^[1-9]0%$", d));
        Assert.DoesNotContain("80%", distractors);
    }

    [Fact]
    public void For_WordQuantity_KeepsScaleWord()
    {
        var distractors = For("Water shortages may affect five billion people by 2050.", "five billion");

        Assert.All(distractors, d => Assert.EndsWith(" billion", d, StringComparison.Ordinal));
    }

    [Fact]
    public void For_Country_IsCountryNotNamedInSentence()
    {
        var distractors = For("Kazakhstan has ties with Israel. Kazakhstan trades with China and Russia.", "China");

        Assert.All(distractors, d => Assert.Equal("country", AnswerTypes.Classify(d)));
        Assert.DoesNotContain("Russia", distractors);
        Assert.DoesNotContain("Kazakhstan", distractors);
    }

    [Fact]
    public void For_CountryAlias_NeverOffersTheSameCountry()
    {
        var distractors = For("The US imposed tariffs. The United States later lifted them.", "US");

        Assert.DoesNotContain("United States", distractors);
        Assert.DoesNotContain("USA", distractors);
    }

    [Fact]
    public void For_Organisation_AcronymAnswerGetsAcronyms()
    {
        var distractors = For("Finland joined NATO in 2023.", "NATO");

        Assert.All(distractors, d => Assert.DoesNotContain(' ', d));
        Assert.All(distractors, d => Assert.Equal("organisation", AnswerTypes.Classify(d)));
    }

    [Fact]
    public void NumericNeighbours_GroupedNumber_KeepsThousandsSeparator()
    {
        var neighbours = Distractors.NumericNeighbours("1,400", 7).Take(3).ToList();

        Assert.All(neighbours, d => Assert.Matches(@"^\d{1,3}(?:,\d{3})*$", d));
        Assert.Contains(neighbours, d => d.Contains(',', StringComparison.Ordinal));
    }

    [Fact]
    public void For_SameInputTwice_IsDeterministic()
    {
        Assert.Equal(For("Kazakhstan initiated a forum in 1992.", "1992"), For("Kazakhstan initiated a forum in 1992.", "1992"));
    }

    [Fact]
    public void For_EntityKind_AllDistractorsClassifyAsAnswer()
    {
        var analysis = Analyze.Body("The leaders met in Bishkek, the capital of Kyrgyzstan.");
        var sentence = analysis.Sentences[0];
        var city = sentence.Mentions.Single(m => m.Kind == EntityKind.City);

        Assert.All(Distractors.For(city, sentence, analysis), d => Assert.Equal("city", AnswerTypes.Classify(d)));
    }

    [Fact]
    public void For_DottedAcronym_NeverOffersItsUndottedForm()
    {
        var distractors = For("The UN Security Council met in May. Only four U.N. member states have never joined the treaty.", "U.N.");

        Assert.DoesNotContain("UN", distractors);
    }

    [Fact]
    public void For_NameWithAPlaceHead_OnlyOffersNamesWithTheSameHead()
    {
        var distractors = For(
            "Vessels faced off at Scarborough Shoal in 2012. Marines still guard Mischief Reef, Subi Reef and Fiery Cross Reef. The Cold War shaped the region. The Cold War ended. Sailors also patrol Whitsun Reef.",
            "Scarborough Shoal");

        Assert.DoesNotContain("Cold War", distractors);
    }

    [Fact]
    public void For_MoneyNeighbourOfFourDigits_IsGrouped()
    {
        var distractors = Distractors.NumericNeighbours("$843 billion", 7).ToList();

        Assert.All(distractors, d => Assert.Matches(@"^\$(?:\d{1,3}|\d{1,3}(?:,\d{3})+) billion$", d));
    }
}
