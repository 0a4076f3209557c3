using IRLearn.Domain.Classrooms;

namespace IRLearn.Domain.Tests.Classrooms;

public class JoinCodeTests
{
    [Theory]
    [InlineData("ABCD2345", "ABCD2345")]
    [InlineData("abcd2345", "ABCD2345")]
    [InlineData("  abcd 2345 ", "ABCD2345")]
    [InlineData("abcd-2345", "ABCD2345")]
    public void Parse_NormalisesCaseSpacesAndDashes(string input, string expected)
    {
        Assert.Equal(expected, JoinCode.Parse(input).Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("ABCD234")]
    [InlineData("ABCD23456")]
    [InlineData("ABCD2340")]
    [InlineData("ABCDO345")]
    [InlineData("ABCD1345")]
    [InlineData("ABCDI345")]
    [InlineData("ABCDL345")]
    [InlineData("ABCD#345")]
    public void Parse_BadCode_IsRefused(string? input)
    {
        Rule.Broken("classroom.join_code_invalid", () => JoinCode.Parse(input));
        Assert.False(JoinCode.TryParse(input, out _));
    }

    [Fact]
    public void Generate_UsesOnlyTheUnambiguousAlphabet()
    {
        for (var i = 0; i < 200; i++)
        {
            var code = JoinCode.Generate();

            Assert.Equal(JoinCode.Length, code.Value.Length);
            Assert.DoesNotContain(code.Value, c => "01OIL".Contains(c, StringComparison.Ordinal));
            Assert.Equal(code, JoinCode.Parse(code.Value));
        }
    }

    [Fact]
    public void Generate_TwoCodes_Differ()
    {
        var codes = Enumerable.Range(0, 100).Select(_ => JoinCode.Generate().Value).ToHashSet();

        Assert.Equal(100, codes.Count);
    }

    [Fact]
    public void Generate_InjectedRandom_IsDeterministic()
    {
        Assert.Equal("AAAAAAAA", JoinCode.Generate(_ => 0).Value);
        Assert.Equal("99999999", JoinCode.Generate(max => max - 1).Value);
    }

    [Fact]
    public void Equality_IsByValue()
    {
        Assert.Equal(JoinCode.Parse("abcd2345"), JoinCode.Parse("ABCD-2345"));
        Assert.Equal("ABCD2345", JoinCode.Parse("abcd2345").ToString());
    }
}
