namespace IRLearn.Web.Tests.Leaderboards;

/// <summary>Reads the API's board documents into plain tuples the tests can compare with a hand-written expectation.</summary>
public static class BoardJson
{
    public static async Task<JsonElement> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}: {body}");
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    public static List<(string Name, decimal Points)> StudentRows(JsonElement board) =>
        board.GetProperty("rows").EnumerateArray()
            .Select(r => (r.GetProperty("name").GetString()!, r.GetProperty("points").GetDecimal()))
            .ToList();

    public static List<(string Name, decimal Score, decimal Participation)> ClassRows(JsonElement standings, string list = "ranked") =>
        standings.GetProperty(list).EnumerateArray()
            .Select(r => (r.GetProperty("name").GetString()!, r.GetProperty("score").GetDecimal(), r.GetProperty("participationPercent").GetDecimal()))
            .ToList();
}
