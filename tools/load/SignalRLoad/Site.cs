using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace IRLearn.Tools.SignalRLoad;

/// <summary>The app's public pages and API, as a browser and an API client use them.</summary>
public sealed partial class Site(Uri baseAddress)
{
    public Uri BaseAddress { get; } = baseAddress;

    /// <summary>
    /// Signs in on the login page like a browser (antiforgery token and cookie, then the form) and returns the cookies:
    /// the leaderboard hub takes the page cookie, not the API's bearer token.
    /// </summary>
    public async Task<CookieContainer> SignInAsync(string email, string password, CancellationToken cancellationToken)
    {
        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = BaseAddress };
        var page = await client.GetStringAsync(new Uri("/Account/Login", UriKind.Relative), cancellationToken);
        var token = AntiforgeryToken().Match(page);
        if (!token.Success)
        {
            throw new InvalidOperationException("The login page has no antiforgery token.");
        }

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        });
        using var response = await client.PostAsync(new Uri("/Account/Login", UriKind.Relative), form, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in {email} answered {(int)response.StatusCode}, not a redirect.");
        }

        return cookies;
    }

    /// <summary>An API client for one student, with a bearer token from the token endpoint.</summary>
    public async Task<HttpClient> ApiClientAsync(string email, string password, CancellationToken cancellationToken)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        using var response = await client.PostAsJsonAsync(new Uri("/api/v1/auth/token", UriKind.Relative), new { email, password }, cancellationToken);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.RootElement.GetProperty("accessToken").GetString());
        return client;
    }

    /// <summary>Starts the student's attempt at the assignment, or resumes the one still open.</summary>
    public static async Task<Guid> StartAsync(HttpClient student, Guid assignmentId, CancellationToken cancellationToken)
    {
        using var response = await student.PostAsync(new Uri($"/api/v1/learn/assignments/{assignmentId}/attempts", UriKind.Relative), content: null, cancellationToken);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return body.RootElement.GetProperty("attemptId").GetGuid();
    }

    /// <summary>
    /// Submits the attempt; throws unless this submit graded it (AttemptStatus.Graded, 2), since only a grade moves the
    /// board: an answer waiting for a manual score, or an attempt submitted before, would be measured as "nobody heard".
    /// </summary>
    public static async Task SubmitAsync(HttpClient student, Guid attemptId, CancellationToken cancellationToken)
    {
        using var response = await student.PostAsJsonAsync(new Uri($"/api/v1/learn/attempts/{attemptId}/submit", UriKind.Relative), new { }, cancellationToken);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        var status = body.RootElement.GetProperty("status");
        var graded = status.ValueKind == JsonValueKind.Number ? status.GetInt32() == 2 : status.GetString() == "Graded";
        if (!graded || body.RootElement.GetProperty("alreadySubmitted").GetBoolean())
        {
            throw new InvalidOperationException($"Submitting attempt {attemptId} did not grade it now ({body.RootElement}), so no board would change.");
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
