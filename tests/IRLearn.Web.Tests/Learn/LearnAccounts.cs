namespace IRLearn.Web.Tests.Learn;

/// <summary>Demo students these tests need besides Aigerim (DemoAccounts.Student).</summary>
public static class LearnAccounts
{
    /// <summary>In IR 101, like Aigerim.</summary>
    public const string Daniel = "daniel.okafor@students.irlearn.test";

    /// <summary>In IR 230 only.</summary>
    public const string Elena = "elena.petrova@students.irlearn.test";
}
