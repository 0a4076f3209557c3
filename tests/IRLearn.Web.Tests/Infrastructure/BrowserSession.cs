namespace IRLearn.Web.Tests.Infrastructure;

/// <summary>
/// A cookie-carrying client that behaves like a browser without JavaScript: it GETs a form, reads the
/// antiforgery token out of the HTML and posts it back.
/// </summary>
public sealed partial class BrowserSession(HttpClient client) : IDisposable
{
    public HttpClient Client { get; } = client;

    public static BrowserSession Create(WebApplicationFactory<Program> factory) =>
        new(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public async Task<string> GetAntiforgeryTokenAsync(string path)
    {
        var html = await Client.GetStringAsync(path);
        return ExtractToken(html) ?? throw new InvalidOperationException($"No antiforgery token on {path}.");
    }

    public static string? ExtractToken(string html)
    {
        var match = TokenPattern().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    public async Task<HttpResponseMessage> PostFormAsync(string path, IDictionary<string, string> fields, string? tokenFrom = null)
    {
        var token = await GetAntiforgeryTokenAsync(tokenFrom ?? path);
        var body = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await Client.PostAsync(path, new FormUrlEncodedContent(body));
    }

    public Task<HttpResponseMessage> LogInAsync(string email, string password = DemoAccounts.Password) =>
        PostFormAsync("/Account/Login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
