using System.Net.Http.Headers;

namespace IRLearn.Web.Tests.Api;

/// <summary>Gets a bearer token the way an API client would, and returns a client that sends it.</summary>
public static class ApiClient
{
    public static async Task<HttpClient> SignedInAsync(WebApplicationFactory<Program> factory, string email, string password = Infrastructure.DemoAccounts.Password)
    {
        var client = factory.CreateClient();
        await SignInAsync(client, email, password);
        return client;
    }

    /// <summary>Signs <paramref name="client"/> in: every later request carries the account's bearer token.</summary>
    public static async Task SignInAsync(HttpClient client, string email, string password = Infrastructure.DemoAccounts.Password)
    {
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password });
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.RootElement.GetProperty("accessToken").GetString());
    }
}
