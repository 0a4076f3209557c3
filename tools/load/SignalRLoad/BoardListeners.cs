using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace IRLearn.Tools.SignalRLoad;

/// <summary>
/// Open leaderboard pages, as many as asked: each a .NET SignalR client connection with its user's page cookie,
/// following the classroom's boards the way the page does (JoinClassroom). Each connection's first "board changed" of
/// a round is timestamped where it arrives, in the handler, so client-side queueing counts against the app. Optionally
/// each connection then fetches its board page again, as leaderboard.js does, and that answer is timestamped too.
/// </summary>
public sealed class BoardListeners(int connections, int rounds) : IAsyncDisposable
{
    // The hub's path and message, as in src/IRLearn.Web/Leaderboards/LeaderboardHub.cs (the tool does not reference the app).
    private const string HubPath = "/hubs/leaderboards";
    private const string BoardChanged = "boardChanged";

    private readonly HubConnection?[] _connections = new HubConnection?[connections];
    private readonly long[][] _firstReceipt = [.. Enumerable.Range(0, rounds).Select(_ => new long[connections])];
    private readonly int[] _received = new int[rounds];
    private readonly long[][] _refreshed = [.. Enumerable.Range(0, rounds).Select(_ => new long[connections])];
    private readonly int[] _refreshesDone = new int[rounds];
    private IReadOnlyList<HttpClient>? _pages;
    private Uri? _page;
    private int _refreshFailed;
    private int _round = -1;
    private int _extra;
    private int _closed;

    public int Asked => _connections.Length;

    public int Open => _connections.Count(c => c?.State == HubConnectionState.Connected);

    /// <summary>Messages beyond the first per connection and round (late ones from an earlier round, or duplicates).</summary>
    public int Extra => Volatile.Read(ref _extra);

    /// <summary>Connections that closed after they had opened (the server dropped them, or a timeout).</summary>
    public int Closed => Volatile.Read(ref _closed);

    public IReadOnlyList<string> Failures => _failures;

    /// <summary>Board fetches after a change that failed (an error status or no answer).</summary>
    public int RefreshFailed => Volatile.Read(ref _refreshFailed);

    public bool Refreshes => _pages is not null;

    private readonly List<string> _failures = [];

    /// <summary>Opens every connection, a few at a time, connection i as listener i modulo their number.</summary>
    public async Task OpenAsync(Uri baseAddress, IReadOnlyList<CookieContainer> listeners, Guid classroomId, int inParallel, CancellationToken cancellationToken)
    {
        var hub = new Uri(baseAddress, HubPath);
        await Parallel.ForEachAsync(Enumerable.Range(0, Asked), new ParallelOptions { MaxDegreeOfParallelism = inParallel, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            var connection = new HubConnectionBuilder()
                .WithUrl(hub, options =>
                {
                    options.Cookies = listeners[i % listeners.Count];
                    // What a browser gets too: negotiate, then a WebSocket.
                    options.Transports = HttpTransportType.WebSockets;
                })
                .Build();
            connection.On(BoardChanged, () => Receive(i));
            connection.Closed += _ =>
            {
                Interlocked.Increment(ref _closed);
                return Task.CompletedTask;
            };
            try
            {
                await connection.StartAsync(ct);
                await connection.InvokeAsync("JoinClassroom", classroomId, ct);
                _connections[i] = connection;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                lock (_failures)
                {
                    _failures.Add($"{ex.GetType().Name}: {ex.Message}");
                }

                await connection.DisposeAsync();
            }
        });
    }

    /// <summary>
    /// After each change, connection i fetches <paramref name="page"/> with listener i's page client (its cookie), as the
    /// board page does: one fetch per change, since the rounds come one at a time.
    /// </summary>
    public void RefreshAfterEachChange(IReadOnlyList<HttpClient> pages, Uri page)
    {
        _pages = pages;
        _page = page;
    }

    /// <summary>From now on a connection's first message counts for this round.</summary>
    public void BeginRound(int round) => Volatile.Write(ref _round, round);

    public int ReceivedIn(int round) => Volatile.Read(ref _received[round]);

    public int RefreshesDoneIn(int round) => Volatile.Read(ref _refreshesDone[round]);

    /// <summary>When each open connection first heard of the round's grade (a Stopwatch timestamp), or null.</summary>
    public IEnumerable<long?> Receipts(int round) => OfOpen(_firstReceipt[round]);

    /// <summary>When each open connection had its board page again after the round's grade, or null.</summary>
    public IEnumerable<long?> Refreshed(int round) => OfOpen(_refreshed[round]);

    private IEnumerable<long?> OfOpen(long[] stamps) =>
        _connections.Select((c, i) => (c, i)).Where(x => x.c is not null).Select(x => stamps[x.i] is var at and not 0 ? at : (long?)null);

    private void Receive(int connection)
    {
        var at = Stopwatch.GetTimestamp();
        var round = Volatile.Read(ref _round);
        if (round >= 0 && Interlocked.CompareExchange(ref _firstReceipt[round][connection], at, 0) == 0)
        {
            Interlocked.Increment(ref _received[round]);
            if (_pages is not null)
            {
                _ = RefreshAsync(round, connection);
            }
        }
        else
        {
            Interlocked.Increment(ref _extra);
        }
    }

    private async Task RefreshAsync(int round, int connection)
    {
        try
        {
            using var response = await _pages![connection % _pages.Count].GetAsync(_page);
            await response.Content.ReadAsStringAsync();
            if (response.IsSuccessStatusCode)
            {
                _refreshed[round][connection] = Stopwatch.GetTimestamp();
            }
            else
            {
                Interlocked.Increment(ref _refreshFailed);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            Interlocked.Increment(ref _refreshFailed);
        }
        finally
        {
            Interlocked.Increment(ref _refreshesDone[round]);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Parallel.ForEachAsync(_connections.OfType<HubConnection>(), new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (c, _) => await c.DisposeAsync());
    }
}
