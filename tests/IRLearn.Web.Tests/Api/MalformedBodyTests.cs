using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace IRLearn.Web.Tests.Api;

/// <summary>
/// The malformed-body corpus of issue 17, taken from the OpenAPI document so a new route is covered the
/// day it is mapped: every POST, PUT and PATCH with a JSON body gets empty, truncated, wrong-typed and
/// hostile bodies, and each field in turn set to null, to the wrong type, to a huge string, an invalid
/// GUID or an unknown enum value. None may answer 500: a user's mistake is a 4xx with a message.
/// </summary>
public sealed class MalformedBodyTests(IRLearnWebFactory factory) : IClassFixture<IRLearnWebFactory>
{
    private static readonly string[] Accounts = [DemoAccounts.Instructor, DemoAccounts.Student, DemoAccounts.Admin];

    [Fact]
    public async Task EveryJsonRoute_AnswersMalformedBodiesWithA4xx_NeverA500()
    {
        using var anonymous = factory.CreateClient();
        using var openApi = JsonDocument.Parse(await anonymous.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken));
        var operations = JsonOperations(openApi.RootElement).ToList();
        Assert.True(operations.Count >= 20, $"the OpenAPI document lists {operations.Count} JSON operations");

        var clients = new List<HttpClient>();
        foreach (var account in Accounts)
        {
            clients.Add(await ApiClient.SignedInAsync(factory, account));
        }

