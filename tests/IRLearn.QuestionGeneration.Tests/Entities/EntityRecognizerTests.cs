using IRLearn.QuestionGeneration.Entities;
using IRLearn.QuestionGeneration.Tests.Support;

namespace IRLearn.QuestionGeneration.Tests.Entities;

public sealed class EntityRecognizerTests
{
    private static List<Mention> Mentions(string body) => Analyze.Body(body).Sentences.SelectMany(s => s.Mentions).ToList();

    [Theory]
    [InlineData("Kazakhstan borders China and Russia.", "Kazakhstan", EntityKind.Country)]
    [InlineData("The leaders met in Bishkek last week.", "Bishkek", EntityKind.City)]
    [InlineData("Finland joined NATO after a long debate.", "NATO", EntityKind.Organisation)]
    [InlineData("Ministers gathered at the UN General Assembly again.", "UN General Assembly", EntityKind.Organisation)]
    [InlineData("They signed the Treaty of Versailles reluctantly.", "Treaty of Versailles", EntityKind.Treaty)]
    [InlineData("Trade between Europe and Asia grew quickly.", "Asia", EntityKind.Region)]
    [InlineData("Delegates praised the Council of Heads of State for its work.", "Council of Heads of State", EntityKind.Organisation)]
    [InlineData("The Bangkok Declaration created the grouping.", "Bangkok Declaration", EntityKind.Treaty)]
    public void Recognize_NamedEntity_HasExpectedKind(string body, string text, EntityKind kind)
    {
        Assert.Contains(Mentions(body), m => m.Text == text && m.Kind == kind);
    }

    [Fact]
    public void Recognize_TitledPerson_LaterSurnameResolvesToFullName()
    {
        var mentions = Mentions("President Kassym-Jomart Tokayev spoke first. Later Tokayev answered questions.");

        Assert.Equal(2, mentions.Count(m => m.Kind == EntityKind.Person && m.Key == "Kassym-Jomart Tokayev"));
    }

    [Fact]
    public void Recognize_RoleNounApposition_IsPerson()
    {
        Assert.Contains(Mentions("In 1963 Ghana's first president, Kwame Nkrumah, published a book."), m => m.Kind == EntityKind.Person && m.Text == "Kwame Nkrumah");
    }

    [Fact]
    public void Recognize_Alias_SharesCanonicalKey()
    {
        var mentions = Mentions("The US and the United States are one country.");

        Assert.All(mentions.Where(m => m.Kind == EntityKind.Country), m => Assert.Equal("United States", m.Key));
    }

    [Fact]
    public void Recognize_TwoNamesJoinedByAnd_AreTwoMentions()
    {
        var mentions = Mentions("It aligns with the European Union and the United States on this.");

        Assert.Contains(mentions, m => m.Text == "European Union");
        Assert.Contains(mentions, m => m.Text == "United States");
    }

    [Fact]
    public void Recognize_SentenceInitialCapital_IsNotAName()
    {
        Assert.DoesNotContain(Mentions("Furthermore, trade grew."), m => m.Text == "Furthermore");
    }

    [Fact]
    public void Recognize_Concept_IsConcept()
    {
        Assert.Contains(Mentions("Kazakhstan supports the two-state solution."), m => m.Kind == EntityKind.Concept && m.Text == "two-state solution");
    }
}
