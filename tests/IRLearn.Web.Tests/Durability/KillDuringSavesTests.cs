using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace IRLearn.Web.Tests.Durability;

/// <summary>
/// The durability proof (issue 17, ADR 13): the real server process, concurrent students saving answers through
/// the real API, SIGKILL at a random moment, a restart on the same SQLite file, and then every answer whose save
/// was acknowledged (a 2xx received before the kill) must be there with its value, and the database must pass
/// <c>PRAGMA integrity_check</c>. Five trials by default; <c>IRLEARN_DURABILITY_TRIALS</c> asks for more, and
/// <c>IRLEARN_DURABILITY_SEED</c> replays a run's kill moments.
/// </summary>
public sealed class KillDuringSavesTests : IDisposable
{
    private const int DefaultTrials = 5;

    private readonly string _folder = Directory.CreateTempSubdirectory("irlearn-durability-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact(Timeout = 600_000)]
    public async Task EveryAcknowledgedSave_SurvivesSigkillAndRestart()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var trials = Setting("IRLEARN_DURABILITY_TRIALS", DefaultTrials);
        var seed = Setting("IRLEARN_DURABILITY_SEED", Random.Shared.Next());
        var random = new Random(seed);
        Log($"{trials} trials, seed {seed} (IRLEARN_DURABILITY_SEED={seed} replays the kill moments)");

        var (databasePath, students, assignmentId) = await SeedAsync(cancellationToken);
        var server = await ServerProcess.StartAsync(databasePath, cancellationToken);
        List<Writer> writers = [];
        try
        {
            writers = await StartAttemptsAsync(server, students, assignmentId, cancellationToken);
            for (var trial = 1; trial <= trials; trial++)
            {
                var run = await SaveUntilKilledAsync(server, writers, trial, random, cancellationToken);

                server.Dispose();
                server = await ServerProcess.StartAsync(databasePath, cancellationToken);
                await SignInAsync(server, writers, cancellationToken);
                var check = await CheckAsync(writers, cancellationToken);
                var integrity = await IntegrityAsync(databasePath, cancellationToken);

                Log($"trial {trial}: {writers.Count} writers, killed after {run.KilledAfter.TotalMilliseconds:F0} ms, " +
                    $"{run.Acknowledged} saves acknowledged, {run.Refused} refused, {run.InFlight} in flight at the kill; " +
                    $"{check.Found} of {check.Checked} last acknowledged answers found ({check.InFlightStored} in-flight saves also stored); " +
                    $"restart {server.Startup.TotalSeconds:F1} s; integrity_check {integrity}");

                Assert.True(run.Acknowledged > 0, $"trial {trial}: no save was acknowledged before the kill, so it proved nothing. Writers ended with: {string.Join("; ", writers.Select(w => w.Ending).Distinct())}. Server output:\n{run.ServerOutput}");
                Assert.True(check.Lost.Count == 0, $"trial {trial}: acknowledged answers lost after SIGKILL:\n{string.Join('\n', check.Lost)}");
                Assert.Equal("ok", integrity);
            }
        }
        finally
        {
            server.Dispose();
            foreach (var writer in writers)
            {
                writer.Client.Dispose();
            }
        }
    }

    /// <summary>
    /// A quiz assigned to IR 101 on a copy of a database the in-process host built (demo accounts, one question of
    /// every type), so the server process starts on data like a deployment's, without waiting for its own seeding.
    /// </summary>
    private async Task<(string DatabasePath, IReadOnlyList<string> Students, Guid AssignmentId)> SeedAsync(CancellationToken cancellationToken)
    {
        using var factory = new IRLearnWebFactory();
        var quiz = await LearnSeed.QuizAsync(factory, LearnSeed.Settings());
        var students = await LearnSeed.ReadAsync(factory, async db =>
        {
            var ids = await db.Classrooms.AsNoTracking().Where(c => c.Id == quiz.ClassroomId)
                .SelectMany(c => c.Enrollments).Select(e => e.StudentId).ToListAsync(cancellationToken);
            return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).OrderBy(u => u.Email).Select(u => u.Email!).ToListAsync(cancellationToken);
        });
        Assert.InRange(students.Count, 8, 16);

