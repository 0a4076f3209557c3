using IRLearn.QuestionGeneration.Entities;
using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Tests.Text;

public sealed class TrivialBlankTests
{
    private static string? ReasonFor(string sentence, string answer, EntityKind kind)
    {
        var at = sentence.IndexOf(answer, StringComparison.Ordinal);
        var mention = new Mention(kind, new TextRange(at, answer.Length), answer, answer);
        return TrivialBlank.Reason(sentence, new TextRange(0, sentence.Length), mention);
    }

    [Theory]
    [InlineData("Thousands have fled the valley since the dam burst in the spring.", "Thousands", EntityKind.Quantity)]
    [InlineData("Several Oslo-based analysts doubt that the quota will hold.", "Oslo-based", EntityKind.Concept)]
    [InlineData("Shipping links the region's three busiest ports to the inland railway.", "three", EntityKind.Quantity)]
    [InlineData("The convoy crossed the pass at dawn, a border guard told Radio Meridian.", "Radio Meridian", EntityKind.Organisation)]
    [InlineData("The council approved the budget by 40 votes, the Harbour Gazette reported, after a long night.", "Harbour Gazette", EntityKind.Organisation)]
    [InlineData("The fund now sees exports growing 2.1% in 2024, down from an earlier forecast of 2.9%.", "2.9%", EntityKind.Percent)]
    [InlineData("Support for the treaty stood at 41% in the survey, down from 48% a week earlier.", "48%", EntityKind.Percent)]
    [InlineData("Exports should grow 1.2% in 2025, down from the 1.9% the fund had estimated in April.", "1.9%", EntityKind.Percent)]
    [InlineData("Amara Okafor, a trade professor at Lakeside University, said the tariffs had backfired.", "Lakeside University", EntityKind.Organisation)]
    [InlineData("“The talks will drag on,” said Tomas Berg, the chief economist at Nordhavn Shipping, which moves grain.", "Nordhavn Shipping", EntityKind.Organisation)]
    [InlineData("The envoy served as a spokesman for John R. Okafor, the national security adviser.", "John R", EntityKind.Person)]
    [InlineData("Four river states — Norland, Vesta, Ostrava and Kell — signed the water charter.", "Four", EntityKind.Quantity)]
    [InlineData("Two captives — a nurse and a pilot — were freed at the border post.", "Two", EntityKind.Quantity)]
    [InlineData("Three senior officials said the ceasefire would hold through the winter.", "Three", EntityKind.Quantity)]
    [InlineData("Two party donors told the Harbour Gazette that the minister had resigned.", "Two", EntityKind.Quantity)]
    [InlineData("“The quota is working,” Ms. Okafor said on Nov. 9.", "Nov. 9", EntityKind.Date)]
    [InlineData("“We sold every tonne,” the minister recounted in an Oct. 3 cabinet meeting.", "Oct. 3", EntityKind.Date)]
    [InlineData("In a letter to the governor in May, Tomas Berg said the port was losing money.", "May", EntityKind.Month)]
    [InlineData("Last March, Ms. Okafor said that the fishing quota should be halved.", "March", EntityKind.Month)]
    [InlineData("A crackdown would bring a year or two of sanctions and protests.", "two", EntityKind.Quantity)]
    [InlineData("The inspectors will need two or three weeks to finish the survey.", "two", EntityKind.Quantity)]
    [InlineData("The envoy set out her doubts in an op-ed in the Harbour Gazette in May 2021.", "Harbour Gazette", EntityKind.Organisation)]
    [InlineData("In a recording of the dinner obtained by the Valdora Herald, the minister can be heard mocking the plan.", "Valdora Herald", EntityKind.Organisation)]
    [InlineData("In an interview with Radio Meridian, the general denied the report.", "Radio Meridian", EntityKind.Organisation)]
    [InlineData("The envoy toured former Soviet republics to sell the grain deal.", "Soviet", EntityKind.Name)]
    [InlineData("Few Norlandic-language newspapers covered the strike.", "Norlandic-language", EntityKind.Name)]
    [InlineData("The report was read widely in South Asian capitals.", "South Asian", EntityKind.Name)]
    [InlineData("Half of them are refugees from the Norlandic civil war, the agency said.", "civil war", EntityKind.Concept)]
    [InlineData("Western sanctions against Vestaria have cut its exports by a third.", "sanctions", EntityKind.Concept)]
    [InlineData("Carmen Ileto, a maritime security researcher at a university in Manila, said the talks had stalled.", "maritime security", EntityKind.Concept)]
    [InlineData("It is the clearest sign yet that the landlocked country is trying to find new partners.", "landlocked", EntityKind.Concept)]
    [InlineData("The last round was held in Jakarta from 10 to 13 February 2025, officials said.", "10", EntityKind.Quantity)]
    [InlineData("Articles 3 to 11 deal with security, and Articles 12 to 19 with fisheries.", "19", EntityKind.Quantity)]
    public void Reason_DetailNotWorthAsking_IsGiven(string sentence, string answer, EntityKind kind)
    {
        Assert.NotNull(ReasonFor(sentence, answer, kind));
    }

