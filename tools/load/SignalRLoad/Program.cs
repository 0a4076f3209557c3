using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using IRLearn.Tools.SignalRLoad;

// The SignalR scenario of the load harness (issue 16): opens many leaderboard connections, submits first attempts one
// round at a time, and measures how soon each connection hears "board changed". Run by tools/load/load.py:
//
//     dotnet SignalRLoad.dll --url http://127.0.0.1:5000 --spec signalr.json
//
// Progress goes to stderr; the figures are one line on stdout, "SIGNALRJSON {...}".
if (args is not ["--url", var url, "--spec", var specPath])
{
    await Console.Error.WriteLineAsync("usage: SignalRLoad --url <app base address> --spec <spec.json>");
    return 2;
}

var spec = LoadSpec.Read(specPath);
var site = new Site(new Uri(url));
using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(30));
var cancellationToken = cancel.Token;

Log($"signing in {spec.Listeners.Count} listeners on the login page");
var cookies = new CookieContainer[spec.Listeners.Count];
await Parallel.ForEachAsync(Enumerable.Range(0, cookies.Length), new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken },
    async (i, ct) => cookies[i] = await site.SignInAsync(spec.Listeners[i], spec.Password, ct));

// The attempts are started before the boards open: only the submit, which grades, is timed.
var triggers = new List<(HttpClient Student, Guid Attempt)>();
foreach (var trigger in spec.Triggers)
{
    var student = await site.ApiClientAsync(trigger.Email, spec.Password, cancellationToken);
    triggers.Add((student, await Site.StartAsync(student, trigger.AssignmentId, cancellationToken)));
}

Log($"opening {spec.Connections} connections, {spec.OpenInParallel} at a time");
await using var boards = new BoardListeners(spec.Connections, triggers.Count);
var pages = new List<HttpClient>();
if (spec.RefreshPath is { } refreshPath)
{
    // One page client per listener, with its cookie: the board page's own fetch of itself.
    pages.AddRange(cookies.Select(c => new HttpClient(new SocketsHttpHandler { CookieContainer = c, AllowAutoRedirect = false }) { BaseAddress = site.BaseAddress }));
    boards.RefreshAfterEachChange(pages, new Uri(refreshPath, UriKind.Relative));
}

var opening = Stopwatch.GetTimestamp();
await boards.OpenAsync(site.BaseAddress, cookies, spec.ClassroomId, spec.OpenInParallel, cancellationToken);
var openSeconds = Stopwatch.GetElapsedTime(opening).TotalSeconds;
var open = boards.Open;
Log($"{open} / {boards.Asked} open in {openSeconds:F1} s{(boards.Failures.Count > 0 ? $"; first failure: {boards.Failures[0]}" : "")}");
if (open == 0)
{
    return 1;
}

// A moment for the server to finish the joins before the first grade.
await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);

var rounds = new List<Round>();
for (var r = 0; r < triggers.Count; r++)
{
    boards.BeginRound(r);
    var sent = Stopwatch.GetTimestamp();
    await Site.SubmitAsync(triggers[r].Student, triggers[r].Attempt, cancellationToken);
    var acknowledged = Stopwatch.GetTimestamp();
    var deadline = Stopwatch.GetTimestamp() + (spec.RoundTimeoutSeconds * Stopwatch.Frequency);
    while ((boards.ReceivedIn(r) < open || (boards.Refreshes && boards.RefreshesDoneIn(r) < boards.ReceivedIn(r))) && Stopwatch.GetTimestamp() < deadline)
    {
        await Task.Delay(10, cancellationToken);
    }

    var round = new Round(sent, acknowledged, [.. boards.Receipts(r)], boards.Refreshes ? [.. boards.Refreshed(r)] : []);
    rounds.Add(round);
    Log($"round {r + 1}: {round.Received} / {round.Receipts.Count} heard it, last after {round.LastMs:F0} ms from the grade request (acknowledged after {round.AcknowledgedMs:F0} ms)"
        + (boards.Refreshes ? $"; {round.RefreshedCount} boards fetched again, the last after {round.RefreshLastMs:F0} ms" : ""));
    // Stragglers of this round arrive before the next begins, so they are not taken for the next round's.
    await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
}

var report = Report.From(boards, openSeconds, rounds);
foreach (var client in triggers.Select(t => t.Student).Concat(pages))
{
    client.Dispose();
}

// NaN (no delivery at all) is written as "NaN", which Python's json reads.
var json = new JsonSerializerOptions(JsonSerializerDefaults.Web) { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };
Console.WriteLine("SIGNALRJSON " + JsonSerializer.Serialize(report, json));
return 0;

static void Log(string message) => Console.Error.WriteLine($"  signalr: {message}");