        var databasePath = Path.Combine(_folder, "irlearn.db");
        var copy = await SqliteBackup.BackupAsync(factory.DatabasePath, databasePath, cancellationToken);
        Assert.True(copy.Succeeded, copy.Error);
        return (databasePath, students, quiz.AssignmentId);
    }

    private static async Task<List<Writer>> StartAttemptsAsync(ServerProcess server, IReadOnlyList<string> students, Guid assignmentId, CancellationToken cancellationToken)
    {
        var writers = await Task.WhenAll(students.Select(async (email, index) =>
        {
            var client = await SignedInAsync(server, email, cancellationToken);
            var started = await client.PostAsync($"/api/v1/learn/assignments/{assignmentId}/attempts", null, cancellationToken);
            started.EnsureSuccessStatusCode();
            var attemptId = (await started.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("attemptId").GetGuid();
            var attempt = await client.GetFromJsonAsync<JsonElement>($"/api/v1/learn/attempts/{attemptId}", cancellationToken);
            // The free-text questions: each save can carry a value no other save ever had.
            var numbers = attempt.GetProperty("questions").EnumerateArray()
                .Where(q => q.GetProperty("type").GetInt32() is (int)QuestionType.FillInBlank or (int)QuestionType.ShortAnswer)
                .Select(q => q.GetProperty("number").GetInt32())
                .ToList();
            Assert.Equal(2, numbers.Count);
            return new Writer(index, email, attemptId, numbers) { Client = client };
        }));
        return [.. writers];
    }

    private static async Task SignInAsync(ServerProcess server, List<Writer> writers, CancellationToken cancellationToken) =>
        await Task.WhenAll(writers.Select(async writer =>
        {
            writer.Client.Dispose();
            writer.Client = await SignedInAsync(server, writer.Email, cancellationToken);
        }));

    private static async Task<HttpClient> SignedInAsync(ServerProcess server, string email, CancellationToken cancellationToken)
    {
        var client = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        cancellationToken.ThrowIfCancellationRequested();
        await ApiClient.SignInAsync(client, email);
        return client;
    }

    /// <summary>
    /// Every writer saves its attempt's free-text answers in turn, each with a new value, one request at a time (as a
    /// browser's autosave does), until the server dies under it. The kill comes at a random moment once saves are flowing.
    /// </summary>
    private static async Task<TrialRun> SaveUntilKilledAsync(ServerProcess server, List<Writer> writers, int trial, Random random, CancellationToken cancellationToken)
    {
        writers.ForEach(writer => writer.BeginTrial());
        var clock = Stopwatch.StartNew();
        var writing = writers.Select(writer => Task.Run(() => writer.SaveUntilFailureAsync(trial), cancellationToken)).ToList();
        while (writers.Sum(w => w.AcknowledgedThisTrial) == 0 && writing.Any(w => !w.IsCompleted))
        {
            await Task.Delay(20, cancellationToken);
        }

        await Task.Delay(TimeSpan.FromMilliseconds(random.Next(0, 2500)), cancellationToken);
        server.Kill();
        var killedAfter = clock.Elapsed;
        await Task.WhenAll(writing);

        return new TrialRun(
            server.Output,
            killedAfter,
            writers.Sum(w => w.AcknowledgedThisTrial),
            writers.Sum(w => w.RefusedThisTrial),
            writers.Count(w => w.Slots.Values.Any(s => s.Unsure.Count > 0)));
    }

    /// <summary>Reads every attempt back through the restarted server's API and compares each answer with the ledger.</summary>
    private static async Task<TrialCheck> CheckAsync(List<Writer> writers, CancellationToken cancellationToken)
    {
        var lost = new List<string>();
        int found = 0, checkedCount = 0, inFlightStored = 0;
        foreach (var writer in writers)
        {
            var attempt = await writer.Client.GetFromJsonAsync<JsonElement>($"/api/v1/learn/attempts/{writer.AttemptId}", cancellationToken);
            foreach (var question in attempt.GetProperty("questions").EnumerateArray())
            {
                if (!writer.Slots.TryGetValue(question.GetProperty("number").GetInt32(), out var slot))
                {
                    continue;
                }

                var stored = question.GetProperty("answer") is { ValueKind: JsonValueKind.Object } answer ? answer.GetProperty("text").GetString() : null;
                if (slot.Acknowledged is not null)
                {
                    checkedCount++;
                    if (stored == slot.Acknowledged)
                    {
                        found++;
                    }
                    else if (stored is null || !slot.Unsure.Contains(stored))
                    {
                        lost.Add($"{writer.Email}, question {question.GetProperty("number").GetInt32()}: acknowledged '{slot.Acknowledged}', stored '{stored ?? "nothing"}'");
                    }
                }

                if (stored is not null && slot.Unsure.Contains(stored))
                {
                    // A save whose answer never arrived may still have committed; then it is the value from now on.
                    inFlightStored++;
                    found += slot.Acknowledged is null ? 0 : 1;
                    slot.Acknowledged = stored;
                }

                slot.Unsure.Clear();
            }
        }

        return new TrialCheck(checkedCount, found, inFlightStored, lost);
    }

    private static async Task<string> IntegrityAsync(string databasePath, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) ?? "no answer";
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;

    private static void Log(string line) => TestContext.Current.TestOutputHelper?.WriteLine(line);

    private sealed record TrialRun(string ServerOutput, TimeSpan KilledAfter, int Acknowledged, int Refused, int InFlight);

    private sealed record TrialCheck(int Checked, int Found, int InFlightStored, List<string> Lost);

    /// <summary>What the client knows about one answer: its last acknowledged value, and values sent since whose fate is unknown.</summary>
    private sealed class Slot
    {
        public string? Acknowledged { get; set; }

        public HashSet<string> Unsure { get; } = [];
    }

    /// <summary>One student saving their own attempt, and the ledger of what the server acknowledged.</summary>
    private sealed class Writer(int index, string email, Guid attemptId, IReadOnlyList<int> numbers)
    {
        private int _sequence;

        public string Email { get; } = email;

        public Guid AttemptId { get; } = attemptId;

        public required HttpClient Client { get; set; }

        public Dictionary<int, Slot> Slots { get; } = numbers.ToDictionary(n => n, _ => new Slot());

        public int AcknowledgedThisTrial { get; private set; }

        public int RefusedThisTrial { get; private set; }

        /// <summary>How this trial's writing ended: the kill, as a rule.</summary>
        public string? Ending { get; private set; }

        /// <summary>Called before the writing starts, so nobody reads the last trial's counts as this one's.</summary>
        public void BeginTrial()
        {
            AcknowledgedThisTrial = 0;
            RefusedThisTrial = 0;
            Ending = null;
        }

        public async Task SaveUntilFailureAsync(int trial)
        {
            while (true)
            {
                _sequence++;
                var number = numbers[_sequence % numbers.Count];
                var value = $"trial {trial} writer {index} save {_sequence}";
                var slot = Slots[number];
                try
                {
                    // Not the test's token: a request the kill interrupts must end in an exception, not a cancellation.
                    using var response = await Client.PutAsJsonAsync($"/api/v1/learn/attempts/{AttemptId}/answers/{number}", new { text = value }, CancellationToken.None);
                    if (response.IsSuccessStatusCode)
                    {
                        slot.Acknowledged = value;
                        slot.Unsure.Clear();
                        AcknowledgedThisTrial++;
                    }
                    else
                    {
                        RefusedThisTrial++;
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
                {
                    // The server died while this save was in flight: it may or may not have committed.
                    slot.Unsure.Add(value);
                    Ending = $"{ex.GetType().Name}: {ex.Message} {ex.InnerException?.Message}";
                    return;
                }
            }
        }
    }
}
