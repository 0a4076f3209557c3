using IRLearn.Domain.Common;

namespace IRLearn.Domain.Tests.Common;

public class CheckTests
{
    [Fact]
    public void RequiredText_TrimsAndEnforcesLength()
    {
        Assert.Equal("abc", Check.RequiredText("  abc ", 3, "x.code", "It"));
        var tooLong = Rule.Broken("x.code", () => Check.RequiredText("abcd", 3, "x.code", "It"));
        Assert.Contains("at most 3", tooLong.Message, StringComparison.Ordinal);
        Rule.Broken("x.code", () => Check.RequiredText(null, 3, "x.code", "It"));
    }

    [Fact]
    public void OptionalText_BlankBecomesNull()
    {
        Assert.Null(Check.OptionalText("   ", 3, "x.code", "It"));
        Assert.Equal("ab", Check.OptionalText(" ab ", 3, "x.code", "It"));
    }

    [Fact]
    public void TextListTags_DeduplicatesIgnoringCaseAndKeepsFirstSpelling()
    {
        Assert.Equal(["NATO", "EU"], TextList.Tags(["NATO", "nato", " EU "], "x.code"));
    }

    [Fact]
    public void TextListTags_MoreThan30_IsRefused()
    {
        Rule.Broken("x.code", () => TextList.Tags(Enumerable.Range(0, 31).Select(i => $"tag{i}"), "x.code"));
    }

    [Fact]
    public void AggregateRoot_ClearDomainEvents_EmptiesTheList()
    {
        var question = TestData.ProposedQuestion();
        Assert.NotEmpty(question.DomainEvents);

        question.ClearDomainEvents();

        Assert.Empty(question.DomainEvents);
    }
}
