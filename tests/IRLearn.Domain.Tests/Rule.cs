using IRLearn.Domain.Common;

namespace IRLearn.Domain.Tests;

/// <summary>Asserts that an action breaks a domain rule with a particular code.</summary>
internal static class Rule
{
    public static DomainException Broken(string expectedCode, Action action)
    {
        var exception = Assert.Throws<DomainException>(action);
        Assert.Equal(expectedCode, exception.Code);
        return exception;
    }

    public static DomainException Broken(string expectedCode, Func<object?> action) =>
        Broken(expectedCode, () => { _ = action(); });
}
