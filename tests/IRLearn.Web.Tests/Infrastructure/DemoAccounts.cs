namespace IRLearn.Web.Tests.Infrastructure;

/// <summary>Accounts from seed/demo/demo-data.json.</summary>
public static class DemoAccounts
{
    public const string Password = "Demo-Pass-2026";
    public const string Admin = "admin@irlearn.test";
    public const string Instructor = "instructor@irlearn.test";
    public const string OtherInstructor = "instructor2@irlearn.test";
    public const string Student = "student@irlearn.test";
    public const string OtherStudent = "elena.petrova@students.irlearn.test";
}
