using IRLearn.QuestionGeneration.Entities;
using IRLearn.QuestionGeneration.Questions;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Tests.Questions;

public sealed class BlankShapeTests
{
    private static bool Fragment(string sentence, string answer, EntityKind kind, params string[] otherNames)
    {
        var start = sentence.IndexOf(answer, StringComparison.Ordinal);
        var mention = new Mention(kind, new TextRange(start, answer.Length), answer, answer);
        var mentions = otherNames.Select(n => new Mention(EntityKind.Person, new TextRange(sentence.IndexOf(n, StringComparison.Ordinal), n.Length), n, n)).Append(mention).ToList();
        return BlankShape.IsFragment(sentence, new TextRange(0, sentence.Length), mention, mentions);
    }

    [Theory]
    [InlineData("The International Day against Nuclear Tests is marked each August.", "International Day", EntityKind.Name)]
    [InlineData("She wrote an op-ed in The Lagos Post last month.", "Lagos", EntityKind.City)]
    [InlineData("White House officials declined to comment.", "House", EntityKind.Name)]
    [InlineData("Analysts watched U.S.-Iran relations closely.", "Iran", EntityKind.Country)]
    [InlineData("The Egypt-Israel border stayed shut.", "Egypt", EntityKind.Country)]
    [InlineData("He was criticised by Citizens for Accountability and Openness in Lagos last year.", "Accountability", EntityKind.Name)]
    [InlineData("The report was written at the Bank of Ghana in Accra.", "Ghana", EntityKind.Country)]
    [InlineData("US officials said the talks would resume.", "US", EntityKind.Country)]
    [InlineData("It was signed by Prime Minister Amara Diallo in Conakry.", "Amara", EntityKind.Person)]
    [InlineData("He was criticised by Citizens for Accountability and Openness in Lagos last year.", "Citizens", EntityKind.Name)]
    [InlineData("Canadian Peter King and Dutch Anna Berg were freed on Monday.", "Canadian Peter", EntityKind.Name)]
    [InlineData("The findings were shared with +31 Bulletin and two other outlets.", "Bulletin", EntityKind.Name)]
    [InlineData("Volunteers from the Women’s Literacy Circles (WLCV) taught the classes.", "Literacy Circles", EntityKind.Name)]
    [InlineData("The two sides signed the Phase 2 fisheries deal in Oslo.", "2", EntityKind.Quantity)]
    [InlineData("The 54-year-long dispute ended with a 3-2 vote.", "3", EntityKind.Quantity)]
    [InlineData("He was criticised by Citizens for Accountability and Openness in Lagos last year.", "Lagos", EntityKind.City)]
    [InlineData("It was signed by Norland's Minister of Agriculture and Forestry, Amara Diallo, on Monday.", "Agriculture", EntityKind.Name)]
    [InlineData("It was signed by Norland's Minister of Agriculture and Forestry, Amara Diallo, on Monday.", "Forestry", EntityKind.Name)]
    [InlineData("Norland's Minister of Natural Resources and Environment Amara Diallo called it a step.", "Environment Amara Diallo", EntityKind.Person)]
    public void IsFragment_PieceOfANameOrAModifier_IsFragment(string sentence, string answer, EntityKind kind)
    {
        Assert.True(Fragment(sentence, answer, kind));
    }

    [Theory]
    [InlineData("Talks between Ghana and Togo resumed in March.", "Togo", EntityKind.Country)]
    [InlineData("The deal was signed in Accra on Tuesday.", "Accra", EntityKind.City)]
    [InlineData("She spoke at Manhattan's Plaza Hotel on Friday.", "Plaza Hotel", EntityKind.Name)]
    [InlineData("Growth will slow to a meager 1.5% Ghana-wide, the fund said.", "1.5%", EntityKind.Percent)]
    [InlineData("The United States and China agreed to talk.", "United States", EntityKind.Country)]
    [InlineData("President Amara Diallo of Guinea arrived on Monday.", "Guinea", EntityKind.Country, "Amara Diallo")]
    [InlineData("UN Secretary-General Amara Diallo called it a success.", "Amara Diallo", EntityKind.Person)]
    [InlineData("The Northern Alliance for Renewal (NAR) won the vote.", "Northern Alliance for Renewal", EntityKind.Name)]
    [InlineData("Ostravia sent 40 observers to the vote.", "40", EntityKind.Quantity)]
    [InlineData("The 54-member union met in Addis Ababa on Monday.", "54", EntityKind.Quantity)]
    [InlineData("The 27-country bloc agreed to new tariffs.", "27", EntityKind.Quantity)]
    [InlineData("Talks in Accra ended without a deal.", "Accra", EntityKind.City)]
    [InlineData("It was signed by Norland's Minister of Agriculture and Forestry, Amara Diallo, on Monday.", "Amara Diallo", EntityKind.Name)]
    [InlineData("Two sailors held by the Coastguard in Ghana since 2019 were freed.", "Ghana", EntityKind.Country, "Coastguard")]
    public void IsFragment_WholeNameOrFigure_IsNoFragment(string sentence, string answer, EntityKind kind, params string[] others)
    {
        Assert.False(Fragment(sentence, answer, kind, others));
    }

    [Fact]
    public void IsFragment_AfterAConnectorFollowingANameOfNoKnownKind_IsFragment()
    {
        const string sentence = "Ghana joined the Lagos Compact for Fisheries in 2019.";
        var compact = new Mention(EntityKind.Name, new TextRange(sentence.IndexOf("Lagos Compact", StringComparison.Ordinal), 13), "Lagos Compact", "Lagos Compact");
        var answer = new Mention(EntityKind.Name, new TextRange(sentence.IndexOf("Fisheries", StringComparison.Ordinal), 9), "Fisheries", "Fisheries");

        Assert.True(BlankShape.IsFragment(sentence, new TextRange(0, sentence.Length), answer, [compact, answer]));
    }
}
