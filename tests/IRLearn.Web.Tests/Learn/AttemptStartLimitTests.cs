using IRLearn.Application.Common.Interfaces;
using IRLearn.Web.Infrastructure;
using IRLearn.Web.Learning;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace IRLearn.Web.Tests.Learn;

/// <summary>
/// A burst of starts queues for a turn and is refused only when the server is saturated (AttemptStarts, issue 16,
/// ADR 21). Here the limit is one start at a time with no queue, and one start is held inside its use case, so the
/// server is saturated for as long as the test says: no timing involved.
/// </summary>
public sealed class AttemptStartLimitTests(AttemptStartLimitTests.HoldingFactory factory) : IClassFixture<AttemptStartLimitTests.HoldingFactory>
{
    private const string Omar = "omar.haddad@students.irlearn.test";
    private const string Mateo = "mateo.rossi@students.irlearn.test";

    [Fact]
    public async Task WhileTheOnlyTurnIsTaken_AnotherStartIs503WithRetryAfter_AndStartsNothing_ThenStartsOnceTheTurnIsFree()
    {
        var quiz = await LearnSeed.QuizAsync(factory, LearnSeed.Settings());
        using var holder = await ApiClient.SignedInAsync(factory, DemoAccounts.Student);
        using var api = await ApiClient.SignedInAsync(factory, Omar);
        using var page = BrowserSession.Create(factory);
        await page.LogInAsync(Mateo);
        var start = $"/api/v1/learn/assignments/{quiz.AssignmentId}/attempts";
        var assignmentPage = $"/Learn/Assignments/{quiz.AssignmentId}";

        using var heldRequest = new HttpRequestMessage(HttpMethod.Post, start);
        heldRequest.Headers.Add(HoldingFactory.HoldHeader, "1");
        var held = holder.SendAsync(heldRequest);
        await factory.Entered.Task.WaitAsync(TimeSpan.FromMinutes(2));

        var refused = await api.PostAsync(start, null);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), refused.Headers.RetryAfter?.Delta);
        using (var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()))
        {
            Assert.Equal(503, problem.RootElement.GetProperty("status").GetInt32());
            Assert.Equal(AttemptStartLimit.BusyMessage, problem.RootElement.GetProperty("detail").GetString());
        }

        // The assignment page itself is not limited; its Start button is, and says so in words.
        Assert.Equal(HttpStatusCode.OK, (await page.Client.GetAsync(assignmentPage)).StatusCode);
        var pressed = await page.PostFormAsync($"{assignmentPage}?handler=Start", new Dictionary<string, string>(), tokenFrom: assignmentPage);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, pressed.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), pressed.Headers.RetryAfter?.Delta);
        Assert.Contains("Try again in a moment", WebUtility.HtmlDecode(await pressed.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var studentIds = new[] { await LearnSeed.UserIdAsync(factory, Omar), await LearnSeed.UserIdAsync(factory, Mateo) };
        Assert.Equal(0, await LearnSeed.ReadAsync(factory, db => db.Attempts.CountAsync(a => a.AssignmentId == quiz.AssignmentId && studentIds.Contains(a.StudentId))));

        factory.Release.SetResult();
        Assert.Equal(HttpStatusCode.Created, (await held).StatusCode);
        var afterwards = await api.PostAsync(start, null);
        Assert.Equal(HttpStatusCode.Created, afterwards.StatusCode);
        Assert.NotEqual(Guid.Empty, (await afterwards.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("attemptId").GetGuid());
    }

    [Theory]
    [InlineData("AttemptStarts:MaxConcurrent", "0")]
    [InlineData("AttemptStarts:QueueLimit", "-1")]
    [InlineData("AttemptStarts:RetryAfter", "00:00:00")]
    public void AnImpossibleLimit_StopsTheAppAtStartUp(string setting, string value) =>
        Misconfigured.AssertRefusesToStart(factory, setting, value);

    /// <summary>
    /// The real app with one start at a time and no queue. A request carrying <see cref="HoldHeader"/> waits for the
    /// test inside its use case (where the current user is first asked for), after it took the only turn.
    /// </summary>
    public sealed class HoldingFactory : IRLearnWebFactory
    {
        public const string HoldHeader = "X-Test-Hold";

        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("AttemptStarts:MaxConcurrent", "1");
            builder.UseSetting("AttemptStarts:QueueLimit", "0");
            builder.UseSetting("AttemptStarts:RetryAfter", "00:00:05");
            builder.ConfigureTestServices(services => services.AddScoped<ICurrentUser>(sp =>
            {
                var accessor = sp.GetRequiredService<IHttpContextAccessor>();
                return new HeldCurrentUser(new CurrentUser(accessor), accessor, this);
            }));
        }
    }

    private sealed class HeldCurrentUser(CurrentUser real, IHttpContextAccessor accessor, HoldingFactory factory) : ICurrentUser
    {
        private bool _held;

        public string Id => real.Id;

        public string? UserId => real.UserId;

        public bool IsAuthenticated
        {
            get
            {
                if (!_held && accessor.HttpContext?.Request.Headers.ContainsKey(HoldingFactory.HoldHeader) == true)
                {
                    _held = true;
                    factory.Entered.TrySetResult();
                    factory.Release.Task.Wait(TimeSpan.FromMinutes(2));
                }

                return real.IsAuthenticated;
            }
        }

        public bool IsInRole(string role) => real.IsInRole(role);
    }
}
