using IRLearn.Application.Grading.Common;

namespace IRLearn.Web.Tests.Grading;

internal static class GradingJson
{
    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    /// <summary>Enums may be written as numbers or names; tests compare names.</summary>
    public static string Enum<T>(JsonElement element)
        where T : struct, System.Enum =>
        element.ValueKind == JsonValueKind.Number ? ((T)(object)element.GetInt32()).ToString() : element.GetString()!;

    public static JsonElement Cell(JsonElement gradebook, string studentId, Guid assignmentId)
    {
        var row = gradebook.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("studentId").GetString() == studentId);
        return row.GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("assignmentId").GetGuid() == assignmentId);
    }

    public static string Status(JsonElement cell) => Enum<CellStatus>(cell.GetProperty("status"));

    public static decimal? Decimal(JsonElement element, string property) =>
        element.GetProperty(property).ValueKind == JsonValueKind.Null ? null : element.GetProperty(property).GetDecimal();

    /// <summary>Polls a regrade job's status through the API until it has finished (completed or failed).</summary>
    public static async Task<JsonElement> WaitForRegradeJobAsync(HttpClient api, Guid jobId)
    {
        for (var i = 0; i < 600; i++)
        {
            var job = await ReadAsync(await api.GetAsync($"/api/v1/grading/regrade-jobs/{jobId}"));
            var state = Enum<RegradeJobState>(job.GetProperty("state"));
            if (state is nameof(RegradeJobState.Completed) or nameof(RegradeJobState.Failed))
            {
                return job;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The regrade job did not finish within a minute.");
    }
}
