using IRLearn.Domain.Grading;

namespace IRLearn.Domain.Tests.Grading;

public class AnswerNormalizerTests
{
    [Theory]
    [InlineData("  Hello,   WORLD!  ", "hello world")]
    [InlineData("Ankara", "ankara")]
    [InlineData("Türkiye", "turkiye")]
    [InlineData("Québec", "quebec")]
    [InlineData("nineteen", "19")]
    [InlineData("Twenty-One states", "21 states")]
    [InlineData("one hundred and twenty three", "123")]
    [InlineData("two million", "2000000")]
    [InlineData("bread and butter", "bread and butter")]
    [InlineData("1,500,000", "1500000")]
    [InlineData("2.50", "2.5")]
    [InlineData("007", "7")]
    [InlineData("3.5%", "3.5 percent")]
    [InlineData("The Hague", "hague")]
    [InlineData("U.N. and U.S", "un and us")]
    [InlineData("the", "the")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Normalize_ProducesCanonicalForm(string? input, string expected)
    {
        Assert.Equal(expected, AnswerNormalizer.Normalize(input));
    }
}
