using IRLearn.Application.Grading.Common;
using IRLearn.Domain.Grading;
using IRLearn.Web.Leaderboards;
using IRLearn.Web.Learning;
using IRLearn.Web.Tests.Grading;
using Microsoft.AspNetCore.SignalR.Client;

namespace IRLearn.Web.Tests.ScaleOut;

/// <summary>
/// Two app processes on their own loopback ports over one PostgreSQL database and one Redis, as behind a load balancer
/// that sends each request wherever it likes (ADR 19). Each process has its own home folder, so nothing but the
/// database and Redis is shared: a cookie or token one issues is accepted by the other only because the data-protection
/// keys are in the database, and a board on one hears a grade on the other only through the Redis backplane; background
/// work is shared through jobs and leases in the database (ADR 20).
/// </summary>
public sealed class TwoInstancesTests(TwoInstances instances) : IClassFixture<TwoInstances>
{
    private const string Daniel = "daniel.okafor@students.irlearn.test";
    private const string Sofia = "sofia.martinez@students.irlearn.test";
    [Fact]
    public async Task AStudentSignedInOnA_ContinuesOnB_AndABoardOpenOnB_HearsTheGradeGivenOnA()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var quiz = instances.Quiz;
        var email = instances.Students[0];

        // One browser, two instances: the load balancer sends its requests to either, with the same cookies.
        var cookies = new CookieContainer();
        using var onA = instances.A.Browser(cookies);
        using var onB = instances.B.Browser(cookies);
        Assert.Equal(HttpStatusCode.Redirect, (await onA.LogInAsync(email)).StatusCode);

        // The board, open on B with the cookie A issued, follows the student's classroom.
        var boardChanged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var board = new HubConnectionBuilder()
            .WithUrl(new Uri(instances.B.BaseAddress, LeaderboardHub.Path), options => options.Cookies = cookies)
            .Build();
        board.On(LeaderboardHub.BoardChanged, boardChanged.SetResult);
        await board.StartAsync(cancellationToken);
        await board.InvokeAsync("JoinClassroom", quiz.ClassroomId, cancellationToken);

        // Started on A, opened on B: B reads A's cookie.
        var path = await onA.StartAsync(quiz.AssignmentId);
        var onBPage = await onB.Client.GetAsync(path, cancellationToken);
        Assert.Equal(HttpStatusCode.OK, onBPage.StatusCode);
        var page = AttemptPage.Parse(await onBPage.Content.ReadAsStringAsync(cancellationToken));

        // Saved on B with the form token A issued (and A's antiforgery cookie); seen on A.
        var form = page.FormFor(SeedAnswers.AllRight());
        form["__RequestVerificationToken"] = await onA.GetAntiforgeryTokenAsync(path);
        var saved = await onB.Client.PostAsync($"{path}?handler=Save", new FormUrlEncodedContent(form), cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var seenOnA = AttemptPage.Parse(await onA.Client.GetStringAsync(path, cancellationToken));
        Assert.Equal(["1992"], seenOnA.Question(SeedAnswers.Mc).CheckedOptions);

        // Submitted (and so graded) on A, with B's form token: the board open on B hears of it through Redis.
        var submit = page.FormFor(SeedAnswers.AllRight());
        submit["__RequestVerificationToken"] = await onB.GetAntiforgeryTokenAsync(path);
        var submitted = await onA.Client.PostAsync($"{path}?handler=Submit", new FormUrlEncodedContent(submit), cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        await boardChanged.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);

        var attempt = await LearnSeed.ReadAsync(instances.Database, db => db.Attempts.AsNoTracking().SingleAsync(a => a.Id == LearnSession.AttemptIdOf(path), cancellationToken));
        Assert.Equal(7m, attempt.Score);
    }

    [Fact]
    public async Task ABearerTokenIssuedByA_IsAcceptedByB()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var onA = new HttpClient { BaseAddress = instances.A.BaseAddress };
        await ApiClient.SignInAsync(onA, instances.Students[1]);
        using var onB = new HttpClient { BaseAddress = instances.B.BaseAddress };
        onB.DefaultRequestHeaders.Authorization = onA.DefaultRequestHeaders.Authorization;