    [Theory]
    [InlineData("About 4,000 people have fled the valley since the dam burst in the spring.", "4,000", EntityKind.Quantity)]
    [InlineData("The fund now sees exports growing 2.1% in 2024, down from an earlier forecast of 2.9%.", "2.1%", EntityKind.Percent)]
    [InlineData("The fund now sees exports growing 2.1% in 2024, down sharply from 6.3% in 2023.", "6.3%", EntityKind.Percent)]
    [InlineData("The convoy crossed into Armenia at dawn, a border guard told reporters.", "Armenia", EntityKind.Country)]
    [InlineData("Three ministers resigned over the harbour deal in March.", "Three", EntityKind.Quantity)]
    [InlineData("Two or more parties must sign before the pact can take effect, and three have.", "three", EntityKind.Quantity)]
    [InlineData("The Harbour Gazette reported that the council had approved the budget.", "Harbour Gazette", EntityKind.Organisation)]
    [InlineData("Amara Okafor, a trade professor at Lakeside University, joined the cabinet in 2019.", "Lakeside University", EntityKind.Organisation)]
    [InlineData("Four river states signed the water charter in Ostrava.", "Four", EntityKind.Quantity)]
    [InlineData("Three soldiers were killed when the convoy was ambushed, officials said.", "Three", EntityKind.Quantity)]
    [InlineData("The fuel will be loaded into the reactor on Aug. 21, the operator said.", "Aug. 21", EntityKind.Date)]
    [InlineData("In September, the ministry scrapped the talks after a bombing in the capital.", "September", EntityKind.Month)]
    [InlineData("The envoy set out her doubts in an op-ed in the Harbour Gazette in May 2021.", "May 2021", EntityKind.Date)]
    [InlineData("The minister sent the letter to the Nordic Council in May.", "Nordic Council", EntityKind.Organisation)]
    [InlineData("The files were obtained by hackers working for Norland, investigators said.", "Norland", EntityKind.Country)]
    [InlineData("The rebels set up a base in the Qandil Mountains near the border.", "Qandil Mountains", EntityKind.Name)]
    [InlineData("Turkey kept its troops at the Iran-Iraq border all winter.", "Iran-Iraq", EntityKind.Name)]
    [InlineData("Half of them are refugees from the long civil war, the agency said.", "civil war", EntityKind.Concept)]
    [InlineData("The bloc imposed sanctions against Vestaria in 2019.", "sanctions", EntityKind.Concept)]
    [InlineData("The bloc lifted the sanctions in 2019 after the vote.", "sanctions", EntityKind.Concept)]
    [InlineData("The accord consists of 24 articles and two annexes.", "24", EntityKind.Quantity)]
    public void Reason_FactTheSentenceIsAbout_IsNull(string sentence, string answer, EntityKind kind)
    {
        Assert.Null(ReasonFor(sentence, answer, kind));
    }
}