        var failures = new List<string>();
        var sent = 0;
        try
        {
            foreach (var operation in operations)
            {
                // The corpus is sent as the first account the route lets past authorization (or as all,
                // when none does), so the bodies reach binding, validation and the use case.
                var callers = new List<HttpClient>();
                foreach (var client in clients)
                {
                    var probe = await SendAsync(client, operation, Encoding.UTF8.GetBytes("{}"));
                    sent++;
                    Record(failures, operation, "{}", probe);
                    if (probe is not HttpStatusCode.Unauthorized and not HttpStatusCode.Forbidden)
                    {
                        callers.Add(client);
                        break;
                    }
                }

                foreach (var client in callers.Count > 0 ? callers : clients)
                {
                    foreach (var (name, body) in Bodies(operation))
                    {
                        Record(failures, operation, name, await SendAsync(client, operation, body));
                        sent++;
                    }
                }
            }
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{operations.Count} operations, {sent} requests");
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} malformed requests answered 500:\n" + string.Join('\n', failures.Distinct().Take(60)));
    }

    private static void Record(List<string> failures, Operation operation, string body, HttpStatusCode status)
    {
        if ((int)status >= 500)
        {
            failures.Add($"{operation.Method} {operation.Path} with {body}: {(int)status}");
        }
    }

    private static async Task<HttpStatusCode> SendAsync(HttpClient client, Operation operation, byte[] body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(operation.Method), operation.Url)
        {
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }

    private static IEnumerable<(string Name, byte[] Body)> Bodies(Operation operation)
    {
        static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

        yield return ("an empty body", []);
        yield return ("null", Utf8("null"));
        yield return ("an array", Utf8("[]"));
        yield return ("a number", Utf8("42"));
        yield return ("truncated JSON", Utf8("{\"a\":"));
        yield return ("invalid UTF-8", [.. Utf8("{\"x\":\""), 0xC3, 0x28, 0xFF, .. Utf8("\"}")]);

        var valid = operation.Properties.ToDictionary(p => p.Key, p => Plausible(p.Value));
        yield return ("plausible values", Utf8(new JsonObject(valid.Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone()))).ToJsonString()));

        foreach (var (name, schema) in operation.Properties)
        {
            foreach (var (what, value) in Hostile(schema))
            {
                var body = new JsonObject(valid.Where(p => p.Key != name).Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));
                body[name] = value;
                yield return ($"{name} {what}", Utf8(body.ToJsonString()));
            }

            var without = new JsonObject(valid.Where(p => p.Key != name).Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));
            yield return ($"{name} missing", Utf8(without.ToJsonString()));

            // Two values for one key, and a lone surrogate escaped in a string.
            var rest = string.Concat(valid.Where(p => p.Key != name).Select(p => $",\"{p.Key}\":{p.Value?.ToJsonString() ?? "null"}"));
            yield return ($"{name} twice", Utf8($"{{\"{name}\":{valid[name]?.ToJsonString() ?? "null"},\"{name}\":{valid[name]?.ToJsonString() ?? "null"}{rest}}}"));
            yield return ($"{name} a lone surrogate", Utf8($"{{\"{name}\":\"\\ud800\"{rest}}}"));
        }
    }

    private static IEnumerable<(string What, JsonNode? Value)> Hostile(JsonElement schema)
    {
        yield return ("null", null);
        var type = TypeOf(schema);
        yield return ("of the wrong type", type is "string" ? JsonValue.Create(12345) : JsonValue.Create("not the right type"));
        yield return ("an object", new JsonObject { ["nested"] = new JsonArray(1, 2, 3) });
        if (type is "string")
        {
            yield return ("a 100,000-character string", JsonValue.Create(new string('x', 100_000)));
            yield return ("not a GUID", JsonValue.Create("not-a-guid"));
        }

        if (type is "integer" or "number")
        {
            yield return ("an unknown enum value or a huge number", JsonValue.Create(999_999_999));
            yield return ("negative", JsonValue.Create(-1));
        }

        if (type is "array")
        {
            yield return ("an array of nulls", new JsonArray(null, null));
            yield return ("an array of 10,000 items", new JsonArray([.. Enumerable.Range(0, 10_000).Select(i => (JsonNode?)JsonValue.Create(i))]));
        }
    }

    private static JsonNode? Plausible(JsonElement schema) => TypeOf(schema) switch
    {
        "string" when Format(schema) is "uuid" => JsonValue.Create(Guid.NewGuid()),
        "string" when Format(schema) is "date-time" => JsonValue.Create("2026-12-01T10:00:00Z"),
        "string" => JsonValue.Create("Plausible text"),
        "integer" or "number" => JsonValue.Create(1),
        "boolean" => JsonValue.Create(true),
        "array" => new JsonArray(),
        "object" => new JsonObject(),
        _ => JsonValue.Create("Plausible text"),
    };

    private static string? TypeOf(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return schema.TryGetProperty("$ref", out _) ? "object" : null;
        }

        return type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.GetString()).FirstOrDefault(t => t != "null")
            : type.GetString();
    }

    private static string? Format(JsonElement schema) => schema.TryGetProperty("format", out var format) ? format.GetString() : null;

    private static IEnumerable<Operation> JsonOperations(JsonElement document)
    {
        var schemas = document.GetProperty("components").GetProperty("schemas");
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var method in path.Value.EnumerateObject().Where(m => m.Name is "post" or "put" or "patch"))
            {
                if (!method.Value.TryGetProperty("requestBody", out var requestBody)
                    || !requestBody.GetProperty("content").TryGetProperty("application/json", out var json))
                {
                    continue;
                }

                var schema = Resolve(json.GetProperty("schema"), schemas);
                var properties = schema.TryGetProperty("properties", out var props)
                    ? props.EnumerateObject().ToDictionary(p => p.Name, p => Resolve(p.Value, schemas))
                    : [];
                yield return new Operation(method.Name.ToUpperInvariant(), path.Name, Url(path.Name), properties);
            }
        }
    }

    private static JsonElement Resolve(JsonElement schema, JsonElement schemas) =>
        schema.TryGetProperty("$ref", out var reference)
            ? schemas.GetProperty(reference.GetString()!.Split('/')[^1])
            : schema;

    // Route values are GUIDs for every id this API has; the rest ("code") take a plausible word.
    private static string Url(string template) =>
        System.Text.RegularExpressions.Regex.Replace(template, @"\{(?<name>[^}:]+)[^}]*\}", m =>
            m.Groups["name"].Value.EndsWith("id", StringComparison.OrdinalIgnoreCase) ? Guid.NewGuid().ToString() : "abcd-efgh");

    private sealed record Operation(string Method, string Path, string Url, Dictionary<string, JsonElement> Properties)
    {
        public override string ToString() => $"{Method} {Path}";
    }
}
