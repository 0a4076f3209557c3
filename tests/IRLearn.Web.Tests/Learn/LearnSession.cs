namespace IRLearn.Web.Tests.Learn;

/// <summary>A signed-in student in a browser without JavaScript, with the steps the tests repeat.</summary>
public static class LearnSession
{
    public static async Task<BrowserSession> StudentAsync(LearnWebFactory factory, string email = DemoAccounts.Student)
    {
        var session = BrowserSession.Create(factory);
        var login = await session.LogInAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return session;
    }

    /// <summary>Presses "Start attempt" on the assignment page; returns the attempt's page path.</summary>
    public static async Task<string> StartAsync(this BrowserSession session, Guid assignmentId)
    {
        var path = $"/Learn/Assignments/{assignmentId}";
        var response = await session.PostFormAsync($"{path}?handler=Start", new Dictionary<string, string>(), tokenFrom: path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/Learn/Attempts/", location, StringComparison.Ordinal);
        return location;
    }

    public static async Task<AttemptPage> OpenAsync(this BrowserSession session, string attemptPath) =>
        AttemptPage.Parse(await session.Client.GetStringAsync(attemptPath));

    public static Guid AttemptIdOf(string attemptPath) => Guid.Parse(attemptPath.Split('/')[^1]);
}
