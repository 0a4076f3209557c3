using IRLearn.Infrastructure.Identity;
using Mediator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace IRLearn.Application.FunctionalTests.Infrastructure;

/// <summary>
/// The real host's services over a fresh SQLite file with the demo accounts, without HTTP: commands
/// and queries go through the real Mediator pipeline (authorization, validation, logging) to the real
/// handlers and database, as jasontaylordev's TestApp.SendAsync does. The seams are the current user and the clock
/// (<see cref="Clock"/>, real time that a test may move forward); every request reaching a handler is recorded for
/// <see cref="ReachedHandlers"/>.
/// </summary>
public sealed class TestApp : WebApplicationFactory<Program>
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"irlearn-functional-{Guid.NewGuid():N}.db");

    /// <summary>Who the next request runs as; nobody until <see cref="RunAsAsync"/>.</summary>
    public TestUser User { get; } = new();

    public TestClock Clock { get; } = new();

    /// <summary>The host's "now".</summary>
    public DateTimeOffset Now => Clock.GetUtcNow();

    public async Task<TResponse> SendAsync<TResponse>(ICommand<TResponse> command)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command);
    }

    public async Task<TResponse> SendAsync<TResponse>(IQuery<TResponse> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query);
    }

    /// <summary>Signs in as a demo account (by e-mail), with its real id and roles.</summary>
    public async Task<string> RunAsAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No demo account {email}.");
        User.SignIn(user.Id, await users.GetRolesAsync(user));
        return user.Id;
    }

    public void RunAsAnonymous() => User.SignOut();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", $"Data Source={_databasePath}");
        builder.UseSetting("Database:SeedDemoData", "true");
        builder.UseSetting("Learning:ExpirySweepSeconds", "0");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureTestServices(services =>
        {
            services.AddScoped<ICurrentUser>(_ => User);
            services.AddSingleton<TimeProvider>(Clock);
            // After the host's behaviours, so only a request that passed authorization and validation counts as reaching its handler.
            services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ReachRecorder<,>));
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(_databasePath + suffix);
        }
    }
}

/// <summary>The current user as the tests set it: the one seam between the pipeline and a real sign-in.</summary>
public sealed class TestUser : ICurrentUser
{
    private IReadOnlyCollection<string> _roles = [];

    public string? UserId { get; private set; }

    public string Id => UserId ?? throw new UnauthenticatedException();

    public bool IsAuthenticated => UserId is not null;

    public bool IsInRole(string role) => _roles.Contains(role);

    public void SignIn(string userId, IEnumerable<string> roles)
    {
        UserId = userId;
        _roles = roles.ToList();
    }

    public void SignOut()
    {
        UserId = null;
        _roles = [];
    }
}