        var dashboard = await onB.GetAsync("/api/v1/learn/dashboard", cancellationToken);

        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        var body = await dashboard.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(cancellationToken);
        Assert.Contains(body.GetProperty("assignments").EnumerateArray(), a => a.GetProperty("id").GetGuid() == instances.Quiz.AssignmentId);
    }

    [Fact]
    public async Task ARegradeStartedOnA_RunsOnce_AndItsProgressAndSummaryAreSeenOnB()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var scenario = await GradingScenario.CreateAsync(instances.Database, [new(Daniel, Correct: true), new(Sofia, Correct: false)]);
        var questionId = scenario.Questions[QuestionType.MultipleChoice].Id;
        await GradingScenario.FixKeyAsync(instances.Database, questionId);
        using var onA = new HttpClient { BaseAddress = instances.A.BaseAddress };
        await ApiClient.SignInAsync(onA, DemoAccounts.Instructor);
        using var onB = new HttpClient { BaseAddress = instances.B.BaseAddress };
        onB.DefaultRequestHeaders.Authorization = onA.DefaultRequestHeaders.Authorization;

        var started = await onA.PostAsync($"/api/v1/grading/questions/{questionId}/regrade", null, cancellationToken);

        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var jobId = (await GradingJson.ReadAsync(started)).GetProperty("id").GetGuid();
        // Polled on B only: B knows the job, its progress and its summary from the database alone.
        var finished = await GradingJson.WaitForRegradeJobAsync(onB, jobId);
        Assert.Equal(nameof(RegradeJobState.Completed), GradingJson.Enum<RegradeJobState>(finished.GetProperty("state")));
        Assert.Equal((2, 2, 100), (finished.GetProperty("done").GetInt32(), finished.GetProperty("total").GetInt32(), finished.GetProperty("percentDone").GetInt32()));
        var report = finished.GetProperty("report");
        Assert.Equal((2, 2), (report.GetProperty("attemptsRegraded").GetInt32(), report.GetProperty("changed").GetArrayLength()));

        // Two runners watch one database; the job was claimed and run once, and each attempt regraded once.
        var job = await LearnSeed.ReadAsync(instances.Database, db => db.RegradeJobs.AsNoTracking().SingleAsync(j => j.Id == jobId, cancellationToken));
        Assert.Equal(1, job.Runs);
        var daniel = await scenario.LoadAttemptAsync(instances.Database, Daniel);
        Assert.Equal((GradeChangeKind.Regrade, 6m), (Assert.Single(daniel.GradeChanges).Kind, daniel.FinalScore));
    }

    [Fact]
    public async Task WithBothInstancesSweeping_AnAbandonedAttempt_IsClosedOnce_ByTheInstanceHoldingTheLease()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var onA = instances.A.Browser(new CookieContainer());
        Assert.Equal(HttpStatusCode.Redirect, (await onA.LogInAsync(instances.Students[2])).StatusCode);
        var attemptId = LearnSession.AttemptIdOf(await onA.StartAsync(instances.Quiz.AssignmentId));

        await ScaleOutWaits.AbandonAsync(instances.Database, attemptId, cancellationToken);

        var closed = await ScaleOutWaits.EventuallyAsync(() => LearnSeed.ReadAsync(instances.Database, db => db.Attempts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == attemptId && a.Status != AttemptStatus.InProgress, cancellationToken)));
        Assert.Equal((AttemptStatus.Graded, true), (closed.Status, closed.AutoSubmitted));

        // One instance holds the sweep's lease; the other has been standing aside on every tick.
        var holder = await LearnSeed.ReadAsync(instances.Database, db => db.Leases.AsNoTracking().Where(l => l.Name == AttemptExpirySweep.LeaseName).Select(l => l.Holder).SingleAsync(cancellationToken));
        var (sweeper, bystander) = holder switch
        {
            "a" => (instances.A, instances.B),
            "b" => (instances.B, instances.A),
            _ => throw new InvalidOperationException($"The sweep's lease is held by '{holder}', neither instance."),
        };
        // (Console logging is queued: a process's line about what it did can arrive a moment after the fact.)
        await ScaleOutWaits.EventuallyAsync(() => Task.FromResult(bystander.Output.Contains(ScaleOutWaits.StoodAside, StringComparison.Ordinal) ? bystander : null));
        await ScaleOutWaits.EventuallyAsync(() => Task.FromResult(ScaleOutWaits.ClosedLine().IsMatch(sweeper.Output) ? sweeper : null));
        Assert.Equal(1, ScaleOutWaits.ClosedLine().Count(sweeper.Output));
        Assert.Equal(0, ScaleOutWaits.ClosedLine().Count(bystander.Output));
    }
}

