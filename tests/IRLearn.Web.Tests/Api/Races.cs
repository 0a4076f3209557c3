namespace IRLearn.Web.Tests.Api;

/// <summary>Requests a user sends at the same instant (a double click, two tabs), and what their answers may be.</summary>
public static class Races
{
    /// <summary>Every request waits at one gate, so they reach the server together rather than one after the other.</summary>
    public static async Task<HttpResponseMessage[]> AtOnceAsync(int count, Func<Task<HttpResponseMessage>> send)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var requests = Enumerable.Range(0, count).Select(async _ =>
        {
            await gate.Task;
            return await send();
        }).ToList();
        gate.SetResult();
        return await Task.WhenAll(requests);
    }

    /// <summary>The answer is one of <paramref name="allowed"/>; a refusal (400, 409) says what happened.</summary>
    public static async Task AssertStatusAsync(HttpResponseMessage response, params HttpStatusCode[] allowed)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(allowed.Contains(response.StatusCode), $"{(int)response.StatusCode} {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.AbsolutePath}: {body}");
        if (response.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.BadRequest)
        {
            Assert.False(string.IsNullOrWhiteSpace(JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString()), body);
        }
    }
}
