namespace IRLearn.Web.Infrastructure;

/// <summary>Authorization policies. Pages use the role cookie; the API accepts bearer tokens only, so it needs no CSRF token.</summary>
public static class Policies
{
    public const string Learn = "Learn";
    public const string Teach = "Teach";
    public const string Admin = "Admin";
    public const string Leaderboards = "Leaderboards";
    public const string Api = "Api";
}