/// <summary>
/// The database (made, migrated and seeded by an in-process host that stays up to read it), a quiz in IR 101, and the
/// two server processes A and B on it, both on the test run's Redis under a channel prefix of their own.
/// </summary>
public sealed class TwoInstances : IAsyncLifetime
{
    private readonly string _homes = Directory.CreateTempSubdirectory("irlearn-two-instances-").FullName;

    public IRLearnWebFactory Database { get; } = new OnPostgreSql();

    public SeededQuiz Quiz { get; private set; } = null!;

    /// <summary>Students of IR 101, one per test that starts an attempt, so each is on its first attempt (only first attempts move boards).</summary>
    public IReadOnlyList<string> Students { get; private set; } = [];

    public ServerProcess A { get; private set; } = null!;

    public ServerProcess B { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        Quiz = await LearnSeed.QuizAsync(Database, LearnSeed.Settings(attemptsAllowed: 1));
        Students = await LearnSeed.ReadAsync(Database, async db =>
        {
            var ids = await db.Classrooms.AsNoTracking().Where(c => c.Id == Quiz.ClassroomId)
                .SelectMany(c => c.Enrollments).Select(e => e.StudentId).ToListAsync(cancellationToken);
            return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).OrderBy(u => u.Email).Select(u => u.Email!).Take(3).ToListAsync(cancellationToken);
        });

        var channelPrefix = RedisTestServer.NewChannelPrefix();
        A = await ServerProcess.StartAsync(Settings("a", channelPrefix), cancellationToken);
        B = await ServerProcess.StartAsync(Settings("b", channelPrefix), cancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        A?.Dispose();
        B?.Dispose();
        Database.Dispose();
        Directory.Delete(_homes, recursive: true);
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Not an instance of the deployment, only the test's hands on the database: it does not sweep, or it could hold
    /// the sweep's lease that the tests expect A or B to hold.
    /// </summary>
    private sealed class OnPostgreSql() : IRLearnWebFactory(DatabaseProvider.PostgreSql)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Learning:ExpirySweepSeconds", "0");
        }
    }

    private Dictionary<string, string> Settings(string instance, string channelPrefix)
    {
        // A home of its own: were the keys still in the file system (~/.aspnet/DataProtection-Keys), each would have its own.
        var home = Directory.CreateDirectory(Path.Combine(_homes, instance)).FullName;
        return new()
        {
            ["HOME"] = home,
            ["Database__Provider"] = nameof(DatabaseProvider.PostgreSql),
            ["Database__ConnectionString"] = Database.ConnectionString,
            ["Redis__ConnectionString"] = RedisTestServer.ConnectionString,
            ["Redis__ChannelPrefix"] = channelPrefix,
            // Named, so the sweep's lease says which one holds it; the sweep's lines (closing, standing aside) logged.
            ["Instance__Id"] = instance,
            ["Learning__ExpirySweepSeconds"] = "1",
            ["Logging__LogLevel__IRLearn.Web.Learning.AttemptExpirySweep"] = "Debug",
        };
    }
}
