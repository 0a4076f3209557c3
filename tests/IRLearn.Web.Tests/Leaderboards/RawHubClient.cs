namespace IRLearn.Web.Tests.Leaderboards;

/// <summary>
/// Just enough of the SignalR protocol (JSON over long polling) to test the hub with the test
/// server's cookie-carrying client, without a client package: negotiate, handshake, invoke, read.
/// </summary>
public sealed class RawHubClient
{
    private const char RecordSeparator = '\u001e';
    private readonly HttpClient _client;
    private readonly string _url;
    private readonly Queue<JsonElement> _received = new();
    private int _invocationId;

    private RawHubClient(HttpClient client, string url)
    {
        _client = client;
        _url = url;
    }

    public static async Task<RawHubClient> ConnectAsync(HttpClient client, string path = "/hubs/leaderboards")
    {
        var negotiate = await client.PostAsync($"{path}/negotiate?negotiateVersion=1", content: null);
        negotiate.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await negotiate.Content.ReadAsStringAsync());
        var token = body.RootElement.GetProperty("connectionToken").GetString()!;
        var hub = new RawHubClient(client, $"{path}?id={Uri.EscapeDataString(token)}");
        await hub.SendAsync("{\"protocol\":\"json\",\"version\":1}");
        return hub;
    }

    /// <summary>Invokes a hub method and returns its error, or null when it succeeded.</summary>
    public async Task<string?> InvokeAsync(string target, params object[] arguments)
    {
        var id = (++_invocationId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await SendAsync(JsonSerializer.Serialize(new { type = 1, invocationId = id, target, arguments }));
        var completion = await NextAsync(m => m.GetProperty("type").GetInt32() == 3 && m.GetProperty("invocationId").GetString() == id, TimeSpan.FromSeconds(20));
        return completion.TryGetProperty("error", out var error) ? error.GetString() : null;
    }

    /// <summary>Waits for an invocation of <paramref name="target"/> from the server; null when none arrives in time.</summary>
    public async Task<JsonElement?> WaitForAsync(string target, TimeSpan timeout)
    {
        try
        {
            return await NextAsync(m => m.GetProperty("type").GetInt32() == 1 && m.GetProperty("target").GetString() == target, timeout);
        }
        catch (TimeoutException)
        {
            return null;
        }
    }

    private async Task SendAsync(string message)
    {
        var response = await _client.PostAsync(_url, new StringContent(message + RecordSeparator, Encoding.UTF8, "text/plain"));
        response.EnsureSuccessStatusCode();
    }

    private async Task<JsonElement> NextAsync(Func<JsonElement, bool> wanted, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            while (_received.Count > 0)
            {
                var message = _received.Dequeue();
                if (message.TryGetProperty("type", out _) && wanted(message))
                {
                    return message;
                }
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException("The hub sent nothing that matched in time.");
            }

            using var poll = new CancellationTokenSource(left);
            string text;
            try
            {
                text = await _client.GetStringAsync(_url, poll.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException("The hub sent nothing that matched in time.");
            }

            foreach (var frame in text.Split(RecordSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                using var document = JsonDocument.Parse(frame);
                _received.Enqueue(document.RootElement.Clone());
            }
        }
    }
}
