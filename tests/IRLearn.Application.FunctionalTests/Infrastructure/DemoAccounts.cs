namespace IRLearn.Application.FunctionalTests.Infrastructure;

/// <summary>Accounts from seed/demo/demo-data.json, which every functional test's database starts with.</summary>
public static class DemoAccounts
{
    public const string Admin = "admin@irlearn.test";
    public const string Instructor = "instructor@irlearn.test";
    public const string OtherInstructor = "instructor2@irlearn.test";
    public const string Student = "student@irlearn.test";
}
